import { basename, extname } from 'node:path';
import { readHtmlArticle } from './html-reader.js';
import { ReadIssue } from './read-issue.js';
import type { ReadItem, ReadOptions } from './reader.js';

/**
 * Reads a saved web page (`.html`, `.htm`) as one article: its main text as Readability finds it, with no
 * script, style or navigation in it; the date from the page's metadata, else `options.date`. The id is the
 * file name without its extension, as for text files. A page the parser cannot take yields an issue.
 *
 * ```ts
 * readHtmlFile(await readFile('saved/talks.html', 'utf8'), 'saved/talks.html', {});
 * // { kind: 'article', article: { id: 'talks', published: '2025-07-04', text: 'Seoul and Tokyo …', origin: 'saved/talks.html' } }
 * ```
 */
export function readHtmlFile(html: string, file: string, options: ReadOptions = {}): ReadItem {
  let item: ReadItem;
  try {
    item = readHtmlArticle(html, file, options);
  } catch (error) {
    // linkedom and Readability are third-party parsers fed hostile input; one bad page must not end the run.
    return ReadIssue.notParsed(file, 'an HTML page', error);
  }
  if (item.kind === 'issue') return item;
  const { url: _url, ...article } = item.article;
  return { kind: 'article', article: { ...article, id: basename(file, extname(file)), origin: file } };
}
