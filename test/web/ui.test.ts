import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/start-server.js';
import { loadWebAssets } from '../../src/server/web-assets.js';
import type { Store } from '../../src/store/store.js';
import { ROOT, demoStore } from '../server/demo-store.js';
import { HAS_CHROMIUM, SCREENSHOTS, ensureBuilt, launchChromium } from './chromium.js';

const TOKEN = 'ui-test-token';
// An article that tries to run code in the page two ways; its events put it on the KOR–JPN timeline.
const HOSTILE_TEXT =
  'South Korea and Japan held talks in Seoul on Monday about <script>window.__pwned = "script"</script> ' +
  'and <img src=x onerror="window.__pwned = \'img\'"> in the capital.';

describe.skipIf(!HAS_CHROMIUM)('the web UI in headless Chromium', () => {
  let store: Store;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ store } = await demoStore());
    const web = loadWebAssets(join(ROOT, 'dist/web'));
    server = await startServer(createApp({ store, token: TOKEN, web }), { port: 0 });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function open(query: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('body[data-ready]');
    return page;
  }

  it('shows the KOR–JPN trend, timeline and map of the demo store', async () => {
    const page = await open('?a=KOR&b=JPN&plans=true');
    expect(await page.locator('#trend svg').count()).toBeGreaterThan(0);
    const dates = await page.locator('.timeline li.event time').allTextContents();
    expect(dates.filter((d) => d.startsWith('2025-06')).length).toBeGreaterThan(1);
    expect(await page.locator('.world-map .place').count()).toBeGreaterThan(0);
    expect(await page.locator('.network .node.hub').count()).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'kor-jpn.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('picks actors by type-ahead and keeps the state in the URL', async () => {
    const page = await open('');
    await page.locator('input[aria-label="Actor"]').fill('Korea');
    await page.locator('.suggestions li', { hasText: 'KOR' }).first().dispatchEvent('mousedown');
    await page.locator('input[aria-label="and (optional)"]').fill('jpn');
    await page.locator('.suggestions li', { hasText: 'JPN' }).first().dispatchEvent('mousedown');
    await page.waitForFunction("location.search.includes('b=JPN')");
    expect(new URL(page.url()).searchParams.get('a')).toBe('KOR');
    await page.locator('.timeline li.event').first().waitFor();
    await page.close();
  });

  it('opens a clicked event in its article with the sentence and trigger highlighted', async () => {
    const page = await open('?a=KOR&b=JPN&from=2025-06&to=2025-06');
    const g7 = page.locator('.timeline li.event', { hasText: 'in Canada' }).first();
    await g7.click();
    const evidence = page.locator('.drawer mark.evidence');
    await evidence.first().waitFor();
    const trigger = (await page.locator('.drawer mark.trigger').textContent()) ?? '';
    expect(trigger.length).toBeGreaterThan(1);
    expect(await page.locator('.drawer .others li').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('event')).toMatch(/^\d+$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'event-article.png') });
    // The URL alone reopens the same article: shareable.
    const again = await open(new URL(page.url()).search);
    expect(await again.locator('.drawer mark.trigger').textContent()).toBe(trigger);
    expect(problems).toEqual([]);
    await page.close();
    await again.close();
  });

  it('renders an article holding <script> and <img onerror> as text, running nothing', async () => {
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        id: 'hostile',
        published: '2025-08-05',
        title: '<img src=x onerror="window.__pwned=1">',
        text: HOSTILE_TEXT,
      }),
    });
    expect(res.status).toBe(201);
    const page = await open('?a=KOR&b=JPN&from=2025-08&to=2025-08');
    await page.locator('.timeline li.event').first().click();
    await page.locator('.drawer mark.evidence').first().waitFor();
    const text = (await page.locator('.drawer .article-text').textContent()) ?? '';
    expect(text).toContain('<script>window.__pwned = "script"</script>');
    expect(await page.locator('.drawer h2').textContent()).toContain('<img');
    expect(await page.locator('.drawer img, .drawer script').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-article.png') });
    await page.close();
  });
});
