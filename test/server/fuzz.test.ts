/* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON answers are read loosely here */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/start-server.js';
import type { Store } from '../../src/store/store.js';
import { DIALECTS } from '../store/dialects.js';
import { HOSTILE, demoStoreOn } from './demo-store.js';

// Random and hostile query parameters against every GET endpoint the OpenAPI document lists, over real
// HTTP on loopback, on the demo store in each engine (SQLite and PostgreSQL read text their own ways). Nothing may answer 500; every refusal is JSON that says what to fix.
// Seeded: DYAD_FUZZ_SEED=<n> repeats a run, DYAD_FUZZ_RUNS=<n> makes it longer; a failure prints its seed and
// the shrunk request.
const SEED = Number(process.env['DYAD_FUZZ_SEED'] ?? 20_250_704);
const RUNS = Number(process.env['DYAD_FUZZ_RUNS'] ?? 300);
const TOKEN = 'fuzz-token';

// Values that should work, so that combinations reach the store and the views, not only the schemas.
const REAL: Record<string, readonly string[]> = {
  a: ['KOR', 'JPN', 'USA', 'PRK', 'KORGOV', 'kor', 'CHN'],
  b: ['JPN', 'KOR', 'USA', 'JPNGOV', 'RUS'],
  from: ['2025', '2025-06', '2025-06-15', '2020', '1965-06-22'],
  to: ['2025', '2025-07', '2025-07-31', '2024-12-31', '2030'],
  code: ['04', '036', '1', '190', '0'],
  quad: ['1', '1,2', '3,4', '4'],
  modality: ['asserted', 'asserted,planned', 'negated', 'intended,hypothetical'],
  place: ['CAN', 'KOR', 'usa'],
  history: ['true', 'false'],
  offset: ['0', '5', '10000'],
  limit: ['1', '10', '50', '200'],
  order: ['date-asc', 'date-desc'],
  period: ['week', 'month'],
  plans: ['true', 'false'],
  edges: ['1', '60', '500'],
  q: ['kor', 'Japan', 'summit', 'missile sanctions', 'ko', 'Lee Jae'],
  after: ['0', '5', '31'],
  id: ['000_046032c9f7e7faea', '15', '3'],
};

const NASTY = [
  ...HOSTILE,
  '',
  ' ',
  '  KOR  ',
  '2025-02-30',
  '2025-13',
  '2025-00-10',
  '0000',
  '0000-00-00',
  '9999-12-31',
  '2025-W99',
  '-0',
  '0x10',
  '1e2',
  '1.5',
  '-5',
  'Infinity',
  '-Infinity',
  String(Number.MAX_SAFE_INTEGER + 2),
  '18446744073709551616',
  'TRUE',
  'yes',
  '한국',
  'Ελλάδα',
  '🇰🇷🇯🇵',
  '\u202eKOR',
  'K\u200bOR',
  '\uFFFD',
  '%00',
  '%',
  '..',
  '..\\..\\windows\\win.ini',
  'file:///etc/passwd',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  '[]',
  '{"$gt":""}',
  'a'.repeat(5000),
  'KOR,'.repeat(60),
  ',,,',
  'asserted,,planned',
  'asserted,ASSERTED',
  '1,2,3,4,5',
  'date-random',
  'day',
  'KOR" OR 1=1 --',
  'summit OR NOT war',
  'summit*',
  '"unclosed',
  'col:summit',
  '^summit',
  'summit AND',
];
const UNKNOWN_NAMES = ['colour', '__proto__', 'constructor', 'toString', 'a[]', 'a.b', 'A', 'limit ', 'q\u0000'];

// A hostile value, of any kind a client might send.
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);
// A parameter's value: mostly a real one for its name (picked once the name is known), else hostile.
const slot = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((pick) => ({ pick, hostile: undefined })) },
  { weight: 1, arbitrary: hostile.map((v) => ({ pick: 0, hostile: v })) },
);
const pickValue = (name: string, s: { pick: number; hostile: string | undefined }) => {
  const real = REAL[name] ?? ['x'];
  return s.hostile ?? real[s.pick % real.length]!;
};

