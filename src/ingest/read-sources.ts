import { readInputs } from './read-inputs.js';
import type { ReadItem, ReadOptions } from './reader.js';
import { isUrl, readUrl } from './url-reader.js';

/**
 * Reads every input in order: files and folders as `readInputs` does, web addresses (pages or RSS/Atom
 * feeds) as `readUrl` does. Never throws for bad input; each one yields an issue naming it.
 *
 * ```ts
 * for await (const item of readSources(['examples/', 'https://news.example/feed.xml'])) …
 * ```
 */
export async function* readSources(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  let files: string[] = [];
  for (const input of inputs) {
    if (!isUrl(input)) {
      files.push(input);
      continue;
    }
    if (files.length > 0) yield* readInputs(files, options);
    files = [];
    yield* readUrl(input, options);
  }
  if (files.length > 0) yield* readInputs(files, options);
}
