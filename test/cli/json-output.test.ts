import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The machine-readable output of the built CLI, run as a script would run it: stdout a pipe.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const BASE_ENV = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function dyad(args: readonly string[], env: Record<string, string | undefined> = {}): Run {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...BASE_ENV, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every line of stdout parsed as JSON: the contract is JSON Lines, with nothing else on stdout. */
function jsonLines(run: Run): Record<string, unknown>[] {
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).not.toContain('\x1b[');
  return run.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Exactly one JSON object on stdout. */
function jsonObject(run: Run): Record<string, unknown> {
  const lines = jsonLines(run);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

// Invented news: a meeting reported by two articles (one linked event), a plan, an accusation and a
// criticism, so lists, links and quad classes all have something to show.
const NEWS = [
  {
    id: 'n1',
    date: '2025-04-02',
    title: 'Talks in Nairobi',
    text: 'Kenya and Uganda held talks in Nairobi on Monday, and they will meet again next month.',
  },
  {
    id: 'n2',
    date: '2025-04-03',
    text: 'Ugandan and Kenyan officials held talks in Nairobi on Monday, officials said.',
  },
  {
    id: 'n3',
    date: '2025-05-14',
    text: 'Kenya accused Uganda on Tuesday of shelling border villages. Brazil criticized Argentina on Tuesday.',
  },
];

const dir = mkdtempSync(join(tmpdir(), 'dyad-json-'));
const db = join(dir, 'news.db');
const feed = join(dir, 'news.jsonl');
writeFileSync(feed, NEWS.map((n) => JSON.stringify(n)).join('\n') + '\n');

let first: Run;
let stats: Record<string, unknown>;
beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('build first: npm run build');
  first = dyad(['ingest', feed, '--db', db, '--json']);
  stats = jsonObject(dyad(['stats', '--db', db, '--json']));
}, 120_000);

