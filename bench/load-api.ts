// A bounded load test of `dyad serve`, on loopback only, that stops by itself.
//  1. Builds the demo store (`dyad ingest examples/seeds examples/public-domain.jsonl`) in a temporary folder,
//     or uses `--db FILE`, and starts `dyad serve` on it (127.0.0.1, a free port, read-only).
//  2. Reads what the store holds through the API (articles, linked events, their dyads, dates, codes and
//     words) and builds a seeded mix of realistic requests for every GET endpoint of /openapi.json:
//     timelines of real dyads, trends by week and month, filtered events, search words, type-ahead prefixes,
//     article pages, later pages of each list.
//  3. Sends them from concurrent clients (Node's fetch, keep-alive) and prints requests/s, errors, and
//     latency p50/p95/p99/max per endpoint and overall, then the server's peak memory.
// Exits non-zero on any error (a status other than 200, a failed connection, a body that is not JSON).
// Run: npx tsx bench/load-api.ts [--short] [--requests N] [--clients N] [--db FILE] [--seed N]
//   --url http://127.0.0.1:PORT loads a server already running on loopback (to profile it, say) instead.
//   (needs `npm run build`: it runs dist/cli/main.js, as a user would)
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    requests: { type: 'string' },
    clients: { type: 'string', default: '20' },
    db: { type: 'string' },
    url: { type: 'string' },
    seed: { type: 'string', default: '7' },
  },
});
const REQUESTS = Number(args.requests ?? (args.short ? 500 : 10_000));
const CLIENTS = Number(args.clients);
// The whole run is bounded: a server that hangs must not hold CI.
const DEADLINE_MS = args.short ? 120_000 : 600_000;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');

if (!existsSync(CLI)) {
  console.error('bench/load-api.ts runs the built CLI: run `npm run build` first');
  process.exit(2);
}

// mulberry32: a small seeded generator, so a run's request mix can be repeated.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(Number(args.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const chance = (p: number) => rand() < p;

const work = mkdtempSync(join(tmpdir(), 'dyad-load-'));
let server: ChildProcess | undefined;
const stop = (code: number): never => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
  process.exit(code);
};
const deadline = setTimeout(() => {
  console.error(`bench/load-api.ts: stopped after ${DEADLINE_MS / 1000} s without finishing`);
  stop(3);
}, DEADLINE_MS);
deadline.unref();

