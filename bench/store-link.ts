// Linking cost as the store grows: stores of 10k, 100k and 1M event mentions (shifted copies of the real
// examples/ extractions, see shifted-store.ts), then the examples/ articles arrive again as today's news:
// new articles dated just after the newest copy (so every stored event began before them, as in a
// store fed day by day), ingested one article per transaction, as a worker does. Prints, per
// size: ms to find an article's link candidates (the store's one windowed statement for all of them, and
// the old store's one query per search, which read every linked event of the dyad begun before the
// mention ended), and ms per article ingested, searches,
// inserts and index upkeep included. Flat figures across sizes are the point.
// Run: npx tsx bench/store-link.ts [--short]   (--short: 2k and 10k mentions, for CI)
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { rmSync } from 'node:fs';
import { linkUnits } from '../src/link/link-unit.js';
import { type CandidateSearch, candidateSearches } from '../src/link/linker.js';
import type { Extraction } from '../src/model.js';
import { findCandidates } from '../src/store/link-lookup.js';
import { sqliteDialect } from '../src/store/sqlite-dialect.js';
import type { DyadDatabase } from '../src/store/schema.js';
import { cachingStatements, openSqliteStore } from '../src/store/sqlite-store.js';
import { exampleExtractions, scratchCopy, shiftedExtraction, shiftedStore } from './shifted-store.js';

const SHORT = process.argv.includes('--short');
const SIZES = SHORT ? [2_000, 10_000] : [10_000, 100_000, 1_000_000];
const ROUNDS = SHORT ? 1 : 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The candidate searches the linker makes for each article of the corpus (one batch each). */
const searchesOf = (corpus: readonly Extraction[]): CandidateSearch[][] =>
  corpus.map((x) => [
    ...new Map(
      linkUnits(x.events)
        .flatMap(candidateSearches)
        .map((s) => [JSON.stringify(s), s]),
    ).values(),
  ]);

// The search before width classes, as the store ran it: by dyad (or place) and modality, every event
// that began before the mention ended.
function oldSearch(db: Kysely<DyadDatabase>) {
  return async (query: CandidateSearch) => {
    let q = db
      .selectFrom('linked_events')
      .selectAll()
      .where('modality', '=', query.modality)
      .where('date_start', '<=', query.end)
      .where('date_end', '>=', query.start);
    q =
      query.kind === 'pair'
        ? q.where('pair_a', '=', query.pair[0]).where('pair_b', '=', query.pair[1])
        : q
            .where('place_country', '=', query.place)
            .where((eb) => eb.or([eb('pair_a', '=', query.party), eb('pair_b', '=', query.party)]));
    return q.execute();
  };
}

const base = await exampleExtractions();
console.log(
  `store-link: examples/ gives ${base.length} articles, ${base.reduce((n, x) => n + x.events.length, 0)} event mentions`,
);
const rows: string[] = [];
for (const size of SIZES) {
  const built = await shiftedStore(size, base);
  const file = scratchCopy(built.file, `link-${size}`);
  // Searches alone, on the store as built (read-only).
  const sqlite = new Database(file, { readonly: true });
  const db = new Kysely<DyadDatabase>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  const news = (tag: string) => base.map((x) => shiftedExtraction(x, built.copies + 1, tag));
  const batches = searchesOf(news('probe'));
  const searches = batches.reduce((n, b) => n + b.length, 0);
  const old = oldSearch(db);
  // Per article: the new store's one statement for all its searches; the old store's one query per search.
  const timed = async (run: (batch: CandidateSearch[]) => Promise<unknown>) => {
    const ms: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const batch of batches) {
        const t0 = performance.now();
        await run(batch);
        ms.push(performance.now() - t0);
      }
    }
    return median(ms);
  };
  const windowed = await timed((batch) => findCandidates(db, sqliteDialect, batch));
  const scanned = await timed(async (batch) => {
    for (const q of batch) await old(q);
  });
  let found = 0;
  for (const batch of batches) for (const r of await findCandidates(db, sqliteDialect, batch)) found += r.length;
  await db.destroy();
  // Ingest: the same articles again as new ones, one transaction each.
  const store = await openSqliteStore(file);
  const perArticle: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const x of news(`again${r}`)) {
      const t0 = performance.now();
      await store.ingest([x]);
      perArticle.push(performance.now() - t0);
    }
  }
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const line = `${String(built.events).padStart(9)} mentions, ${String(built.linkedEvents).padStart(7)} linked events: searches ${windowed.toFixed(2)} ms an article (old: ${scanned.toFixed(2)} ms), ${(searches / batches.length).toFixed(1)} searches and ${(found / searches).toFixed(1)} candidates a search; ingest ${median(perArticle).toFixed(2)} ms an article (median of ${perArticle.length})${built.builtInS ? `  [store built in ${built.builtInS.toFixed(0)} s]` : ''}`;
  console.log(line);
  rows.push(line);
}