describe('ingest --json and --quiet', () => {
  it('prints one summary object on stdout and no summary line on stderr', () => {
    expect(jsonObject(first)).toEqual({ added: 3, unchanged: 0, events: expect.any(Number), refused: 0, db });
    expect(first.stderr).toBe('');
  });

  it('says what was unchanged the second time, and counts refused inputs', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"x","date":"2025-04-0\n');
    const again = dyad(['ingest', feed, bad, '--db', db, '--json']);
    expect(jsonObject(again)).toMatchObject({ added: 0, unchanged: 3, events: 0, refused: 1 });
    expect(again.stderr).toContain(`${bad}:1`);
  });

  it('prints nothing at all with --quiet when every input is good', () => {
    const quiet = dyad(['ingest', feed, '--db', db, '--quiet']);
    expect(quiet).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('stats --json', () => {
  it('counts articles, mentions and linked events, two reports of one meeting linked once', () => {
    expect(Object.keys(stats).sort()).toEqual(['articles', 'eventMentions', 'linkedEvents']);
    expect(stats['articles']).toBe(3);
    expect(stats['linkedEvents']).toBeGreaterThan(0);
    expect(stats['linkedEvents']).toBeLessThan(stats['eventMentions'] as number);
  });
});

describe('events --json', () => {
  it('prints one event mention a line, following the output contract', () => {
    const events = jsonLines(dyad(['events', '--db', db, '--json']));
    expect(events).toHaveLength(stats['eventMentions'] as number);
    for (const e of events) {
      expect(e).toMatchObject({
        article: expect.stringMatching(/^n[123]$/),
        published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        source: { code: expect.any(String), country: expect.any(String), name: expect.any(String) },
        cameo: expect.stringMatching(/^\d{3,4}$/),
        quadClass: expect.any(Number),
        date: { value: expect.any(String), source: expect.stringMatching(/^(text|publication)$/) },
        evidence: { text: expect.any(String) },
      });
      expect(e).not.toHaveProperty('triggerSpan');
    }
    expect(dyad(['events', '--db', db, '--format', 'jsonl']).stdout).toBe(
      dyad(['events', '--db', db, '--json']).stdout,
    );
  });
});

describe('timeline --json', () => {
  it('prints linked events with every mention, the meeting reported twice as one event', () => {
    const events = jsonLines(dyad(['timeline', 'KEN', 'UGA', '--db', db, '--json']));
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const e of events) {
      expect(e).toMatchObject({
        id: expect.any(Number),
        cameo: expect.any(String),
        modality: expect.any(String),
        mutual: expect.any(Boolean),
        date: { value: expect.any(String), start: expect.any(String) },
        articles: expect.any(Number),
      });
      expect((e['mentions'] as unknown[]).length).toBeGreaterThanOrEqual(e['articles'] as number);
    }
    const talks = events.find((e) => (e['cameo'] as string).startsWith('04'));
    const articles = (talks?.['mentions'] as { article: string }[]).map((m) => m.article);
    expect(new Set(articles)).toEqual(new Set(['n1', 'n2']));
  });
});

describe('trend --json', () => {
  it('prints one point a period, the quad classes adding up to the events', () => {
    const points = jsonLines(dyad(['trend', 'KEN', 'UGA', '--db', db, '--json']));
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      expect(Object.keys(p).sort()).toEqual(['events', 'goldsteinMean', 'goldsteinSum', 'period', 'quadClass']);
      const quad = p['quadClass'] as number[];
      expect(quad).toHaveLength(4);
      expect(quad.reduce((a, b) => a + b, 0)).toBe(p['events']);
    }
  });
});

describe('panel --json', () => {
  it('prints one row a directed dyad and period, with quad-class and root counts', () => {
    const rows = jsonLines(dyad(['panel', '--db', db, '--json']));
    expect(rows.map((r) => `${r['source']}-${r['target']}`)).toEqual(expect.arrayContaining(['KEN-UGA', 'BRA-ARG']));
    for (const r of rows) {
      expect(r).toMatchObject({ period: expect.stringMatching(/^\d{4}-\d{2}$/), articles: expect.any(Number) });
      const quad = r['quadClass'] as number[];
      const roots = r['roots'] as number[];
      expect(roots).toHaveLength(20);
      expect(quad.reduce((a, b) => a + b, 0)).toBe(r['events']);
      expect(roots.reduce((a, b) => a + b, 0)).toBe(r['events']);
    }
    expect(dyad(['panel', '--db', db, '--format', 'jsonl']).stdout).toBe(dyad(['panel', '--db', db, '--json']).stdout);
  });
});

describe('recode --json', () => {
  it('prints one summary object that agrees with stats', () => {
    const run = dyad(['recode', '--db', db, '--json']);
    expect(jsonObject(run)).toEqual({
      articles: 3,
      events: stats['eventMentions'],
      linkedEvents: stats['linkedEvents'],
    });
    expect(run.stderr).toBe('');
  });
});

describe('colour and files', () => {
  it('colours the table only when asked, and never JSON', () => {
    const table = ['events', '--db', db];
    expect(dyad(table).stdout).not.toContain('\x1b[');
    expect(dyad(table, { FORCE_COLOR: '1' }).stdout).toContain('\x1b[');
    expect(dyad(table, { FORCE_COLOR: '0' }).stdout).not.toContain('\x1b[');
    expect(dyad([...table, '--json'], { FORCE_COLOR: '1' }).stdout).not.toContain('\x1b[');
  });

  it('writes --output to the file, says so on stderr, and leaves stdout empty', () => {
    const file = join(dir, 'events.csv');
    const run = dyad(['events', '--db', db, '--format', 'csv', '-o', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`dyad: wrote ${stats['eventMentions']} event mentions to ${file}\n`);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^article,published,date,source,target,cameo,/);
    expect(dyad(['panel', '--db', db, '-o', join(dir, 'panel.csv'), '--quiet']).stderr).toBe('');
  });
});
