import type { Issue } from '../model.js';
import type { ReadItem } from './reader.js';

type Code = Issue['code'];

/** A byte count as people read it: `52,428,800 bytes (50.0 MB)`. */
function bytes(count: number): string {
  const mb = count / (1024 * 1024);
  return mb >= 0.1 ? `${count.toLocaleString('en-US')} bytes (${mb.toFixed(1)} MB)` : `${count} bytes`;
}

function item(code: Code, where: string, message: string): ReadItem {
  return { kind: 'issue', issue: { code, where, message } };
}

/**
 * Factories for the issues a reader yields instead of throwing. Each message names the place (`file` or
 * `file:line`) and says what the user can do about it.
 *
 * ```ts
 * yield ReadIssue.noDateLine('news/a.txt');
 * // { kind: 'issue', issue: { code: 'no-date', where: 'news/a.txt', message: 'news/a.txt has no date line: …' } }
 * ```
 */
export const ReadIssue = Object.freeze({
  empty: (where: string): ReadItem =>
    item('empty', where, `${where} is empty: put the article text in it, or leave it out of the input`),

  noDateLine: (where: string): ReadItem =>
    item('no-date', where, `${where} has no date line: start the file with " date YYYY-MM-DD" or pass --date`),

  noDateField: (where: string): ReadItem =>
    item(
      'no-date',
      where,
      `${where} has no date: add "date": "YYYY-MM-DD" (or "published") to the record, or pass --date`,
    ),

  badDate: (where: string, value: string): ReadItem =>
    item(
      'bad-date',
      where,
      `${where} has the date "${value}", which is not a real day: write it as YYYY-MM-DD (e.g. 2025-07-04)`,
    ),

  badDateOption: (where: string, value: string): ReadItem =>
    item(
      'bad-date',
      where,
      `${where} needs the --date value, but "${value}" is not a real day: pass --date YYYY-MM-DD`,
    ),

  badJson: (where: string, detail: string): ReadItem =>
    item(
      'bad-json',
      where,
      `${where} is not a valid JSON Lines record (${detail}): fix or remove the line; the other lines were read`,
    ),

  binary: (where: string): ReadItem =>
    item('binary', where, `${where} looks binary (it contains NUL bytes): pass text, JSON Lines, or a folder of them`),

  notUtf8: (where: string, detail: string, encoding = 'WINDOWS-1252'): ReadItem =>
    item(
      'not-utf8',
      where,
      `${where} is not UTF-8 text (${detail}) and was not read, rather than guessed at: ` +
        `re-save it as UTF-8, e.g. iconv -f ${encoding} -t UTF-8`,
    ),

  missingText: (where: string): ReadItem =>
    item('missing-text', where, `${where} has a date but no article text: add the text (a "text" field in JSON Lines)`),

  tooLarge: (where: string, size: number, maxBytes: number): ReadItem =>
    item(
      'too-large',
      where,
      `${where} is ${bytes(size)}, over the ${bytes(maxBytes)} limit for one article; it was not read: ` +
        'split it into smaller articles, or raise the limit (dyad ingest --max-bytes)',
    ),

  recordTooLarge: (where: string, size: number, maxBytes: number): ReadItem =>
    item(
      'too-large',
      where,
      `${where} is a record of ${bytes(size)}, over the ${bytes(maxBytes)} limit for one article; it was ` +
        'skipped and the other lines were read: split it, or raise the limit (dyad ingest --max-bytes)',
    ),

  notParsed: (where: string, what: string, error: unknown): ReadItem =>
    item(
      'unreadable',
      where,
      `${where} could not be parsed as ${what} (${error instanceof Error ? error.message : String(error)}): ` +
        'check that the file is what its extension says',
    ),

  unreadable: (where: string, error: unknown): ReadItem => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const why =
      code === 'ENOENT'
        ? 'it does not exist: check the path'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied: check its permissions'
          : code === 'ENOTFILE'
            ? 'it is neither a file nor a folder: pass files or folders'
            : code === 'ELOOP'
              ? 'it is a loop of symbolic links: point the link at a real file or folder'
              : `${code ?? String(error)}: check the path and its permissions`;
    return item('unreadable', where, `${where} cannot be read (${why})`);
  },
});