// Present in one request of `odds`.
const now = <T>(arbitrary: fc.Arbitrary<T>, odds: number) =>
  fc.oneof({ weight: odds - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

// One request: an endpoint, some of its parameters, now and then one it does not know, a repeated one, or a
// date range in either order.
const request = fc.record({
  endpoint: fc.nat(),
  params: fc.uniqueArray(fc.tuple(fc.nat(20), slot), { maxLength: 4, selector: ([i]) => i }),
  id: slot,
  unknown: now(fc.tuple(fc.constantFrom(...UNKNOWN_NAMES), hostile), 10),
  repeat: now(fc.boolean(), 10),
  range: now(fc.tuple(fc.constantFrom(...REAL['from']!), fc.constantFrom(...REAL['to']!), fc.boolean()), 4),
});

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

interface Endpoint {
  readonly path: string;
  readonly query: readonly string[];
}

function url(endpoints: readonly Endpoint[], r: Generated<typeof request>) {
  const endpoint = endpoints[r.endpoint % endpoints.length]!;
  const params = new URLSearchParams();
  for (const [i, s] of r.params) {
    if (endpoint.query.length === 0) continue;
    const name = endpoint.query[i % endpoint.query.length]!;
    params.set(name, pickValue(name, s));
  }
  // Required parameters are mostly given, so that requests reach the store.
  if (endpoint.path === '/api/timeline' || endpoint.path === '/api/trend') {
    if (!params.has('a') && r.endpoint % 4 !== 0) params.set('a', pickValue('a', r.id));
  }
  if (endpoint.path === '/api/search' || endpoint.path === '/api/actors') {
    if (!params.has('q') && r.endpoint % 4 !== 0) params.set('q', pickValue('q', r.id));
  }
  if (r.range && endpoint.query.includes('from')) {
    // Either order: a reversed range must be a 400 that says so, never an error.
    const [from, to, swap] = r.range;
    params.set('from', swap ? to : from);
    params.set('to', swap ? from : to);
  }
  if (r.unknown) params.append(r.unknown[0], r.unknown[1]);
  const first = [...params.keys()][0];
  if (r.repeat !== null && first !== undefined) params.append(first, r.repeat ? params.get(first)! : 'other');
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pickValue(name, r.id)));
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}

