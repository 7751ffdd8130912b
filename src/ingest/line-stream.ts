import { createReadStream } from 'node:fs';

/** One line of a file as raw bytes, or a line too long to keep (only its length was counted). */
export type RawLine =
  | { readonly kind: 'line'; readonly line: number; readonly bytes: Buffer }
  | { readonly kind: 'too-long'; readonly line: number; readonly size: number };

const NEWLINE = 0x0a;

/**
 * Yields a file's lines (1-based numbers, without the `\n`) while reading it in chunks, so a file of any
 * size is read in memory bounded by `maxLineBytes` plus one chunk (`chunkBytes`, 1 MiB). A line longer than `maxLineBytes` is
 * never assembled: its bytes are counted and dropped, and it comes out as `too-long`. The first chunk is
 * handed to `sniff` before any line, so a caller can refuse a binary file without reading it all; a
 * stream error rejects the iteration.
 *
 * ```ts
 * for await (const raw of readLines('feed.jsonl', 1 << 20)) if (raw.kind === 'line') JSON.parse(raw.bytes.toString());
 * ```
 */
export async function* readLines(
  file: string,
  maxLineBytes: number,
  sniff?: (head: Buffer) => boolean,
  chunkBytes = 1 << 20,
): AsyncGenerator<RawLine> {
  // A 1 MiB chunk keeps the syscall count low; the generator pulls the next chunk only when asked, so
  // a slow consumer (the extractor) holds the reader back instead of letting chunks pile up.
  const stream = createReadStream(file, { highWaterMark: chunkBytes });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        if (sniff && !sniff(chunk)) return;
      }
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        line++;
        const piece = chunk.subarray(start, end);
        size += piece.length;
        if (tooLong || size > maxLineBytes) yield { kind: 'too-long', line, size };
        else yield { kind: 'line', line, bytes: parts.length === 0 ? piece : Buffer.concat([...parts, piece]) };
        parts = [];
        size = 0;
        tooLong = false;
        start = end + 1;
      }
      const rest = chunk.subarray(start);
      size += rest.length;
      if (size > maxLineBytes) {
        tooLong = true;
        parts = [];
      } else if (rest.length > 0) {
        // Copied: the stream may reuse the chunk's memory, and a view would pin the whole chunk.
        parts.push(Buffer.from(rest));
      }
    }
    if (size > 0 || tooLong) {
      line++;
      if (tooLong) yield { kind: 'too-long', line, size };
      else yield { kind: 'line', line, bytes: Buffer.concat(parts) };
    }
  } finally {
    stream.destroy();
  }
}
