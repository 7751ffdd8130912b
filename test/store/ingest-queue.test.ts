import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIALECTS, freshLocation, rawQuery } from './dialects.js';
import { syntheticArticles } from './synthetic-articles.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(ROOT, 'test/store/cli-entry.ts');

function dyad(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr })),
  );
  return { child, done };
}

const ARTICLES = 2000;

describe.runIf(DIALECTS.includes('postgres'))('scale-out on PostgreSQL with pg-boss', () => {
  it(`two workers and one enqueuer ingest ${ARTICLES} articles, none lost and none stored twice`, async () => {
    const url = await freshLocation('postgres');
    const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
    const articles = syntheticArticles(ARTICLES);
    const feed = join(dir, 'feed.jsonl');
    // The feed holds every article twice: re-delivery must not store anything twice.
    const lines = [...articles, ...articles.slice(0, 200)].map((a) =>
      JSON.stringify({ id: a.id, date: a.published, text: a.text }),
    );
    writeFileSync(feed, lines.join('\n') + '\n');
    // The workers first, so that they create the store's schema before any job arrives.
    const workers = [dyad(['worker', '--pg', url]), dyad(['worker', '--pg', url])];
    const enqueuer = dyad(['ingest', feed, '--pg', url]);
    const queued = await enqueuer.done;
    // The whole result, so that a failure shows what the enqueuer said.
    expect(queued).toMatchObject({ code: 0 });
    expect(queued.stderr).toContain(`${ARTICLES + 200} articles queued`);
    const count = async () => {
      try {
        return Number(((await rawQuery('postgres', url, 'SELECT count(*) AS n FROM articles'))[0] as { n: string }).n);
      } catch {
        return 0; // the workers have not created the schema yet
      }
    };
    const deadline = Date.now() + 150_000;
    const pending = async () =>
      Number(
        (
          (
            await rawQuery(
              'postgres',
              url,
              "SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')",
            )
          )[0] as { n: string }
        ).n,
      );
    while (Date.now() < deadline && ((await count()) < ARTICLES || (await pending()) > 0))
      await new Promise((r) => setTimeout(r, 250));
    for (const w of workers) w.child.kill('SIGTERM');
    const reports = await Promise.all(workers.map((w) => w.done));
    for (const r of reports)
      expect(r.stderr).toMatch(/dyad worker: [1-9]\d* jobs, \d+ articles added, \d+ unchanged, 0 failed jobs/);
    const added = reports.map((r) => Number(/(\d+) articles added/.exec(r.stderr)?.[1]));
    // Both workers took a share, and their shares add up to exactly the distinct articles.
    expect(added.every((n) => n > 0)).toBe(true);
    expect(added[0]! + added[1]!).toBe(ARTICLES);
    const rows = (
      await rawQuery('postgres', url, 'SELECT count(*) AS n, count(DISTINCT article_key) AS k FROM articles')
    )[0] as { n: string; k: string };
    expect([Number(rows.n), Number(rows.k)]).toEqual([ARTICLES, ARTICLES]);
  }, 200_000);
});
