const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Text decoded from UTF-8, or where and why it is not UTF-8. */
export type Utf8Result =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly offset: number; readonly line: number; readonly detail: string };

/**
 * Decodes bytes as strict UTF-8. Text that is not UTF-8 is refused rather than guessed: decoding an 8-bit
 * code page by guesswork turns Greek, Cyrillic or Turkish letters into wrong ones without a trace, while
 * the user can re-encode the file in one command. The refusal names the first bad byte and its line
 * (counted from `firstLine`), so the user can see what is wrong.
 *
 * ```ts
 * decodeUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // { ok: false, offset: 3, line: 1, detail: 'byte 0xE9 on line 1: Latin-1 or Windows-1252?' }
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, firstLine = 1): Utf8Result {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    let line = firstLine;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    // Bytes 0x80–0xFF that fail as UTF-8 are almost always one of the 8-bit Western code pages.
    return { ok: false, offset, line, detail: `byte 0x${byte} on line ${line}: Latin-1 or Windows-1252?` };
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 when all do. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The lead byte gives the length and the range of the second byte (no overlongs, no surrogates,
    // nothing above U+10FFFF), as the Unicode standard's table of well-formed sequences does.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