async function expectAnswered(path: string, res: Response): Promise<any> {
  const text = await res.text();
  expect(res.status, `${path} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
  const body = JSON.parse(text);
  if (res.status >= 400) {
    expect(body.error.code, path).toMatch(/^[a-z_]+$/);
    // A message a person can act on: longer than a bare status, and naming what to change.
    expect(body.error.message.length, path).toBeGreaterThan(15);
  }
  return body;
}

describe.each(DIALECTS)('API fuzz on %s: hostile parameters on every endpoint', (engine) => {
  let store: Store;
  let server: Awaited<ReturnType<typeof startServer>>;
  let endpoints: Endpoint[];
  const logged: unknown[] = [];

  beforeAll(async () => {
    store = await demoStoreOn(engine);
    server = await startServer(createApp({ store, token: TOKEN, log: (e) => logged.push(e) }), { port: 0 });
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as any;
    endpoints = Object.entries(doc.paths as Record<string, any>)
      .filter(([, ops]) => ops.get !== undefined)
      .map(([path, ops]) => ({
        path,
        query: ops.get.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name),
      }));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });
  it('covers every GET endpoint of /openapi.json', () => {
    expect(endpoints.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/api/timeline', '/api/trend', '/api/events', '/api/search', '/api/articles/{id}']),
    );
    expect(endpoints.length).toBeGreaterThanOrEqual(11);
  });

  it(
    `answers ${RUNS} random requests without a 500, each refusal a JSON message (seed ${SEED})`,
    async () => {
      const before = await store.counts();
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const path = url(endpoints, r);
          const res = await fetch(`${server.url}${path}`);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (process.env['FUZZ_DEBUG'])
            console.log(
              res.status,
              decodeURIComponent(path).slice(0, 120),
              res.status === 400 ? (await res.clone().text()).slice(0, 150) : '',
            );
          await expectAnswered(path, res);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(logged).toEqual([]);
      expect(await store.counts()).toEqual(before);
      // The generator must reach past the schemas: a run of only 400s would prove little.
      expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 5);
      expect(statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 5);
    },
    60_000 + RUNS * 100,
  );

  it('refuses repeated, reversed and impossible parameters with what to fix', async () => {
    const cases: [string, string][] = [
      ['/api/events?a=KOR&a=JPN', 'a: given 2 times'],
      ['/api/events?from=2025-07&to=2025-06', 'to (2025-06) is before from (2025-07): swap them'],
      ['/api/trend?a=KOR&from=2025-02-30', '2025-02-30 is not on the calendar'],
      ['/api/timeline?a=KOR&to=2025-13', '2025-13 is not on the calendar'],
      ['/api/events?b=JPN', 'give a as well'],
      ['/api/events?limit=1e2', 'give a whole number from 1 to 500'],
      ['/api/articles?after=99999999999999999', 'give a whole number from 0 to'],
      ['/api/events?offset=', 'give a whole number from 0 to 10000'],
      ['/api/timeline?a=KOR&order=random', 'use date-asc or date-desc'],
    ];
    for (const [path, message] of cases) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(400);
      expect((await expectAnswered(path, res)).error.message, path).toContain(message);
    }
    // NUL: PostgreSQL can neither store nor compare it, so it is refused where it could reach the store.
    for (const path of ['/api/search?q=a%00b', '/api/articles/%00', '/api/actors?q=%00']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(400);
      expect((await expectAnswered(path, res)).error.message, path).toContain('holds a NUL character');
    }
    for (const field of ['text', 'title', 'source', 'id']) {
      const res = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ published: '2025-07-01', text: 'Japan and Korea met.', [field]: 'a\u0000b' }),
      });
      expect(res.status, field).toBe(400);
      expect((await expectAnswered(field, res)).error.message).toContain(`${field}: holds a NUL character`);
    }
    // A range within one month is no reversal: `to` stands for the whole of July.
    expect((await fetch(`${server.url}/api/events?from=2025-07-15&to=2025-07`)).status).toBe(200);
  });

  it('answers a request line over 16 KiB and a request that is not HTTP with JSON errors', async () => {
    const long = await fetch(`${server.url}/api/search?q=${'a'.repeat(20_000)}`);
    expect(long.status).toBe(431);
    expect(((await long.json()) as any).error.message).toMatch(/shorten the query/);
    const { connect } = await import('node:net');
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('GARBAGE / NOT-HTTP\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).error.code).toBe('bad_request');
  });

  it(
    'stores or refuses random article bodies, never failing',
    async () => {
      const text = fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
        fc.constantFrom(...NASTY.filter((s) => s.trim() !== '')),
        fc.constantFrom(
          'South Korea and Japan held talks in Seoul on Monday.',
          'Japan protested to China on 2025-02-30.',
        ),
      );
      const field = (good: fc.Arbitrary<unknown>) =>
        fc.oneof(
          { weight: 3, arbitrary: good },
          fc.constantFrom(...NASTY),
          fc.anything({ maxDepth: 2 }),
          fc.constant(undefined),
        );
      const body = fc.record(
        {
          id: field(fc.string({ minLength: 1, maxLength: 30 })),
          published: field(fc.constantFrom('2025-07-01', '2024-02-29', '2025-02-29', '2025-02-30', '1965-06-22')),
          text: field(text),
          title: field(fc.string({ maxLength: 80 })),
          url: field(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'http://[::1', 'not a url')),
          source: field(fc.string({ maxLength: 30 })),
        },
        { requiredKeys: [] },
      );
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: body }, fc.anything({ maxDepth: 2 })), async (b) => {
          const res = await fetch(`${server.url}/api/articles`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
            body: JSON.stringify(b) ?? 'undefined',
          });
          statuses.add(res.status);
          const answer = await expectAnswered('POST /api/articles', res);
          if (res.status === 201) expect(answer.id).toEqual(expect.any(String));
        }),
        { seed: SEED, numRuns: Math.ceil(RUNS / 5) },
      );
      expect(logged).toEqual([]);
      expect([...statuses].sort()).toEqual([201, 400]);
    },
    60_000 + RUNS * 100,
  );
});
