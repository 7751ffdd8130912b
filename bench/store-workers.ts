// Scale-out throughput: N `dyad worker` processes drain a pg-boss queue of ARTICLES news articles (the
// real articles of examples/, repeated with shifted dates; `--synthetic`: two-sentence made-up ones, which
// make storing and linking most of the work, the worst case for scaling) into one PostgreSQL store; prints articles/s for 1 and for 2 workers and their ratio, with the load
// average the machine had (the ratio means little on a machine busy with other work: more workers then
// get no more CPU). The server shares the machine's cores with the workers, as a small deployment would. Needs a running
// PostgreSQL: DYAD_PG_URL=postgres://user@127.0.0.1:5432/postgres (an admin URL; a database per run is created).
// The workers are the built `dyad` (`npm run build` first), run as its bin with its own V8 settings, as deployed;
// `--source` runs the TypeScript sources through tsx instead, without them.
// Run: DYAD_PG_URL=... npx tsx bench/store-workers.ts [ARTICLES=6000] [--synthetic] [--pin] [--source]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { syntheticArticles } from '../test/store/synthetic-articles.js';
import { machineScaling } from './machine-scaling.js';
import { repeated, sampleArticles } from './sample-articles.js';

const ADMIN = process.env['DYAD_PG_URL'];
if (!ADMIN) throw new Error('set DYAD_PG_URL to an admin URL of a PostgreSQL server');
const synthetic = process.argv.includes('--synthetic');
const ARTICLES = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? (synthetic ? 10_000 : 6_000));
const BIN = join(import.meta.dirname, '../dist/cli/main.js');
const fromSource = process.argv.includes('--source');
if (!fromSource && !existsSync(BIN))
  throw new Error(`${BIN} is missing: run \`npm run build\` first (or pass --source)`);

