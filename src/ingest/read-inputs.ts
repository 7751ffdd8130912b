import { extname } from 'node:path';
import { decodeFile } from './decode-file.js';
import { readJsonlArticles } from './jsonl-reader.js';
import type { ReadItem, ReadOptions } from './reader.js';
import { readTextArticle } from './text-reader.js';
import { walkInputs } from './walk-inputs.js';

/** Largest file read when `ReadOptions.maxBytes` is not given: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/**
 * Reads articles from files and folders: the seed format (` date YYYY-MM-DD ` then the text), JSON Lines
 * (`.jsonl`, `.ndjson`) and plain text with `options.date`. Folders are read recursively in sorted order.
 * Never throws for bad input: each file or line that cannot be taken yields an `issue` item naming it
 * (`file` or `file:line`), and everything else still comes through, in input order.
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
    const decoded = await decodeFile(found.file, maxBytes);
    if (!decoded.ok) {
      yield decoded.issue;
      continue;
    }
    if (JSONL_EXTENSIONS.has(extname(found.file).toLowerCase())) {
      yield* readJsonlArticles(decoded.text, found.file, options);
    } else {
      yield readTextArticle(decoded.text, found.file, options);
    }
  }
}
