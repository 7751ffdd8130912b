import { setFlagsFromString } from 'node:v8';

/**
 * Keeps a long batch job's memory near what it holds. dyad's commands keep little alive (about 130 MB
 * while ingesting: models, knowledge base, one batch) but allocate fast, and V8 by default lets its heap
 * grow to several times what is alive before collecting: `dyad ingest` of 10,000 articles peaked at
 * 700+ MB. Growing the heap by 20% at each step instead keeps the peak near 400 MB, at no measured cost
 * in speed (bench/ingest-memory.ts). V8 reads this flag each time it sets the next heap limit, so it
 * takes effect when set at start-up. `DYAD_HEAP_GROWTH=0` leaves V8's default.
 */
export function boundHeapGrowth(env: NodeJS.ProcessEnv = process.env): void {
  const percent = Number(env['DYAD_HEAP_GROWTH'] ?? 20);
  if (Number.isInteger(percent) && percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * Lets every article's objects die young. V8 "pretenures" an allocation site whose objects it finds alive
 * at young-generation collections, allocating them in the old generation from then on; the per-article
 * arrays of the pipeline (the tokens `segment` builds, the coder's drafts) are alive whenever a collection falls inside an
 * article, so V8 tenures them, and an old array that is already garbage still holds the young objects it
 * points to alive through every young collection until a full one: about 1 MB promoted each collection,
 * twice the survivors, longer pauses and more marking on the other core. Without pretenuring, extraction
 * took 9–16% less CPU and `dyad ingest` of 3,000 articles 12–14% less time, at the same peak memory
 * (docs/performance.md). V8 reads the flag at each collection, so it takes effect when set at start-up.
 * `DYAD_PRETENURE=1` leaves V8's default.
 */
export function keepArticlesYoung(env: NodeJS.ProcessEnv = process.env): void {
  if (env['DYAD_PRETENURE'] !== '1') setFlagsFromString('--no-allocation-site-pretenuring');
}
