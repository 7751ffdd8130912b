// A large SQLite store built from real extractions, for the store benches: the examples/ corpus is
// extracted and ingested once (real events, linked), then its rows are copied with every date shifted by
// k days (k = 1, 2, ...) until the store holds the target number of event mentions. Copies keep their
// article keys (suffixed) and links, and carry a short stand-in text (no bench reads article text; full
// copies would only bloat the file). The store is kept under .cache/, keyed by size, schema version and
// what the extractor gives today, so a second run starts at once.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { Extraction } from '../src/model.js';
import { extract } from '../src/pipeline.js';
import { formatDay, formatMonth, formatWeek, parseDay, shiftDays, shiftMonths } from '../src/time/calendar.js';
import { sqliteMigrations } from '../src/store/sqlite-migrations.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

const CACHE = join(import.meta.dirname, '../.cache');

/** The examples/ corpus, extracted: the real events every copy is made of. */
export async function exampleExtractions(): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for await (const item of readInputs([join(import.meta.dirname, '../examples')]))
    if (item.kind === 'article') out.push(extract(item.article));
  return out;
}

export interface ShiftedStore {
  readonly file: string;
  readonly articles: number;
  readonly events: number;
  readonly linkedEvents: number;
  readonly copies: number;
  /** Seconds spent building it now; 0 when it came from the cache. */
  readonly builtInS: number;
}

function copyRows(db: Database.Database, copies: number): void {
  const max = (table: string) => (db.prepare(`SELECT max(id) AS m FROM ${table}`).get() as { m: number }).m;
  const [A, L, E] = [max('articles'), max('linked_events'), max('events')];
  const columns = (table: string) =>
    (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
  const shift = (col: string) => `date(${col}, '+' || @k || ' days')`;
  // Only day values are shifted in the text of a date; the covered days (date_start, date_end) always are.
  const shiftValue = (col: string) => `CASE WHEN length(${col}) = 10 THEN ${shift(col)} ELSE ${col} END`;
  const expression = (c: string, ids: string) =>
    c === 'date_start' || c === 'date_end' ? shift(c) : c === 'date_value' ? shiftValue(c) : c === 'id' ? ids : c;
  const copyArticles =
    db.prepare(`INSERT INTO articles (id, article_key, published, title, url, source, origin, text, content_hash, ingested_at)
    SELECT id + @k * ${A}, article_key || '#' || @k, ${shift('published')}, title, url, source, origin, 'copy', content_hash || '#' || @k, ingested_at
    FROM articles WHERE id <= ${A}`);
  const linked = columns('linked_events');
  const copyLinked = db.prepare(`INSERT INTO linked_events (${linked.join(', ')})
    SELECT ${linked.map((c) => expression(c, `id + @k * ${L}`)).join(', ')} FROM linked_events WHERE id <= ${L}`);
  const events = columns('events');
  const copyEvents = db.prepare(`INSERT INTO events (${events.join(', ')})
    SELECT ${events
      .map((c) => (c === 'article_id' ? `article_id + @k * ${A}` : expression(c, `id + @k * ${E}`)))
      .join(', ')} FROM events WHERE id <= ${E}`);
  const copyLinks = db.prepare(`INSERT INTO event_links (event_id, linked_event_id)
    SELECT event_id + @k * ${E}, linked_event_id + @k * ${L} FROM event_links WHERE event_id <= ${E}`);
  db.transaction(() => {
    for (let k = 1; k <= copies; k++) {
      copyArticles.run({ k });
      copyLinked.run({ k });
      copyEvents.run({ k });
      copyLinks.run({ k });
    }
  })();
  db.exec('ANALYZE');
}

/**
 * A store of at least `target` event mentions (shifted copies of `base`, the examples/ extractions),
 * from the cache when one was built for the same size, schema and extractions. The returned file is the
 * cached one: copy it (`scratchCopy`) before writing into it.
 */
export async function shiftedStore(target: number, base: readonly Extraction[]): Promise<ShiftedStore> {
  const perCopy = base.reduce((n, x) => n + x.events.length, 0);
  const version = Math.max(...sqliteMigrations.map((m) => m.version));
  const file = join(CACHE, `store-${target}-v${version}-${base.length}x${perCopy}.db`);
  const copies = Math.ceil(target / perCopy) - 1;
  let builtInS = 0;
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const partial = `${file}.partial`;
    rmSync(partial, { force: true });
    const t0 = performance.now();
    const store = await openSqliteStore(partial);
    await store.ingest(base);
    await store.close();
    const db = new Database(partial);
    copyRows(db, copies);
    db.pragma('journal_mode = DELETE');
    db.close();
    renameSync(partial, file);
    builtInS = (performance.now() - t0) / 1000;
  }
  const store = await openSqliteStore(file);
  const counts = await store.counts();
  await store.close();
  return { file, ...counts, copies, builtInS };
}

/** A private copy of a cached store, for a bench that writes. */
export function scratchCopy(file: string, name: string): string {
  const copy = join(CACHE, `scratch-${name}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync(file, copy);
  return copy;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** A TimeML value moved `days` later, at its own granularity (a month by whole months); others unchanged. */
function shiftValue(value: string, days: number): string {
  const day = DAY.exec(value);
  if (day) return formatDay(shiftDays(parseDay(day[1]!), days));
  const week = WEEK.exec(value);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    return formatWeek(shiftDays(jan4, (Number(week[2]) - 1) * 7 + Math.round(days / 7) * 7));
  }
  const month = MONTH.exec(value);
  if (month)
    return formatMonth(
      shiftMonths(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)), Math.round(days / 30.44)),
    );
  const year = YEAR.exec(value);
  if (year) return String(Number(year[1]) + Math.round(days / 365.25));
  return value;
}

/**
 * The extraction as a new article `days` later: a new id and text (so a new content hash), its
 * publication day and its events' dates moved with it. Today's news arriving at a store of the past.
 */
export function shiftedExtraction(x: Extraction, days: number, tag: string): Extraction {
  const published = formatDay(shiftDays(parseDay(x.article.published), days));
  const article = { ...x.article, id: `${x.article.id}~${tag}`, published, text: `${x.article.text}\n[${tag}]` };
  const events = x.events.map((e) => ({
    ...e,
    article: article.id,
    published,
    date: {
      ...e.date,
      value: shiftValue(e.date.value, days),
      ...(e.date.end === undefined ? {} : { end: shiftValue(e.date.end, days) }),
    },
  }));
  return { ...x, article, events };
}
