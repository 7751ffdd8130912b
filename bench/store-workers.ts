// Scale-out throughput: N `dyad worker` processes drain a pg-boss queue of ARTICLES synthetic articles
// into one PostgreSQL store; prints articles/s for 1 and for 2 workers and their ratio. Needs a running
// PostgreSQL: DYAD_PG_URL=postgres://user@127.0.0.1:5432/postgres (an admin URL; a database per run is created).
// Run: DYAD_PG_URL=... npx tsx bench/store-workers.ts [ARTICLES=2000]
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { syntheticArticles } from '../test/store/synthetic-articles.js';

const ADMIN = process.env['DYAD_PG_URL'];
if (!ADMIN) throw new Error('set DYAD_PG_URL to an admin URL of a PostgreSQL server');
const ARTICLES = Number(process.argv[2] ?? 2000);
const ENTRY = join(import.meta.dirname, '../test/store/cli-entry.ts');

const run = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`dyad ${args[0]} exited ${code}`))));
  });

async function database(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(ADMIN!);
  url.pathname = `/${name}`;
  return url.toString();
}

const feed = join(mkdtempSync(join(tmpdir(), 'dyad-bench-')), 'feed.jsonl');
writeFileSync(
  feed,
  syntheticArticles(ARTICLES)
    .map((a) => JSON.stringify({ id: a.id, date: a.published, text: a.text }))
    .join('\n') + '\n',
);

const rates: number[] = [];
for (const workers of [1, 2]) {
  const url = await database(`dyad_bench_${workers}`);
  // Schema and queue first, then the whole queue filled, so only the draining is timed.
  await run(['worker', '--pg', url, '--exit-when-idle', '--quiet']);
  await run(['ingest', feed, '--pg', url, '--quiet']);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: workers }, () => run(['worker', '--pg', url, '--exit-when-idle', '--quiet'])));
  const rate = ARTICLES / ((performance.now() - t0) / 1000);
  rates.push(rate);
  console.log(
    `${workers} worker(s): ${ARTICLES} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s = ${rate.toFixed(0)} articles/s`,
  );
}
console.log(`2 workers / 1 worker throughput: ${(rates[1]! / rates[0]!).toFixed(2)}×`);
