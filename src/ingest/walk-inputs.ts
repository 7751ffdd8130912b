import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ReadIssue } from './read-issue.js';
import type { ReadItem } from './reader.js';

/** What the walk finds: a file to read, or an issue about a path it could not enter. */
export type WalkItem = { readonly kind: 'file'; readonly file: string } | ReadItem;

// Extensions of files that are never articles; inside folders they are passed over silently.
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif webp bmp ico tif tiff svgz heic pdf zip gz tgz bz2 xz zst 7z rar tar jar war exe dll so dylib ' +
    'bin o a lib class pyc wasm node db sqlite sqlite3 db-wal db-shm sqlite-wal sqlite-shm mp3 mp4 m4a wav flac ogg ' +
    'avi mov mkv webm woff woff2 ttf otf eot doc docx xls xlsx ppt pptx odt ods odp parquet arrow feather npy npz pkl'
  ).split(' '),
);

// A folder's own documentation (README.md, LICENSE) is no article; inside folders it is passed over silently.
const FOLDER_DOCUMENTS = /^(readme|licen[cs]e|copying|notice|changelog|contributing)(\.[a-z]+)?$/i;

/** Whether a file name has an extension that marks it as binary (`.png`, `.zip`, `.sqlite`...). */
export function hasBinaryExtension(name: string): boolean {
  return BINARY_EXTENSIONS.has(extname(name).slice(1).toLowerCase());
}

/**
 * Expands files and folders into the files to read, in a stable order: each input in the order given,
 * each folder recursively with its entries sorted by name. Inside folders, hidden entries (`.name`),
 * files with binary extensions and the folder's documentation (README, LICENSE, CHANGELOG...) are skipped. A file or folder reached twice (through a symbolic link, or
 * named twice) is taken once, so link loops end. Paths keep the form the user gave (`news/a.txt`).
 *
 * ```ts
 * for await (const item of walkInputs(['seeds', 'extra.jsonl'])) if (item.kind === 'file') console.log(item.file);
 * ```
 */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<WalkItem> {
  const seen = new Set<string>();
  for (const path of paths) yield* walk(path, seen, true);
}

async function* walk(path: string, seen: Set<string>, named: boolean): AsyncGenerator<WalkItem> {
  let real: string;
  let isFile: boolean;
  let isDirectory: boolean;
  try {
    // stat follows symbolic links; realpath gives the identity that makes link loops visible.
    const info = await stat(path);
    real = await realpath(path);
    isFile = info.isFile();
    isDirectory = info.isDirectory();
  } catch (error) {
    yield ReadIssue.unreadable(path, error);
    return;
  }
  if (isFile && !named && (hasBinaryExtension(path) || FOLDER_DOCUMENTS.test(basename(path)))) return;
  if (seen.has(real)) return;
  seen.add(real);

  if (isFile) {
    yield { kind: 'file', file: path };
    return;
  }
  if (!isDirectory) {
    // Sockets, FIFOs and devices inside a folder are not inputs; a named one is the user's mistake.
    if (named) yield ReadIssue.unreadable(path, Object.assign(new Error('not a file'), { code: 'ENOTFILE' }));
    return;
  }

  let names: string[];
  try {
    names = await readdir(path);
  } catch (error) {
    yield ReadIssue.unreadable(path, error);
    return;
  }
  const visible = names.filter((name) => !name.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of visible) yield* walk(join(path, name), seen, false);
}
