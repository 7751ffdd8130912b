import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runDyad } from './cli.js';
import { writeShiftedCorpus } from './corpus.js';
import { checkStore, sqliteQuery } from './store-check.js';

beforeAll(ensureBuilt, 180_000);

describe('two dyad ingest processes on one SQLite file', () => {
  it('both finish without error, and every article is stored once, by one of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-concurrent-'));
    const forward = join(dir, 'forward.jsonl');
    // Enough articles (256) that a process starting a second late on a loaded machine still finds work
    // left: with 64, one CI run saw the first finish everything before the second had begun.
    const ids = writeShiftedCorpus(forward, 8);
    // The second process reads the same articles from the other end, so the two meet in the middle: each
    // writes while the other does, and each finds some articles stored by the other after it checked.
    const backward = join(dir, 'backward.jsonl');
    writeFileSync(backward, readFileSync(forward, 'utf8').trim().split('\n').reverse().join('\n') + '\n');
    // A fresh file: the two also race to create the schema and switch the journal to WAL.
    const db = join(dir, 'shared.db');
    const runs = await Promise.all([
      runDyad(['ingest', forward, '--db', db, '--batch', '4']),
      runDyad(['ingest', backward, '--db', db, '--batch', '4']),
    ]);
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/locked|busy|error/i);
      expect(run.code).toBe(0);
    }
    // Each article was added by exactly one of the two; the other found it unchanged.
    const added = runs.map((r) => Number(/(\d+) articles added/.exec(r.stderr)?.[1]));
    expect(added[0]! + added[1]!).toBe(ids.length);
    expect(added.every((n) => n > 0)).toBe(true);

    const query = sqliteQuery(db);
    expect((await query('PRAGMA integrity_check'))[0]).toEqual({ integrity_check: 'ok' });
    expect((await query('PRAGMA journal_mode'))[0]).toEqual({ journal_mode: 'wal' });
    expect(await checkStore(query, ids)).toMatchObject({
      missing: [],
      duplicated: [],
      articles: ids.length,
      orphans: 0,
      danglingLinks: 0,
      badLinkedEvents: 0,
    });
    // Left behind only when the test fails, for a look at the store.
    rmSync(dir, { recursive: true });
  }, 60_000);
});
