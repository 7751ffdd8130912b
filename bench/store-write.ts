// Where the time of storing goes: the examples/ corpus repeated is extracted once, in memory, then
// `store.ingest` alone is timed in batches of 200 on a fresh SQLite file, (1) split by statement kind
// (better-sqlite3's run/all timed per statement text; the rest is JavaScript: row building, kysely,
// linking) and (2) against throwaway schemas without one thing each (the full-text trigger, each index),
// all variants alternated round by round in one run, so that a shared, noisy machine loads them alike.
// `--profile=FILE` writes a CPU profile (as node --cpu-prof does) of the timed rounds only, without the
// extraction before them.
// Run: npx tsx bench/store-write.ts [ARTICLES=1600] [--rounds=3] [--only=base] [--profile=FILE] [--short]
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../src/model.js';
import { extract } from '../src/pipeline.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { repeated, sampleArticles } from './sample-articles.js';

const SHORT = process.argv.includes('--short');
const ARTICLES = SHORT ? 400 : Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_600);
const ROUNDS = SHORT ? 1 : Number(/--rounds=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 3);
const ONLY = /--only=([\w,-]+)/.exec(process.argv.join(' '))?.[1]?.split(',');
const PROFILE = /--profile=(\S+)/.exec(process.argv.join(' '))?.[1];
const BATCH = 200;
const work = mkdtempSync(join(tmpdir(), 'dyad-store-write-'));

const extractions: Extraction[] = [];
for (const a of repeated(sampleArticles(), ARTICLES)) extractions.push(extract(a));
const count = (f: (e: Extraction) => number) => extractions.reduce((n, e) => n + f(e), 0);
console.log(
  `${ARTICLES} articles: per article ${(count((e) => e.timexes.length) / ARTICLES).toFixed(1)} time expressions, ` +
    `${(count((e) => e.mentions.length) / ARTICLES).toFixed(1)} actor mentions, ` +
    `${(count((e) => e.events.length) / ARTICLES).toFixed(1)} events, ` +
    `${(count((e) => e.learned?.length ?? 0) / ARTICLES).toFixed(2)} learned people`,
);

// Time spent inside SQLite, by statement kind ("insert articles", "select linked_events"...).
// Every variant's statements are timed alike (the timing costs a little); base's are kept.
const inSqlite = new Map<string, number>();
let timing = false;
let kept = inSqlite;
const kindOf = (source: string) => {
  const m = /^\s*(insert into|update|select|with|begin|commit|rollback|savepoint|release)\s*"?(\w*)"?/i.exec(source);
  if (m === null) return source.slice(0, 30);
  const verb = m[1]!.toLowerCase();
  if (verb === 'with') return 'update linked_events (counts)';
  if (verb === 'select' && /linked_events/.test(source)) return 'select linked_events (search, max id)';
  return `${verb} ${m[2] ?? ''}`.trim();
};
// Reading a statement's text copies it out of SQLite: once per statement.
const kinds = new WeakMap<Database.Statement, string>();
const probe = new Database(':memory:');
const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
probe.close();
for (const method of ['run', 'all', 'get', 'iterate'] as const) {
  const original = statementProto[method] as (this: Database.Statement, ...args: unknown[]) => unknown;
  statementProto[method] = function (this: Database.Statement, ...args: unknown[]) {
    if (!timing) return original.apply(this, args);
    const t = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      let kind = kinds.get(this);
      if (kind === undefined) kinds.set(this, (kind = kindOf(this.source)));
      kept.set(kind, (kept.get(kind) ?? 0) + performance.now() - t);
    }
  };
}

// Each variant is the current schema with a few statements run on it before the ingest.
const base = await openSqliteStore(join(work, 'schema.db'));
await base.close();
const schema = new Database(join(work, 'schema.db'));
const indexes = (
  schema
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY tbl_name, name")
    .all() as { name: string }[]
).map((r) => r.name);
schema.close();
const fts = (options: string) => [
  'DROP TRIGGER articles_fts_insert',
  'DROP TRIGGER articles_fts_delete',
  'DROP TRIGGER articles_fts_update',
  'DROP TABLE articles_fts',
  `CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id'${options})`,
  `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END`,
];
const VARIANTS: Record<string, readonly string[]> = {
  base: [],
  'no-fts': ['DROP TRIGGER articles_fts_insert'],
  'fts-detail-column': fts(", detail = 'column'"),
  'fts-columnsize-0': fts(', columnsize = 0'),
  ...Object.fromEntries(indexes.map((name) => [`no-${name}`, [`DROP INDEX ${name}`]])),
  // Upper bounds: what all of the indexes of events cost, and all indexes linking does not search by.
  'no-events-indexes': indexes.filter((n) => n.startsWith('events_')).map((n) => `DROP INDEX ${n}`),
  'no-unsearched-indexes': indexes
    .filter((n) => n !== 'linked_events_link_window' && n !== 'linked_events_place_window')
    .map((n) => `DROP INDEX ${n}`),
};
const chosen: string[] = Object.keys(VARIANTS).filter((v) => (SHORT ? ['base', 'no-fts'] : (ONLY ?? [v])).includes(v));

