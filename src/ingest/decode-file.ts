import { readFile, stat } from 'node:fs/promises';
import { ReadIssue } from './read-issue.js';
import type { ReadItem } from './reader.js';
import { decodeUtf8 } from './utf8.js';

/** A file's text, or the issue that kept it from being read. */
export type DecodedFile =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: ReadItem };

/**
 * Reads a file as UTF-8 text, refusing what is not text: over `maxBytes` (`too-large`), NUL bytes
 * (`binary`), not UTF-8 (`not-utf8`, at `file:line` of the first bad byte: refused, never guessed; see
 * `decodeUtf8`), nothing but whitespace (`empty`), or unreadable (`unreadable`). A leading byte-order
 * mark is dropped.
 *
 * ```ts
 * const file = await decodeFile('news/a.txt', 20 * 1024 * 1024);
 * if (file.ok) console.log(file.text.length);
 * ```
 */
export async function decodeFile(file: string, maxBytes: number): Promise<DecodedFile> {
  let bytes: Buffer;
  try {
    // Check the size before reading so a huge file is never loaded.
    const { size } = await stat(file);
    if (size > maxBytes) return { ok: false, issue: ReadIssue.tooLarge(file, size, maxBytes) };
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, issue: ReadIssue.unreadable(file, error) };
  }
  if (bytes.length > maxBytes) return { ok: false, issue: ReadIssue.tooLarge(file, bytes.length, maxBytes) };
  // UTF-16 text is full of NUL bytes; name the real problem rather than calling it binary.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, issue: ReadIssue.notUtf8(file, 'it is UTF-16', 'UTF-16') };
  }
  if (bytes.includes(0)) return { ok: false, issue: ReadIssue.binary(file) };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, issue: ReadIssue.notUtf8(`${file}:${decoded.line}`, decoded.detail) };
  const { text } = decoded;
  if (text.trim() === '') return { ok: false, issue: ReadIssue.empty(file) };
  return { ok: true, text };
}
