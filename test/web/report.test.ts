import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyadReport } from '../../src/report/dyad-report.js';
import type { Store } from '../../src/store/store.js';
import { demoStore } from '../server/demo-store.js';
import { HAS_CHROMIUM, SCREENSHOTS, launchChromium } from './chromium.js';

let store: Store;
beforeAll(async () => {
  ({ store } = await demoStore());
}, 120_000);
afterAll(() => store.close());

describe('dyad report', () => {
  it('is one HTML file with the chart inline, no script and nothing fetched', async () => {
    const html = await dyadReport(store, 'KOR', 'JPN', { plans: true, now: new Date('2025-08-01') });
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|src=|href="http|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<mark>');
    expect(html).toContain('South Korea (KOR) – Japan (JPN)');
  });

  it.skipIf(!HAS_CHROMIUM)('opens in Chromium with the network off and shows the chart', async () => {
    const html = await dyadReport(store, 'KOR', 'JPN', { plans: true });
    const file = join(mkdtempSync(join(tmpdir(), 'dyad-report-')), 'report.html');
    writeFileSync(file, html);
    const browser = await launchChromium({ offline: true });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      const box = await page.locator('svg').first().boundingBox();
      expect(box?.height).toBeGreaterThan(100);
      expect(await page.locator('svg rect').count()).toBeGreaterThan(3);
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(5);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'report.png') });
      expect(readFileSync(file, 'utf8')).toBe(html);
    } finally {
      await browser.close();
    }
  });
});
