/* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON answers are read loosely here */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyadTrend } from '../../src/query/trend.js';
import { createApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/store.js';
import { HOSTILE, demoStore } from './demo-store.js';

// Every endpoint, in process through app.request(), on the demo store.
let store: Store;
let app: ReturnType<typeof createApp>;
const errors: unknown[] = [];
beforeAll(async () => {
  ({ store } = await demoStore());
  app = createApp({ store, log: (e) => errors.push(e) });
}, 120_000);
afterAll(() => store.close());

async function getJson(path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

describe('read endpoints', () => {
  it('answers /api/stats with the store counts', async () => {
    const { status, body } = await getJson('/api/stats');
    expect(status).toBe(200);
    expect(body).toEqual(await store.counts());
  });

  it('suggests actors by code and by name, those with events first', async () => {
    const byCode = await getJson('/api/actors?q=kor');
    expect(byCode.body.items[0]).toMatchObject({ code: 'KOR', name: 'South Korea' });
    const byName = await getJson('/api/actors?q=Japan');
    expect(byName.body.items.map((s: { code: string }) => s.code)).toContain('JPN');
  });

  it('gives the KOR–JPN timeline with the G7 meeting of June 2025 reported by both seed articles', async () => {
    const { status, body } = await getJson('/api/timeline?a=KOR&b=JPN&from=2025-06&to=2025-06');
    expect(status).toBe(200);
    const g7 = body.items.find((e: any) => e.cameo.startsWith('04') && e.place?.country === 'CAN');
    expect(g7).toMatchObject({ articles: 2, date: { value: '2025-06' } });
    const mention = g7.mentions[0];
    expect(mention.evidence.text.length).toBeGreaterThan(20);
    expect(mention.trigger.start).toBeGreaterThanOrEqual(mention.evidence.start);
    expect(body.actors.map((a: any) => a.name)).toEqual(['South Korea', 'Japan']);
  });

  it('gives the trend the library computes', async () => {
    const { body } = await getJson('/api/trend?a=KOR&b=JPN&period=week');
    expect(body.points).toEqual(await dyadTrend(store, 'KOR', 'JPN', { period: 'week' }));
    const plans = await getJson('/api/trend?a=KOR&b=JPN&plans=true');
    expect(plans.body.points).toEqual(await dyadTrend(store, 'KOR', 'JPN', { plans: true }));
  });

  it('pages through event mentions and linked events', async () => {
    const first = await getJson('/api/events?a=KOR&limit=5');
    expect(first.body.items).toHaveLength(5);
    expect(first.body.page).toEqual({ offset: 0, limit: 5, next: 5 });
    const second = await getJson('/api/events?a=KOR&limit=5&offset=5');
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const ten = await getJson('/api/events?a=KOR&limit=10');
    const ids = (items: { id: number }[]) => items.map((e) => e.id);
    expect([...ids(first.body.items), ...ids(second.body.items)]).toEqual(ids(ten.body.items));
    const linked = await getJson('/api/linked-events?a=KOR&limit=3&offset=2');
    const linkedAll = await getJson('/api/linked-events?a=KOR&limit=5');
    expect(ids(linked.body.items)).toEqual(ids(linkedAll.body.items).slice(2, 5));
    const all = await getJson('/api/linked-events?a=KOR&limit=500');
    expect(all.body.page.next).toBeNull();
    const articles = await getJson('/api/articles?limit=10');
    const rest = await getJson(`/api/articles?after=${articles.body.page.next}&limit=100`);
    expect(articles.body.items.length + rest.body.items.length).toBe((await store.counts()).articles);
    expect(articles.body.items[0].text).toBeUndefined();
  });

  it('gives an article by id with its text, and 404 for an unknown id', async () => {
    const ok = await getJson('/api/articles/000_046032c9f7e7faea');
    expect(ok.body).toMatchObject({ id: '000_046032c9f7e7faea', published: '2025-07-04' });
    expect(ok.body.text).toContain('Ishiba');
    const missing = await getJson('/api/articles/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/No article "nope"/);
  });

  it('searches, maps places and draws the network', async () => {
    const search = await getJson('/api/search?q=summit');
    expect(search.body.items.length).toBeGreaterThan(0);
    const places = await getJson('/api/places?a=KOR&b=JPN');
    expect(places.body.items.find((p: any) => p.name === 'Canada')).toMatchObject({ lat: expect.any(Number) });
    const network = await getJson('/api/network?a=KOR');
    expect(
      network.body.edges.find((e: any) => [e.source, e.target].sort().join() === 'JPN,KOR').events,
    ).toBeGreaterThan(3);
  });

  it('describes every endpoint in an OpenAPI 3 document', async () => {
    const { body } = await getJson('/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/timeline',
      '/api/trend',
      '/api/events',
      '/api/linked-events',
      '/api/actors',
      '/api/network',
      '/api/places',
      '/api/search',
      '/api/articles',
      '/api/articles/{id}',
    ]) {
      expect(body.paths[path], path).toBeDefined();
    }
    expect(body.paths['/api/articles'].post.security).toEqual([{ bearer: [] }]);
    const limit = body.paths['/api/events'].get.parameters.find((p: any) => p.name === 'limit');
    expect(limit).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    });
  });
});

