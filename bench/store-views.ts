// The server's aggregate views on a large SQLite store of real extractions shifted in time (see
// shifted-store.ts; kept under .cache/): the network (country pairs and their linked events) and the map
// (places and their events), each counted by the database, whole store and one dyad, plus the trend the
// same filters feed. Each view must stay interactive however many mentions the store holds.
// Run: npx tsx bench/store-views.ts [TARGET=1000000] [--short]   (--short: 10,000 mentions, for CI)
import { trendOf } from '../src/query/trend.js';
import type { EventFilter } from '../src/store/store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { exampleExtractions, shiftedStore } from './shifted-store.js';
import { timeRuns } from './timing.js';

const SHORT = process.argv.includes('--short');
const TARGET = SHORT ? 10_000 : Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const built = await shiftedStore(TARGET, await exampleExtractions());
console.log(`store: ${built.articles} articles, ${built.events} event mentions, ${built.linkedEvents} linked events`);

const store = await openSqliteStore(built.file);
const figures: Record<string, number> = {};

async function time(key: string, label: string, run: () => Promise<number>, repeat = 5): Promise<void> {
  const t = await timeRuns(run, repeat);
  figures[key] = Number(t.medianMs.toFixed(1));
  console.log(`${label}: ${t.count} rows, first ${t.firstMs.toFixed(0)} ms, then median ${t.medianMs.toFixed(1)} ms`);
}

try {
  const all: EventFilter = {};
  const dyad: EventFilter = { dyad: ['KOR', 'JPN'] };
  await time('networkAllMs', '/api/network (whole store, 60 edges)', async () => (await store.network(all, 60)).length);
  await time('networkActorMs', '/api/network?a=KOR', async () => (await store.network({ actor: 'KOR' }, 60)).length);
  await time('placesAllMs', '/api/places (whole store)', async () => (await store.places(all)).length);
  await time('placesDyadMs', '/api/places?a=KOR&b=JPN', async () => (await store.places(dyad)).length);
  await time('trendDyadMs', '/api/trend?a=KOR&b=JPN (monthly)', async () => {
    const events = await store.linkedEvents({ ...dyad, modality: ['asserted'], history: false }, { mentions: false });
    return trendOf(events, 'month').length;
  });
} finally {
  await store.close();
}
console.log(JSON.stringify({ mentions: built.events, ...figures }));
