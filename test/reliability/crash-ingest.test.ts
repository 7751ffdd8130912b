import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runDyad, seededRandom, sleep, startDyad } from './cli.js';
import { writeShiftedCorpus } from './corpus.js';
import { checkStore, eventsPerArticle, sqliteQuery } from './store-check.js';

// 10 copies of the 32 example articles: enough work that kills land in the middle of it, few enough to
// keep the test to about half a minute on two cores.
const COPIES = 10;
const KILLS = 10;
// Small batches commit often, so kills land before, inside and after commits.
const BATCH = '16';
const SEED = Number(process.env['DYAD_CRASH_SEED'] ?? Date.now() % 100_000);

beforeAll(ensureBuilt, 180_000);

describe('dyad ingest killed with SIGKILL at random points', () => {
  it(`keeps a sound SQLite store through ${KILLS} kills, and a re-run completes it (seed ${SEED})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
    const corpus = join(dir, 'corpus.jsonl');
    const ids = writeShiftedCorpus(corpus, COPIES);
    const ingest = (db: string) => ['ingest', corpus, '--db', db, '--batch', BATCH, '--quiet'];

    // The same corpus in one uninterrupted run: what the crashed store must end up holding.
    const reference = join(dir, 'reference.db');
    expect((await runDyad(ingest(reference))).code).toBe(0);
    const started = Date.now();
    await runDyad(['--version']);
    const startupMs = Date.now() - started;

    const db = join(dir, 'crashed.db');
    const query = sqliteQuery(db);
    const random = seededRandom(SEED);
    const stored = async () => {
      try {
        return Number((await query('SELECT count(*) AS n FROM articles'))[0]!['n']);
      } catch {
        return 0; // killed before the file or its schema existed
      }
    };
    const progress: string[] = [];
    let midRun = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const before = await stored();
      const run = startDyad(ingest(db));
      // A random point: now and then in start-up or migration; mostly just after a commit, while the next
      // batch is read, extracted or being committed.
      const inStartup = random() < 0.25;
      const began = Date.now();
      if (inStartup) await sleep(random() * startupMs);
      else {
        while ((await stored()) === before && Date.now() - began < 30_000 && run.child.exitCode === null)
          await sleep(20);
        await sleep(random() * 250);
      }
      const delay = Date.now() - began;
      run.child.kill('SIGKILL');
      const exit = await run.exited;
      const after = await stored();
      progress.push(`${inStartup ? 'start-up' : 'after-commit'}+${delay}ms:${exit.signal ?? exit.code}:${after}`);
      if (exit.signal === 'SIGKILL' && after > 0 && after < ids.length) midRun++;
      // Killed before it created the file: nothing to check yet.
      if (!existsSync(db)) continue;
      // The store is sound after every single kill, not just at the end.
      expect((await query('PRAGMA integrity_check'))[0]).toEqual({ integrity_check: 'ok' });
      const report = await checkStore(query, []);
      expect(report).toMatchObject({ duplicated: [], orphans: 0, danglingLinks: 0, badLinkedEvents: 0 });
    }
    console.log(
      `crash test (seed ${SEED}; start-up ${startupMs} ms): ` +
        `delay:exit:articles stored after each kill: ${progress.join(' ')}`,
    );
    // The kills cut runs that had stored part of the corpus, not only ones that had not begun.
    expect(midRun).toBeGreaterThan(0);

    const rerun = await runDyad(ingest(db));
    expect(rerun.code).toBe(0);
    expect((await query('PRAGMA integrity_check'))[0]).toEqual({ integrity_check: 'ok' });
    expect(await query('PRAGMA foreign_key_check')).toEqual([]);
    const report = await checkStore(query, ids);
    expect(report).toMatchObject({
      missing: [],
      duplicated: [],
      articles: ids.length,
      orphans: 0,
      danglingLinks: 0,
      badLinkedEvents: 0,
    });
    // Nothing of any article was lost: each holds the events of the uninterrupted run.
    expect(await eventsPerArticle(query)).toEqual(await eventsPerArticle(sqliteQuery(reference)));
    // Left behind only when the test fails, for a look at the store.
    rmSync(dir, { recursive: true });
  }, 150_000);
});
