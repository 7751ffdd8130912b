import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshLocation } from '../store/dialects.js';
import { ensureBuilt, runDyad, seededRandom, sleep, startDyad } from './cli.js';
import { writeShiftedCorpus } from './corpus.js';
import { checkStore, eventsPerArticle, postgresQuery, sqliteQuery } from './store-check.js';

const KILLS = 3;
const SEED = Number(process.env['DYAD_CRASH_SEED'] ?? Date.now() % 100_000);

beforeAll(ensureBuilt, 180_000);

describe.runIf(DIALECTS.includes('postgres'))('dyad worker killed with SIGKILL in the middle of a job', () => {
  it(`loses and duplicates nothing on PostgreSQL through ${KILLS} kills and a restart (seed ${SEED})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-worker-crash-'));
    const corpus = join(dir, 'corpus.jsonl');
    const ids = writeShiftedCorpus(corpus, 2);
    const url = await freshLocation('postgres');
    const query = postgresQuery(url);
    // A short job timeout, so the jobs of killed workers come back within the test (the default is 600 s).
    // Small jobs, so each killed worker dies in the middle of one of many.
    const perJob = 10;
    const queued = await runDyad(['ingest', corpus, '--pg', url, '--job-timeout', '3', '--batch', String(perJob)]);
    expect(queued.code).toBe(0);
    const jobs = Math.ceil(ids.length / perJob);
    // Jobs taken since a moment of the server's clock: the killed workers' jobs stay active until they time
    // out, and then come back to be taken again, so a count of active jobs alone would mislead.
    const takenSince = async (since: string) =>
      Number(
        (
          await query(
            `SELECT count(*) AS n FROM pgboss.job WHERE state = 'active' AND started_on >= '${since}'::timestamptz`,
          )
        )[0]!['n'],
      );

    const random = seededRandom(SEED);
    let killedMidJob = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const since = new Date((await query('SELECT now() AS t'))[0]!['t'] as Date).toISOString();
      const worker = startDyad(['worker', '--pg', url, '--quiet']);
      const began = Date.now();
      while ((await takenSince(since)) === 0 && Date.now() - began < 30_000 && worker.child.exitCode === null)
        await sleep(10);
      await sleep(random() * 200);
      const working = (await takenSince(since)) > 0;
      worker.child.kill('SIGKILL');
      const exit = await worker.exited;
      if (exit.signal === 'SIGKILL' && working) killedMidJob++;
    }
    expect(killedMidJob).toBe(KILLS);

    // A restarted worker returns the dead workers' jobs to the queue once they time out, and drains it.
    const last = await runDyad(['worker', '--pg', url, '--exit-when-idle'], 60_000);
    expect(last.code).toBe(0);
    expect(last.stderr).toMatch(/, 0 failed jobs/);

    const report = await checkStore(query, ids);
    expect(report).toMatchObject({
      missing: [],
      duplicated: [],
      articles: ids.length,
      orphans: 0,
      danglingLinks: 0,
      badLinkedEvents: 0,
    });
    const states = await query(
      'SELECT state, count(*) AS n, max(retry_count) AS retries FROM pgboss.job GROUP BY state',
    );
    expect(states.map((s) => [s['state'], Number(s['n'])])).toEqual([['completed', jobs]]);
    // The killed workers' jobs were done again, by another worker.
    expect(Number(states[0]!['retries'])).toBeGreaterThan(0);

    const reference = join(dir, 'reference.db');
    expect((await runDyad(['ingest', corpus, '--db', reference, '--quiet'])).code).toBe(0);
    expect(await eventsPerArticle(query)).toEqual(await eventsPerArticle(sqliteQuery(reference)));
    // Left behind only when the test fails, for a look at the store.
    rmSync(dir, { recursive: true });
  }, 150_000);
});