describe('validation errors', () => {
  it.each([
    ['/api/timeline', 'a: '],
    ['/api/timeline?a=KOR&from=June', 'from: write a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['/api/events?quad=5', 'quad classes are 1, 2, 3 or 4'],
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=abc', 'limit'],
    ['/api/events?colour=red', 'unknown parameter "colour": this endpoint takes a, b, from'],
    ['/api/stats?x=1', 'unknown parameter "x": this endpoint takes no parameters'],
    ['/api/trend?a=KOR&period=day', 'use week or month'],
    ['/api/actors', 'q: '],
  ])('%s is a 400 that says what to fix', async (path, message) => {
    const { status, body } = await getJson(path);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });

  it('sends injection strings through every filter and never fails or changes the store', async () => {
    const before = await store.counts();
    const filters = ['a', 'b', 'from', 'to', 'code', 'quad', 'modality', 'place', 'history', 'offset', 'limit'];
    for (const value of HOSTILE) {
      for (const path of [
        '/api/events',
        '/api/linked-events',
        '/api/timeline',
        '/api/places',
        '/api/network',
        '/api/trend',
      ]) {
        for (const f of filters) {
          const query = new URLSearchParams({ a: 'KOR', [f]: value });
          const res = await app.request(`${path}?${query}`);
          expect([200, 400], `${path}?${query}`).toContain(res.status);
        }
      }
      for (const path of ['/api/search?q=', '/api/actors?q=', '/api/articles/']) {
        const res = await app.request(`${path}${encodeURIComponent(value)}`);
        expect([200, 400, 404], `${path}${value}`).toContain(res.status);
      }
    }
    expect(errors).toEqual([]);
    expect(await store.counts()).toEqual(before);
  });
});

describe('security', () => {
  it('sends CSP without inline script, nosniff and no framing on pages and API answers', async () => {
    for (const path of ['/api/stats', '/openapi.json', '/nothing']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  const article = { published: '2025-07-01', text: 'South Korea and Japan held talks in Seoul on Monday.' };
  const post = (target: ReturnType<typeof createApp>, body: unknown, token?: string) =>
    target.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('is read-only without DYAD_TOKEN', async () => {
    const res = await post(app, article, 'anything');
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.message).toMatch(/read-only.*DYAD_TOKEN/);
    expect((await app.request('/api/recode', { method: 'POST' })).status).toBe(403);
  });

  it('needs the right token to write, and then stores the article', async () => {
    const { store: own } = await demoStore();
    try {
      const writable = createApp({ store: own, token: 's3cret-token', maxBodyBytes: 4096 });
      expect((await post(writable, article)).status).toBe(401);
      expect((await post(writable, article, 's3cret-token-but-longer')).status).toBe(401);
      expect((await post(writable, { ...article, published: 'July' }, 's3cret-token')).status).toBe(400);
      expect((await post(writable, '{not json', 's3cret-token')).status).toBe(400);
      expect((await post(writable, { ...article, text: 'x'.repeat(10_000) }, 's3cret-token')).status).toBe(413);
      const ok = await post(writable, { ...article, id: 'talks' }, 's3cret-token');
      expect(ok.status).toBe(201);
      expect(await ok.json()).toMatchObject({ id: 'talks', added: 1 });
      expect((await writable.request('/api/articles/talks')).status).toBe(200);
    } finally {
      await own.close();
    }
  }, 60_000);

  it('codes a posted article knowing the people earlier articles taught', async () => {
    const { store: own } = await demoStore();
    try {
      const writable = createApp({ store: own, token: 's3cret-token' });
      const teaches = {
        id: 'seoul-visit',
        published: '2025-07-03',
        text: 'Akihisa Nagashima, a special adviser to Japanese Prime Minister Shigeru Ishiba, arrived in Seoul on Thursday.',
      };
      const names = {
        id: 'beijing-talks',
        published: '2025-07-10',
        text: 'Akihisa Nagashima met Chinese Foreign Minister Wang Yi in Beijing on Monday.',
      };
      expect((await post(writable, teaches, 's3cret-token')).status).toBe(201);
      expect((await post(writable, names, 's3cret-token')).status).toBe(201);
      const events = await own.events({ dyad: ['JPN', 'CHN'] });
      expect(events.map((e) => [e.article, e.source.name, e.source.code])).toContainEqual([
        'beijing-talks',
        'Akihisa Nagashima',
        'JPNGOV',
      ]);
    } finally {
      await own.close();
    }
  }, 60_000);
});