// `--against=DIR`: also the store of another checkout (e.g. the commit before a change), as one more
// variant alternated with this one's.
const AGAINST = /--against=(\S+)/.exec(process.argv.join(' '))?.[1];
type Open = typeof openSqliteStore;
const openers = new Map<string, Open>([['base', openSqliteStore]]);
if (AGAINST !== undefined) {
  const other = (await import(join(AGAINST, 'src/store/sqlite-store.ts'))) as { openSqliteStore: Open };
  openers.set('against', other.openSqliteStore);
  chosen.push('against');
}

interface Timed {
  readonly wall: number;
  readonly cpu: number;
}

/** Ms per article of the variant's ingest: wall clock, and this process's CPU time (user + system). */
async function run(variant: string, round: number): Promise<Timed> {
  const open = openers.get(variant) ?? openSqliteStore;
  const file = join(work, `${variant}-${round}.db`);
  const first = await open(file);
  await first.close();
  const db = new Database(file);
  for (const statement of VARIANTS[variant] ?? []) db.exec(statement);
  db.close();
  const store = await open(file);
  timing = true;
  kept = variant === 'base' ? inSqlite : new Map();
  const c = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < extractions.length; i += BATCH) await store.ingest(extractions.slice(i, i + BATCH));
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  timing = false;
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return { wall: wall / extractions.length, cpu: (cpu.user + cpu.system) / 1000 / extractions.length };
}

const results = new Map<string, Timed[]>(chosen.map((v) => [v, []]));
const baseOfRound: Timed[] = [];
// Warm-up: V8's compilation of the store's code and SQLite's first statements are not timed.
for (const v of openers.keys()) await run(v, -1);
inSqlite.clear();
const session = new Session();
if (PROFILE !== undefined) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
for (let round = 0; round < ROUNDS; round++) {
  // Variants in a new order each round; base first and last, its mean the reference of the round.
  const order = chosen.filter((v) => v !== 'base');
  const k = round % Math.max(1, order.length);
  const b0 = await run('base', round);
  for (const v of [...order.slice(k), ...order.slice(0, k)]) results.get(v)!.push(await run(v, round));
  const b1 = await run('base', round);
  results.get('base')!.push(b0, b1);
  baseOfRound.push({ wall: (b0.wall + b1.wall) / 2, cpu: (b0.cpu + b1.cpu) / 2 });
}

if (PROFILE !== undefined) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(PROFILE, JSON.stringify(profile));
  session.disconnect();
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (x: number) => x.toFixed(3);
const baseRuns = results.get('base')!;
const baseCpu = median(baseRuns.map((r) => r.cpu));
const baseWall = median(baseRuns.map((r) => r.wall));
console.log(
  `\nstoring, ms per article, median of ${ROUNDS} rounds (${ARTICLES} articles, batches of ${BATCH}); CPU time ` +
    `first (what a loaded machine disturbs least), then wall clock; "saves" against the same round's base:`,
);
console.log(`  ${'base'.padEnd(40)} cpu ${f(baseCpu)}  wall ${f(baseWall)}`);
const rows = chosen
  .filter((v) => v !== 'base')
  .map((v) => {
    const runs = results.get(v)!;
    const saved = (key: keyof Timed) => median(runs.map((r, i) => baseOfRound[i]![key] - r[key]));
    return {
      v,
      cpu: median(runs.map((r) => r.cpu)),
      wall: median(runs.map((r) => r.wall)),
      saved: saved('cpu'),
      savedWall: saved('wall'),
    };
  })
  .sort((a, b) => b.saved - a.saved);
for (const r of rows)
  console.log(
    `  ${r.v.padEnd(40)} cpu ${f(r.cpu)}  wall ${f(r.wall)}  saves cpu ${f(r.saved)} (${((100 * r.saved) / baseCpu).toFixed(0)}%), wall ${f(r.savedWall)}`,
  );

const sqliteTotal = [...inSqlite.values()].reduce((a, b) => a + b, 0) / baseRuns.length / ARTICLES;
console.log(`\ninside SQLite, by statement, ms per article (base runs):`);
for (const [kind, ms] of [...inSqlite].sort((a, b) => b[1] - a[1]))
  console.log(`  ${kind.padEnd(40)} ${(ms / baseRuns.length / ARTICLES).toFixed(3)}`);
console.log(`  ${'all statements'.padEnd(40)} ${sqliteTotal.toFixed(3)}`);
const baseMean = baseRuns.reduce((a, b) => a + b.wall, 0) / baseRuns.length;
console.log(
  `  ${'the rest: JavaScript (rows, kysely, linking)'.padEnd(40)} ${(baseMean - sqliteTotal).toFixed(3)} (of a mean ${baseMean.toFixed(3)})`,
);
rmSync(work, { recursive: true, force: true });
console.log(
  JSON.stringify({
    storeMsPerArticle: Number(baseWall.toFixed(3)),
    storeCpuMsPerArticle: Number(baseCpu.toFixed(3)),
    sqliteMsPerArticle: Number(sqliteTotal.toFixed(3)),
    short: SHORT,
  }),
);