// `--pin`: worker k runs on core k only (taskset), as one worker per core is deployed. Unpinned, a lone
// worker also borrows the idle core for V8's background threads (garbage collection, compilation), so
// its rate counts more than one core and the ratio understates what a second core adds.
const pin = process.argv.includes('--pin');
const run = (args: string[], core?: number) =>
  new Promise<void>((resolve, reject) => {
    // The bin's shebang gives node its start-up flags; src/cli/main.ts sets the rest.
    const node = fromSource
      ? [process.execPath, '--import', 'tsx', join(import.meta.dirname, '../test/store/cli-entry.ts'), ...args]
      : [BIN, ...args];
    const [command, ...rest] = pin && core !== undefined ? ['taskset', '-c', String(core), ...node] : node;
    // Each process in a session of its own (setsid), as workers run as services: Linux's autogroup
    // scheduler then gives each its own share of a busy machine, instead of one share for the bench.
    const child = spawn(command!, rest, {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
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
  (synthetic ? syntheticArticles(ARTICLES) : [...repeated(sampleArticles(), ARTICLES)])
    .map((a) => JSON.stringify({ id: a.id, date: a.published, text: a.text }))
    .join('\n') + '\n',
);

// How much of the time some worker holds the link lock (the one serial part of ingesting), sampled from
// pg_locks: with 1 worker it bounds what more workers can gain, however quiet or busy the machine.
const LINK_LOCK = 0x64796164; // postgres-dialect.ts
async function sampleLock(url: string, done: { stop: boolean }): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let held = 0;
  let samples = 0;
  while (!done.stop) {
    const { rows } = await client.query<{ held: boolean }>(
      "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted) AS held",
      [LINK_LOCK],
    );
    samples++;
    if (rows[0]?.held) held++;
    // Every 50 ms: sampling more often takes CPU from the workers it watches (a query every 5 ms cost two
    // workers, which leave no core idle, about a tenth of their rate, and a lone worker almost nothing).
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await client.end();
  return samples === 0 ? 0 : held / samples;
}

// CPU seconds of the finished child processes (Linux: cutime + cstime of /proc/self/stat), or null.
function childCpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 16 and 17 of stat (cutime, cstime), counted after the command name: indexes 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const rates: Record<number, number[]> = { 1: [], 2: [] };
const locked: Record<number, number[]> = { 1: [], 2: [] };
const loads: number[] = [];
// 1, 2, 2, 1 workers: a machine whose load drifts during the bench favours neither.
for (const [run_, workers] of [1, 2, 2, 1].entries()) {
  loads.push(loadavg()[0]!);
  const url = await database(`dyad_bench_${run_}`);
  // Schema and queue first, then the whole queue filled, so only the draining is timed.
  await run(['worker', '--pg', url, '--exit-when-idle', '--quiet']);
  await run(['ingest', feed, '--pg', url, '--quiet']);
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const done = { stop: false };
  const sampling = sampleLock(url, done);
  await Promise.all(
    Array.from({ length: workers }, (_, k) => run(['worker', '--pg', url, '--exit-when-idle', '--quiet'], k)),
  );
  const seconds = (performance.now() - t0) / 1000;
  done.stop = true;
  const share = await sampling;
  locked[workers]!.push(share);
  // Rates from pg-boss's own times, so the workers' start-up is not counted: over the whole draining
  // (first job taken to last completed), and steady (the last half of the jobs). A process runs its first
  // 1,000–1,500 articles while V8 is still compiling the extractor, and pays that once; with 6,000 articles each
  // of two workers has done 1,500 before the last half begins, so both rates are of warm workers, over the same
  // range of store sizes (3,000 articles at 10 a job, the bench's earlier default, timed two workers still warming up).
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ s: number; done: number }>(
    `SELECT extract(epoch FROM completed_on - min(started_on) OVER ()) AS s,
       jsonb_array_length(data -> 'articles') AS done
     FROM pgboss.job WHERE state = 'completed' ORDER BY completed_on`,
  );
  await client.end();
  const draining = Number(rows.at(-1)?.s ?? seconds);
  const half = rows[Math.floor(rows.length / 2)];
  const lastHalf = rows.slice(Math.floor(rows.length / 2) + 1).reduce((n, r) => n + Number(r.done), 0);
  const rate = half === undefined ? ARTICLES / draining : lastHalf / (draining - Number(half.s));
  rates[workers]!.push(rate);
  const cpu1 = childCpuSeconds();
  const cpu =
    cpu0 === null || cpu1 === null
      ? ''
      : `, workers' CPU ${((1000 * (cpu1 - cpu0)) / ARTICLES).toFixed(1)} ms an article`;
  console.log(
    `${workers} worker(s): ${ARTICLES} articles in ${draining.toFixed(1)} s of draining (${seconds.toFixed(1)} s with start-up), ${(ARTICLES / draining).toFixed(0)} articles/s; steady ${rate.toFixed(0)} articles/s; link lock held ${(100 * share).toFixed(0)}% of the time${cpu}`,
  );
}
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cores = availableParallelism();
// Only the load before the first run is other work's: later ones count this bench's own previous run.
const busy = loads[0]! > cores / 2;
console.log(
  `2 workers / 1 worker throughput: ${(mean(rates[2]!) / mean(rates[1]!)).toFixed(2)}× (steady rates, means of 2 runs each) on ${cores} cores, ${synthetic ? 'synthetic' : 'real'} articles${pin ? ', a worker per core' : ''} (target ≥ 1.7× on 2 cores; load average before the runs: ${loads.map((l) => l.toFixed(1)).join(', ')}${busy ? ' — the machine was busy with other work: rerun on a quiet one' : ''})`,
);
console.log(
  `the machine itself: a compute loop in 2 processes does ${(await machineScaling()).toFixed(2)}× the work of 1 (2.00× on dedicated cores; no program scales better)`,
);
const serial = mean(locked[1]!);
console.log(
  `the link lock, held ${(100 * serial).toFixed(0)}% of the time by 1 worker, caps N workers at ${(1 / Math.max(serial, 0.01)).toFixed(1)}× 1 worker's throughput, given cores for them`,
);
