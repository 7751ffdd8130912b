import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The store commands run as a user runs them, as processes, on the two seed articles.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(ROOT, 'test/store/cli-entry.ts');
const dyad = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('dyad timeline --json, stats, recode and trend', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dyad-commands-')), 'seeds.db');
  beforeAll(() => {
    expect(dyad('ingest', join(ROOT, 'examples/seeds'), '--db', db, '--quiet').status).toBe(0);
  }, 120_000);

  it('prints linked events as JSON Lines: the G7 meeting once, with both articles', () => {
    const run = dyad('timeline', 'KOR', 'JPN', '--json', '--db', db);
    expect(run.status).toBe(0);
    type Line = {
      id: number;
      cameo: string;
      date: { value: string };
      articles: number;
      place: { country: string } | null;
      mentions: { article: string; evidence: string }[];
    };
    const lines = jsonLines(run.stdout) as unknown as Line[];
    for (const l of lines)
      expect(Object.keys(l)).toEqual(
        expect.arrayContaining(['id', 'cameo', 'source', 'target', 'date', 'articles', 'mentions']),
      );
    const g7 = lines.filter((l) => l.cameo === '044' && l.place?.country === 'CAN');
    expect(g7).toHaveLength(1);
    expect(g7[0]).toMatchObject({ date: { value: '2025-06' }, articles: 2 });
    expect(new Set(g7[0]!.mentions.map((m) => m.article)).size).toBe(2);
    expect(lines.filter((l) => l.cameo === '057').map((l) => l.date.value)).toEqual(['1965-06-22']);
  });

  it('prints the newest page by default, in date order, and pages back with --offset; --all streams every event', () => {
    const ids = (...args: string[]) => {
      const run = dyad('timeline', 'KOR', 'JPN', '--json', '--db', db, ...args);
      expect(run.status).toBe(0);
      return jsonLines(run.stdout).map((l) => l['id'] as number);
    };
    const all = ids('--all');
    expect(all.length).toBeGreaterThan(6);
    expect(ids('--limit', '3')).toEqual(all.slice(-3));
    expect(ids('--limit', '3', '--offset', '3', '--newest-first')).toEqual(all.slice(-6, -3).reverse());
    expect(ids()).toEqual(all.slice(-100));
    const text = dyad('timeline', 'KOR', 'JPN', '--limit', '3', '--db', db);
    expect(text.stdout).toMatch(/^KOR–JPN timeline: the newest 3 events from \d+ articles?; older events: --offset 3/);
    const refused = dyad('timeline', 'KOR', 'JPN', '--all', '--limit', '3', '--db', db);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/--all prints every event/);
  }, 180_000);

  it('counts articles, event mentions and linked events, and keeps them through a recode', () => {
    const before = JSON.parse(dyad('stats', '--json', '--db', db).stdout) as Record<string, number>;
    expect(Object.keys(before)).toEqual(['articles', 'eventMentions', 'linkedEvents']);
    expect(before['articles']).toBe(2);
    expect(before['linkedEvents']).toBeLessThan(before['eventMentions']!);
    const recode = dyad('recode', '--db', db);
    expect(recode.status).toBe(0);
    expect(recode.stderr).toMatch(/2 articles re-coded/);
    expect(JSON.parse(dyad('stats', '--json', '--db', db).stdout)).toEqual(before);
  });

  it('prints a monthly trend of what happened, history and plans left out', () => {
    const points = jsonLines(dyad('trend', 'KOR', 'JPN', '--json', '--db', db).stdout);
    expect(points.map((p) => p['period'])).toEqual(['2025-06', '2025-07']);
    const withHistory = jsonLines(dyad('trend', 'KOR', 'JPN', '--json', '--history', '--db', db).stdout);
    expect(withHistory[0]?.['period']).toBe('1965-06');
  });
});
