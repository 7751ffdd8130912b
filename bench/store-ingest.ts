// Store write speed: 500 synthetic articles × 200 events (100,000 event mentions) in batches of 200
// articles, on SQLite (and PostgreSQL when DYAD_PG_URL is set). Prints events per second.
// Run: npx tsx bench/store-ingest.ts
import { rmSync } from 'node:fs';
import { extraction, tempDbFile } from '../test/store/make-extraction.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

const ARTICLES = 500;
const EVENTS = 200;
const batches = [];
for (let b = 0; b < ARTICLES / 100; b++) {
  const batch = [];
  for (let a = 0; a < 100; a++) {
    const id = `a${b}-${a}`;
    batch.push(
      extraction(
        { id, text: `Text ${id}` },
        Array.from({ length: EVENTS }, (_, i) => ({
          sentence: i,
          date: {
            value: `2025-0${1 + (i % 9)}`,
            granularity: 'month' as const,
            text: null,
            source: 'text' as const,
            via: 'clause' as const,
          },
        })),
      ),
    );
  }
  batches.push(batch);
}
const file = tempDbFile();
const store = await openSqliteStore(file);
const t0 = performance.now();
for (const batch of batches) await store.ingest(batch);
const ms = performance.now() - t0;
await store.close();
rmSync(file, { force: true });
console.log(
  `sqlite: ${ARTICLES * EVENTS} event mentions in ${ms.toFixed(0)} ms = ${Math.round((ARTICLES * EVENTS) / (ms / 1000))} events/s`,
);
