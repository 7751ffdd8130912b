import { z } from 'zod';
import type { Article } from '../model.js';
import { isIsoDay } from './iso-day.js';
import { ReadIssue } from './read-issue.js';
import type { ReadItem, ReadOptions } from './reader.js';

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
