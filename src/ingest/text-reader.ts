import { basename, extname } from 'node:path';
import { isIsoDay } from './iso-day.js';
import { ReadIssue } from './read-issue.js';
import type { ReadItem, ReadOptions } from './reader.js';

// ` date 2025-07-04 South Korean President ...`: the keyword, then a token that starts like a date.
// A token that does not start with a digit ("Date palms grow ...") means the file is plain text.
const DATE_LINE = /^\s*date:?[ \t]+(\d\S*)/i;

/**
 * Reads one text file's content as an article. The seed format (` date YYYY-MM-DD ` then the text) carries
 * its own date; plain text takes `options.date`. The article id is the file name without its extension.
 * Yields `no-date`, `bad-date` or `missing-text` issues instead of throwing.
 *
 * ```ts
 * readTextArticle(' date 2025-07-04 Seoul said ...', 'seeds/000_a.txt');
 * // { kind: 'article', article: { id: '000_a', published: '2025-07-04', text: 'Seoul said ...', origin: 'seeds/000_a.txt' } }
 * ```
 */
export function readTextArticle(content: string, file: string, options: ReadOptions = {}): ReadItem {
  const id = basename(file, extname(file));
  const dateLine = DATE_LINE.exec(content);
  let published: string;
  let text: string;
  if (dateLine) {
    const value = dateLine[1] ?? '';
    if (!isIsoDay(value)) {
      // Point at the date line itself, which blank lines may push below the first line.
      const at = dateLine.index + dateLine[0].search(/\S/);
      return ReadIssue.badDate(`${file}:${content.slice(0, at).split('\n').length}`, value);
    }
    published = value;
    text = content.slice(dateLine[0].length).trim();
  } else {
    if (options.date === undefined) return ReadIssue.noDateLine(file);
    if (!isIsoDay(options.date)) return ReadIssue.badDateOption(file, options.date);
    published = options.date;
    text = content.trim();
  }
  if (text === '') return ReadIssue.missingText(file);
  return { kind: 'article', article: { id, published, text, origin: file } };
}