function buildStore(): string {
  if (args.db !== undefined) return args.db;
  const db = join(work, 'demo.db');
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [CLI, 'ingest', 'examples/seeds', 'examples/public-domain.jsonl', '--db', db, '--quiet'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(`dyad ingest failed:\n${run.stderr}`);
    stop(1);
  }
  console.log(`demo store built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return db;
}

async function startServe(db: string): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', '--json'], {
    cwd: ROOT,
    env: { ...process.env, DYAD_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`dyad serve exited (${code}) before listening`)));
  });
  return loopback((JSON.parse(line) as { url: string }).url);
}

// Loopback only: the load never leaves this machine.
function loopback(url: string): string {
  if (!['127.0.0.1', '[::1]', 'localhost'].includes(new URL(url).hostname)) {
    throw new Error(`${url} is not on loopback: this load test only runs against this machine`);
  }
  return url;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON answers are read loosely here */
async function getJson(base: string, path: string): Promise<any> {
  const res = await fetch(base + path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** What the store holds, read through the API, from which realistic requests are drawn. */
interface Material {
  readonly articles: { id: string; rowId: number }[];
  readonly dyads: [string, string][];
  readonly actors: string[];
  readonly names: string[];
  readonly days: string[];
  readonly codes: string[];
  readonly places: string[];
  readonly words: string[];
}

async function material(base: string): Promise<Material> {
  const articles: { id: string; rowId: number }[] = [];
  for (let after: number | null = 0; after !== null;) {
    const page: any = await getJson(base, `/api/articles?after=${after}&limit=200`);
    articles.push(...page.items);
    after = page.page.next;
  }
  const linked: any[] = [];
  for (let offset: number | null = 0; offset !== null && offset <= 10_000;) {
    const page: any = await getJson(base, `/api/linked-events?limit=500&offset=${offset}`);
    linked.push(...page.items);
    offset = page.page.next;
  }
  const dyads: [string, string][] = [];
  const names = new Set<string>();
  const words = new Set<string>();
  for (const e of linked) {
    names.add(e.source.name);
    // Each event adds its dyad once, so busy dyads are drawn as often as users would look at them.
    if (e.target !== null && e.target.country !== e.source.country) dyads.push([e.source.country, e.target.country]);
    if (e.target !== null) names.add(e.target.name);
    for (const m of e.mentions) {
      for (const w of m.evidence.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(w);
    }
  }
  const actors = [...new Set(linked.flatMap((e) => [e.source.code, e.source.country]))];
  return {
    articles,
    dyads,
    actors,
    names: [...names, ...actors],
    days: linked.map((e) => e.date.start as string).filter((d) => d >= '2000'),
    codes: [...new Set(linked.map((e) => e.cameo as string))],
    places: [...new Set(linked.flatMap((e) => (e.place ? [e.place.country as string] : [])))],
    words: [...words],
  };
}

type Params = Record<string, string | undefined>;
const query = (path: string, params: Params) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  return q.size === 0 ? path : `${path}?${q}`;
};

// A date range around real events: a month, a quarter, or open on one side; always from <= to.
function range(m: Material): Params {
  if (m.days.length === 0 || chance(0.4)) return {};
  const [x, y] = [pick(m.days), pick(m.days)].sort() as [string, string];
  if (chance(0.3)) return { from: x.slice(0, 7) };
  if (chance(0.3)) return { from: x, to: y };
  return { from: x.slice(0, 7), to: y.slice(0, 7) };
}
function filters(m: Material): Params {
  const dyad = pick(m.dyads);
  const who = chance(0.6) ? { a: dyad[0], b: dyad[1] } : chance(0.7) ? { a: pick(m.actors) } : {};
  return {
    ...who,
    ...range(m),
    ...(chance(0.2) ? { code: pick(m.codes).slice(0, 2) } : {}),
    ...(chance(0.15) ? { quad: pick(['1', '1,2', '3,4']) } : {}),
    ...(chance(0.15) ? { modality: pick(['asserted', 'asserted,planned,intended', 'negated']) } : {}),
    ...(chance(0.05) && m.places.length > 0 ? { place: pick(m.places) } : {}),
    ...(chance(0.2) ? { history: 'false' } : {}),
  };
}
const paging = (limits: readonly number[]): Params => {
  const limit = pick(limits);
  return { limit: String(limit), offset: String(limit * pick([0, 0, 0, 1, 2])) };
};

/** For each GET endpoint, a generator of realistic request paths, and how often users would call it. */
const GENERATORS: Record<string, { weight: number; next: (m: Material) => string }> = {
  '/api/stats': { weight: 0.5, next: () => '/api/stats' },
  '/api/actors': {
    weight: 3,
    // Type-ahead sends every prefix as the user types.
    next: (m) => {
      const name = pick(m.names);
      const prefix = name.slice(0, 1 + Math.floor(rand() * Math.min(6, name.length)));
      return query('/api/actors', { q: chance(0.5) ? prefix.toLowerCase() : prefix, limit: '10' });
    },
  },
  '/api/articles': {
    weight: 1,
    next: (m) =>
      query('/api/articles', { after: String(chance(0.5) ? 0 : pick(m.articles).rowId), limit: pick(['10', '50']) }),
  },
  '/api/articles/{id}': { weight: 2, next: (m) => `/api/articles/${encodeURIComponent(pick(m.articles).id)}` },
  '/api/events': { weight: 2, next: (m) => query('/api/events', { ...filters(m), ...paging([10, 50, 100]) }) },
  '/api/linked-events': {
    weight: 1,
    next: (m) => query('/api/linked-events', { ...filters(m), ...paging([10, 50]) }),
  },
  '/api/timeline': {
    weight: 3,
    next: (m) => {
      const [a, b] = pick(m.dyads);
      return query('/api/timeline', {
        a,
        ...(chance(0.85) ? { b } : {}),
        ...range(m),
        ...(chance(0.3) ? { order: 'date-desc' } : {}),
        ...paging([20, 50, 100]),
      });
    },
  },
  '/api/trend': {
    weight: 2,
    next: (m) => {
      const [a, b] = pick(m.dyads);
      return query('/api/trend', {
        a,
        b,
        period: pick(['week', 'month']),
        ...(chance(0.4) ? { plans: 'true' } : {}),
        ...range(m),
      });
    },
  },
  '/api/search': {
    weight: 1,
    next: (m) =>
      query('/api/search', {
        q: chance(0.6) ? pick(m.words) : `${pick(m.words)} ${pick(m.words)}`,
        limit: '20',
      }),
  },
  '/api/network': {
    weight: 1,
    next: (m) => query('/api/network', { ...(chance(0.5) ? { a: pick(m.actors) } : {}), ...range(m) }),
  },
  '/api/places': { weight: 1, next: (m) => query('/api/places', filters(m)) },
};

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function peakRss(pid: number | undefined): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return `${(kb / 1024).toFixed(0)} MB`;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const base = args.url === undefined ? await startServe(buildStore()) : loopback(args.url.replace(/\/$/, ''));
  const doc = await getJson(base, '/openapi.json');
  const endpoints = Object.keys(doc.paths).filter((p) => doc.paths[p].get !== undefined);
  const missing = endpoints.filter((p) => GENERATORS[p] === undefined);
  if (missing.length > 0) throw new Error(`no request generator for ${missing.join(', ')}: add one to GENERATORS`);
  const m = await material(base);
  console.log(
    `store: ${m.articles.length} articles, ${m.dyads.length} dyad events, ${m.words.length} words; ` +
      `${REQUESTS} requests to ${endpoints.length} endpoints from ${CLIENTS} clients at ${base}`,
  );

  const total = endpoints.reduce((s, p) => s + GENERATORS[p]!.weight, 0);
  const weighted = (): string => {
    let r = rand() * total;
    for (const p of endpoints) if ((r -= GENERATORS[p]!.weight) < 0) return p;
    return endpoints.at(-1)!;
  };
  const plan: { endpoint: string; path: string }[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    // Every endpoint once, then by weight.
    const endpoint = i < endpoints.length ? endpoints[i]! : weighted();
    plan.push({ endpoint, path: GENERATORS[endpoint]!.next(m) });
  }
  // One untimed pass warms the server (lazy catalog, statement cache, JIT) as a running server would be.
  for (const p of endpoints) await fetch(base + plan.find((r) => r.endpoint === p)!.path).then((r) => r.arrayBuffer());

  const latency = new Map<string, number[]>(endpoints.map((p) => [p, []]));
  const errors: { endpoint: string; message: string }[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < plan.length; i = next++) {
        const { endpoint, path } = plan[i]!;
        const start = performance.now();
        try {
          const res = await fetch(base + path);
          const body = await res.text();
          latency.get(endpoint)!.push(performance.now() - start);
          if (res.status !== 200) errors.push({ endpoint, message: `${res.status} ${path}: ${body.slice(0, 200)}` });
          else JSON.parse(body);
        } catch (error) {
          errors.push({ endpoint, message: `${path}: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;

  const row = (name: string, times: number[], errs: number) => {
    const sorted = [...times].sort((x, y) => x - y);
    const ms = (v: number) => v.toFixed(1).padStart(8);
    return `${name.padEnd(20)}${String(times.length).padStart(7)}${String(errs).padStart(7)}${ms(percentile(sorted, 50))}${ms(percentile(sorted, 95))}${ms(percentile(sorted, 99))}${ms(sorted.at(-1) ?? 0)}`;
  };
  console.log(
    `\n${'endpoint'.padEnd(20)}${'n'.padStart(7)}${'errors'.padStart(7)}     p50     p95     p99     max  (ms)`,
  );
  for (const [endpoint, times] of latency) {
    console.log(row(endpoint, times, errors.filter((e) => e.endpoint === endpoint).length));
  }
  console.log(row('all', [...latency.values()].flat(), errors.length));
  console.log(
    `\n${(REQUESTS / seconds).toFixed(0)} requests/s (${REQUESTS} in ${seconds.toFixed(1)} s, ${CLIENTS} clients); ` +
      `server peak RSS ${peakRss(server?.pid)}; ${errors.length} errors`,
  );
  for (const e of errors.slice(0, 10)) console.error(`  ${e.message}`);
  console.log(
    JSON.stringify({
      requests: REQUESTS,
      clients: CLIENTS,
      seconds: Number(seconds.toFixed(2)),
      rps: Math.round(REQUESTS / seconds),
      errors: errors.length,
    }),
  );
  stop(errors.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  stop(1);
});
