// Timeline speed on a large SQLite store: the examples/ corpus is extracted and ingested once (real
// extractions, linked), then its rows are copied with every date shifted by a whole number of days until
// the store holds TARGET event mentions. Copies keep their article keys (suffixed) and links, and carry a
// short stand-in text (the timeline never reads article text; full copies would only bloat the file).
// Then `dyadTimeline(store, 'KOR', 'JPN', …)` is timed, warm (median of 5) after one cold run.
// Run: npx tsx bench/store-timeline.ts [TARGET=1000000]
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { Extraction } from '../src/model.js';
import { extract } from '../src/pipeline.js';
import { dyadTimeline } from '../src/query/timeline.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { tempDbFile } from '../test/store/make-extraction.js';

const TARGET = Number(process.argv[2] ?? 1_000_000);
const file = tempDbFile();

const extractions: Extraction[] = [];
for await (const item of readInputs(['examples'])) if (item.kind === 'article') extractions.push(extract(item.article));
const base = await openSqliteStore(file);
await base.ingest(extractions);
const counts = await base.counts();
await base.close();

const db = new Database(file);
const copies = Math.ceil(TARGET / counts.events) - 1;
const max = (table: string) => (db.prepare(`SELECT max(id) AS m FROM ${table}`).get() as { m: number }).m;
const [A, L] = [max('articles'), max('linked_events')];
const shift = (col: string) => `date(${col}, '+' || @k || ' days')`;
const shiftValue = (col: string) => `CASE WHEN length(${col}) = 10 THEN ${shift(col)} ELSE ${col} END`;
const copyArticles =
  db.prepare(`INSERT INTO articles (id, article_key, published, title, url, source, origin, text, content_hash, ingested_at)
  SELECT id + @k * ${A}, article_key || '#' || @k, ${shift('published')}, title, url, source, origin, 'copy', content_hash || '#' || @k, ingested_at
  FROM articles WHERE id <= ${A}`);
const linkedColumns = (
  db.prepare('SELECT name FROM pragma_table_info(?)').all('linked_events') as { name: string }[]
).map((c) => c.name);
const copyLinked = db.prepare(`INSERT INTO linked_events (${linkedColumns.join(', ')})
  SELECT ${linkedColumns
    .map((c) =>
      c === 'id'
        ? `id + @k * ${L}`
        : c === 'date_start' || c === 'date_end'
          ? shift(c)
          : c === 'date_value'
            ? shiftValue(c)
            : c,
    )
    .join(', ')} FROM linked_events WHERE id <= ${L}`);
const eventColumns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('events') as { name: string }[])
  .map((c) => c.name)
  .filter((c) => c !== 'id');
const copyEvents = db.prepare(`INSERT INTO events (${eventColumns.join(', ')})
  SELECT ${eventColumns
    .map((c) =>
      c === 'article_id'
        ? `article_id + @k * ${A}`
        : c === 'linked_event_id'
          ? `linked_event_id + @k * ${L}`
          : c === 'date_start' || c === 'date_end'
            ? shift(c)
            : c === 'date_value'
              ? shiftValue(c)
              : c,
    )
    .join(', ')} FROM events WHERE article_id <= ${A}`);
const t0 = performance.now();
db.transaction(() => {
  for (let k = 1; k <= copies; k++) {
    copyArticles.run({ k });
    copyLinked.run({ k });
    copyEvents.run({ k });
  }
})();
db.exec('ANALYZE');
db.close();
const built = (performance.now() - t0) / 1000;

const store = await openSqliteStore(file);
const total = await store.counts();
console.log(
  `store: ${total.articles} articles, ${total.events} event mentions, ${total.linkedEvents} linked events (${copies} shifted copies of ${counts.events} real mentions, built in ${built.toFixed(1)} s)`,
);

async function time(label: string, run: () => Promise<number>): Promise<void> {
  const c0 = performance.now();
  const n = await run();
  const cold = performance.now() - c0;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const w0 = performance.now();
    await run();
    warm.push(performance.now() - w0);
  }
  warm.sort((a, b) => a - b);
  console.log(`${label}: ${n} linked events, cold ${cold.toFixed(1)} ms, warm median ${warm[2]!.toFixed(1)} ms`);
}

await time(
  'timeline KOR JPN, newest 100',
  async () => (await dyadTimeline(store, 'KOR', 'JPN', { order: 'date-desc', limit: 100 })).length,
);
await time(
  'timeline KOR JPN --from 2030-01 --to 2030-12',
  async () => (await dyadTimeline(store, 'KOR', 'JPN', { from: '2030-01', to: '2030-12' })).length,
);
await time('timeline KOR JPN, all', async () => (await dyadTimeline(store, 'KOR', 'JPN')).length);
await store.close();
rmSync(file, { force: true });
