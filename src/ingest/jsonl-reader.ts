import { z } from 'zod';
import type { Article } from '../model.js';
import { isIsoDay } from './iso-day.js';
import { readLines } from './line-stream.js';
import { ReadIssue } from './read-issue.js';
import type { ReadItem, ReadOptions } from './reader.js';
import { decodeUtf8 } from './utf8.js';

const optionalString = z.string().nullish();

/** One JSON Lines record as it may come in; `text` and the date are checked by hand to give their own codes. */
const JsonlRecord = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  date: optionalString,
  published: optionalString,
  text: optionalString,
  title: optionalString,
  url: optionalString,
  source: optionalString,
});

// News dumps often carry a timestamp; the publication day is its date part as written.
const DAY_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/;

/**
 * Reads JSON Lines content (`{id?, date|published, text, title?, url?, source?}` per line) as articles.
 * Blank lines are skipped; each line that cannot be taken yields an issue at `file:line` and the other
 * lines still come through. The id is the record's `id`, else the 1-based line number.
 *
 * ```ts
 * [...readJsonlArticles('{"date":"2025-07-04","text":"..."}\n', 'feed.jsonl')];
 * // [{ kind: 'article', article: { id: '1', published: '2025-07-04', text: '...', origin: 'feed.jsonl:1' } }]
 * ```
 */
export function* readJsonlArticles(content: string, file: string, options: ReadOptions = {}): Generator<ReadItem> {
  const lines = content.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    yield readRecord(line, index + 1, file, options);
  }
}

/**
 * Reads a JSON Lines file as `readJsonlArticles` does, but streamed line by line: memory stays bounded
 * by the largest record, whatever the file's size. `maxRecordBytes` limits each record, not the file: a
 * longer line yields `too-large` at `file:line` and is skipped without being held in memory. A file whose
 * first chunk holds NUL bytes is refused as `binary` (UTF-16 as `not-utf8`) before any line; a line that
 * is not UTF-8 yields `not-utf8` at its `file:line`; a file of blank lines yields `empty`.
 *
 * ```ts
 * for await (const item of readJsonlFile('dump.jsonl', 20 * 1024 * 1024)) if (item.kind === 'article') …
 * ```
 */
export async function* readJsonlFile(
  file: string,
  maxRecordBytes: number,
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  let refused: ReadItem | undefined;
  const sniff = (head: Buffer) => {
    if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
      refused = ReadIssue.notUtf8(file, 'it is UTF-16', 'UTF-16');
    else if (head.includes(0)) refused = ReadIssue.binary(file);
    return refused === undefined;
  };
  let records = 0;
  try {
    for await (const raw of readLines(file, maxRecordBytes, sniff)) {
      const where = `${file}:${raw.line}`;
      if (raw.kind === 'too-long') {
        records++;
        yield ReadIssue.recordTooLarge(where, raw.size, maxRecordBytes);
        continue;
      }
      const decoded = decodeUtf8(raw.bytes, raw.line);
      if (!decoded.ok) {
        records++;
        yield ReadIssue.notUtf8(where, decoded.detail);
        continue;
      }
      // trim() also drops the byte-order mark some editors write before the first line.
      const line = decoded.text.trim();
      if (line === '') continue;
      records++;
      yield readRecord(line, raw.line, file, options);
    }
  } catch (error) {
    // The file vanished or a disk failed mid-read: what came before stands, the rest is reported.
    yield ReadIssue.unreadable(file, error);
    return;
  }
  if (refused !== undefined) yield refused;
  else if (records === 0) yield ReadIssue.empty(file);
}

function readRecord(line: string, lineNumber: number, file: string, options: ReadOptions): ReadItem {
  const where = `${file}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return ReadIssue.badJson(where, (error as Error).message);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ReadIssue.badJson(where, 'a line must be one JSON object');
  }
  const parsed = JsonlRecord.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `"${i.path.join('.')}": ${i.message}`).join('; ');
    return ReadIssue.badJson(where, detail);
  }
  const record = parsed.data;

  const rawDate = record.date ?? record.published;
  let published: string;
  if (rawDate === null || rawDate === undefined || rawDate.trim() === '') {
    if (options.date === undefined) return ReadIssue.noDateField(where);
    if (!isIsoDay(options.date)) return ReadIssue.badDateOption(where, options.date);
    published = options.date;
  } else {
    const day = DAY_PREFIX.exec(rawDate.trim())?.[1];
    if (day === undefined || !isIsoDay(day)) return ReadIssue.badDate(where, rawDate);
    published = day;
  }

  const text = record.text ?? '';
  if (text.trim() === '') return ReadIssue.missingText(where);

  const id = record.id === null || record.id === undefined || record.id === '' ? String(lineNumber) : String(record.id);
  const article: Article = {
    id,
    published,
    text,
    ...(record.title ? { title: record.title } : {}),
    ...(record.url ? { url: record.url } : {}),
    ...(record.source ? { source: record.source } : {}),
    origin: where,
  };
  return { kind: 'article', article };
}
