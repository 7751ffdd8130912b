import { extname } from 'node:path';
import { decodeFile } from './decode-file.js';
import { looksLikeFeed } from './feed-reader.js';
import { readFeedFile } from './feed-file-reader.js';
import { readHtmlFile } from './html-file-reader.js';
import { readJsonlFile } from './jsonl-reader.js';
import { ReadIssue } from './read-issue.js';
import type { ReadItem, ReadOptions } from './reader.js';
import { readTextArticle } from './text-reader.js';
import { walkInputs } from './walk-inputs.js';

/** Largest article read when `ReadOptions.maxBytes` is not given: 20 MB (a file, or one JSON Lines record). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Which reader takes a file, by its extension; anything else is the seed format or plain text. */
const FORMATS: Readonly<Record<string, 'jsonl' | 'html' | 'feed'>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/**
 * Reads articles from files and folders: the seed format (` date YYYY-MM-DD ` then the text), JSON Lines
 * (`.jsonl`, `.ndjson`, streamed line by line), saved web pages (`.html`, `.htm`), saved RSS/Atom feeds
 * (`.xml`, `.rss`, `.atom`) and plain text with `options.date`. Folders are read recursively in sorted
 * order. Never throws for bad input: each file or line that cannot be taken yields an `issue` item naming
 * it (`file` or `file:line`), and everything else still comes through, in input order. `maxBytes` limits
 * each article: a whole file, but one record of a JSON Lines file, which may be of any size.
 *
 * ```ts
 * for await (const item of readInputs(['seeds/', 'more.jsonl'], { date: '2025-07-04' })) {
 *   if (item.kind === 'article') console.log(item.article.id, item.article.published);
 *   else console.error(item.issue.message);
 * }
 * ```
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const found of walkInputs(paths)) {
    if (found.kind !== 'file') {
      yield found;
      continue;
    }
    const format = FORMATS[extname(found.file).toLowerCase()];
    if (format === 'jsonl') {
      yield* readJsonlFile(found.file, maxBytes, options);
      continue;
    }
    const decoded = await decodeFile(found.file, maxBytes);
    if (!decoded.ok) yield decoded.issue;
    else if (format === 'html') yield readHtmlFile(decoded.text, found.file, options);
    else if (format !== 'feed') yield readTextArticle(decoded.text, found.file, options);
    else if (looksLikeFeed(decoded.text)) yield* readFeedFile(decoded.text, found.file, options);
    else yield ReadIssue.notParsed(found.file, 'an RSS or Atom feed', new Error('its root is not <rss> or <feed>'));
  }
}
