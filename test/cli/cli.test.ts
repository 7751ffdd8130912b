import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// These tests run the built CLI as a user would, on real files in a temporary folder.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const EXAMPLES = join(ROOT, 'examples');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function dyad(...args: string[]): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (out: string) => out.split('\n').filter((l) => l.trim() !== '');
const jsonLines = (out: string) => lines(out).map((l) => JSON.parse(l) as Record<string, unknown>);

function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

// Invented articles, so that nothing here depends on the sample corpus.
const TALKS =
  'Kenya and Uganda held talks in Nairobi last week, and they will meet again next month. ' +
  'Brazil criticized Argentina on Tuesday.';
const FEED = [
  { id: 'f1', date: '2025-04-02', text: 'Italy met Spain in Madrid on Monday.' },
  { id: 'f2', date: '2025-04-03', text: 'Egypt condemned Israel.' },
];

beforeAll(() => {
  if (existsSync(MAIN)) return;
  const built = spawnSync('npm run build', { cwd: ROOT, encoding: 'utf8', shell: true });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
}, 180_000);

describe('dyad extract', () => {
  const dir = tempDir({ 'talks.txt': ` date 2025-03-12 ${TALKS}\n` });
  const file = join(dir, 'talks.txt');
  let run: Run;
  beforeAll(() => {
    run = dyad('extract', file);
  }, 60_000);

  it('prints one event per line following the output contract', () => {
    expect(run.status).toBe(0);
    const events = jsonLines(run.stdout);
    expect(events.length).toBeGreaterThanOrEqual(4);
    for (const e of events) {
      expect(e).toMatchObject({
        article: 'talks',
        published: '2025-03-12',
        source: { name: expect.any(String), code: expect.any(String), country: expect.any(String) },
        cameo: expect.stringMatching(/^\d{3,4}$/),
        plover: expect.any(String),
        goldstein: expect.any(Number),
        quadClass: expect.any(Number),
        modality: expect.stringMatching(/^(asserted|intended|planned|negated|hypothetical)$/),
        date: {
          value: expect.any(String),
          granularity: expect.any(String),
          source: expect.stringMatching(/^(text|publication)$/),
        },
        evidence: { text: expect.any(String), start: expect.any(Number), end: expect.any(Number) },
        trigger: expect.any(String),
        rule: expect.any(String),
        confidence: expect.any(Number),
      });
      expect(e).toHaveProperty('target');
      expect(e).toHaveProperty('place');
      expect(e).toHaveProperty('date.text');
      const evidence = e['evidence'] as { text: string; start: number; end: number };
      expect(TALKS.slice(evidence.start, evidence.end)).toBe(evidence.text);
      expect(evidence.text).toContain(e['trigger'] as string);
    }
  });

  it('codes the events of the article with their own dates and place', () => {
    const events = jsonLines(run.stdout) as unknown as {
      source: { country: string };
      target: { country: string } | null;
      cameo: string;
      modality: string;
      date: { value: string };
      place: { name: string } | null;
    }[];
    const rows = events.map((e) => [e.source.country, e.target?.country ?? null, e.cameo, e.modality, e.date.value]);
    expect(rows).toContainEqual(['KEN', 'UGA', '046', 'asserted', '2025-W10']);
    expect(rows).toContainEqual(['UGA', 'KEN', '036', 'planned', '2025-04']);
    expect(rows).toContainEqual(['BRA', 'ARG', '111', 'asserted', '2025-03-11']);
    expect(events.find((e) => e.date.value === '2025-W10')?.place?.name).toBe('Nairobi');
  });

  it('prints time expressions with --what timex', () => {
    const run = dyad('extract', file, '--what', 'timex');
    expect(run.status).toBe(0);
    const timexes = jsonLines(run.stdout);
    expect(timexes.map((t) => [t['text'], t['type'], t['value']])).toEqual([
      ['last week', 'DATE', '2025-W10'],
      ['next month', 'DATE', '2025-04'],
      ['Tuesday', 'DATE', '2025-03-11'],
    ]);
    for (const t of timexes) {
      expect(t['article']).toBe('talks');
      expect(TALKS.slice(t['start'] as number, t['end'] as number)).toBe(t['text']);
    }
  });

  it('prints actor mentions with --what actors', () => {
    const run = dyad('extract', file, '--what', 'actors');
    expect(run.status).toBe(0);
    const actors = jsonLines(run.stdout);
    expect(actors.map((a) => [a['text'], a['code'], a['country'], a['name']])).toEqual(
      expect.arrayContaining([
        ['Kenya', 'KEN', 'KEN', 'Kenya'],
        ['Uganda', 'UGA', 'UGA', 'Uganda'],
        ['Brazil', 'BRA', 'BRA', 'Brazil'],
        ['Argentina', 'ARG', 'ARG', 'Argentina'],
      ]),
    );
    for (const a of actors) expect(TALKS.slice(a['start'] as number, a['end'] as number)).toBe(a['text']);
  });

  it('stops quietly when the reader of its output goes away (`| head -1`)', () => {
    const r = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `"${process.execPath}" "${MAIN}" extract "${EXAMPLES}" | head -1`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it('refuses an unknown --what', () => {
    const run = dyad('extract', file, '--what', 'weather');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--what');
  });
});

describe('dyad ingest, events and timeline on the sample corpus', () => {
  const db = join(tempDir(), 'examples.db');
  let first: Run;
  let second: Run;
  beforeAll(() => {
    first = dyad('ingest', EXAMPLES, '--db', db);
    second = dyad('ingest', EXAMPLES, '--db', db);
  }, 120_000);

  it('adds the articles once, and nothing the second time', () => {
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/dyad: [1-9]\d* articles added, 0 unchanged, [1-9]\d* events stored/);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/dyad: 0 articles added, [1-9]\d* unchanged, 0 events stored/);
    const added = /(\d+) articles added/.exec(first.stderr)?.[1];
    expect(second.stderr).toContain(`${added} unchanged`);
  });

  it('stores the same events when extraction runs on worker threads (--threads 2)', () => {
    const threaded = join(tempDir(), 'threaded.db');
    const run = dyad('ingest', EXAMPLES, '--db', threaded, '--threads', '2', '--json');
    expect(run.status).toBe(0);
    const rows = (file: string) =>
      jsonLines(dyad('events', '--format', 'jsonl', '--db', file).stdout).map((e) =>
        JSON.stringify([e['article'], e['sentence'], e['cameo'], e['source'], e['target'], e['date']]),
      );
    const threadedRows = rows(threaded);
    expect(threadedRows.length).toBeGreaterThan(20);
    expect(threadedRows.sort()).toEqual(rows(db).sort());
  });

  it("lists the dyad's events as JSON Lines, in either direction", () => {
    const run = dyad('events', '--dyad', 'KOR-JPN', '--format', 'jsonl', '--db', db);
    expect(run.status).toBe(0);
    type Dyad = { source: { country: string }; target: { country: string } };
    const events = jsonLines(run.stdout) as unknown as Dyad[];
    expect(events.length).toBeGreaterThan(5);
    for (const e of events) expect([e.source.country, e.target.country].sort()).toEqual(['JPN', 'KOR']);
  });

  it('lists the same events as CSV with a header, and as a table', () => {
    const jsonl = jsonLines(dyad('events', '--dyad', 'KOR-JPN', '--format', 'jsonl', '--db', db).stdout);
    expect(jsonl.length).toBeGreaterThan(0);
    const csv = lines(dyad('events', '--dyad', 'KOR-JPN', '--format', 'csv', '--db', db).stdout);
    const header = csv[0]?.split(',').slice(0, 6);
    expect(header).toEqual(['article', 'published', 'date', 'source', 'target', 'cameo']);
    expect(csv.filter((l) => /^[^,]+,\d{4}-\d{2}-\d{2},/.test(l))).toHaveLength(jsonl.length);
    const table = lines(dyad('events', '--dyad', 'KOR-JPN', '--format', 'table', '--db', db).stdout);
    expect(table).toHaveLength(jsonl.length);
    for (const row of table) expect(row).toMatch(/^\d{4}(-\S+)?\s+(KOR|JPN)\S* → (KOR|JPN)\S*\s+\d{3,4}\s/);
  });

  it('refuses a malformed --dyad and an unknown --format', () => {
    expect(dyad('events', '--dyad', 'KOR', '--db', db).status).not.toBe(0);
    expect(dyad('events', '--dyad', 'KOR-JPN', '--format', 'xml', '--db', db).status).not.toBe(0);
  });

  it('prints a timeline with the 1965 treaty on its day and the G7 meeting in its month', () => {
    const run = dyad('timeline', 'KOR', 'JPN', '--db', db);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1965-06-22\s+(JPN|KOR)\S* ⇄ (JPN|KOR)\S*\s+057\b.*\[.*history.*\]$/m);
    expect(run.stdout).toMatch(/^2025-06\s+(KOR|JPN)\S* ⇄ (KOR|JPN)\S*\s+04[04]\b.*Canada/m);
    const dates = lines(run.stdout)
      .map((l) => /^(\d{4}(?:-\d{2}){0,2})\s/.exec(l)?.[1])
      .filter((d): d is string => d !== undefined);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('bad input', () => {
  const dir = tempDir({
    'a-good.txt': ` date 2025-03-12 ${TALKS}`,
    'empty.txt': '',
    'no-date.txt': 'Kenya met Uganda in Nairobi.',
    'feed.jsonl': [JSON.stringify(FEED[0]), '{"id":"f9","date":"2025-04-0', JSON.stringify(FEED[1])].join('\n'),
    'scan.dat': new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 1, 2, 0, 0, 0, 0x62, 0]),
  });
  const db = join(dir, 'store.db');
  let run: Run;
  beforeAll(() => {
    run = dyad('ingest', dir, '--db', db);
  }, 60_000);

  it('names each bad file, and the line of a broken JSON Lines record, on stderr', () => {
    expect(run.stderr).toContain(join(dir, 'empty.txt'));
    expect(run.stderr).toContain(join(dir, 'no-date.txt'));
    expect(run.stderr).toContain(join(dir, 'scan.dat'));
    expect(run.stderr).toContain(`${join(dir, 'feed.jsonl')}:2`);
    expect(run.stderr).not.toContain(`${join(dir, 'feed.jsonl')}:1`);
    expect(run.stderr).not.toContain(`${join(dir, 'feed.jsonl')}:3`);
    expect(run.stderr).not.toContain(join(dir, 'a-good.txt'));
  });

  it('still ingests the good files and lines, and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/3 articles added/);
    const stored = jsonLines(dyad('events', '--format', 'jsonl', '--db', db).stdout);
    expect(new Set(stored.map((e) => e['article']))).toEqual(new Set(['a-good', 'f1', 'f2']));
  });

  it('exits non-zero when nothing could be ingested', () => {
    const bad = tempDir({ 'empty.txt': '', 'no-date.txt': 'Kenya met Uganda.' });
    const refused = dyad('ingest', bad, '--db', join(bad, 'store.db'));
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(join(bad, 'empty.txt'));
    expect(refused.stderr).toContain(join(bad, 'no-date.txt'));
  });

  it('does the same for extract: good files print, bad ones are named, the exit code tells', () => {
    const mixed = dyad('extract', join(dir, 'feed.jsonl'), join(dir, 'empty.txt'));
    expect(mixed.status).toBe(0);
    expect(new Set(jsonLines(mixed.stdout).map((e) => e['article']))).toEqual(new Set(['f1', 'f2']));
    expect(mixed.stderr).toContain(`${join(dir, 'feed.jsonl')}:2`);
    expect(mixed.stderr).toContain(join(dir, 'empty.txt'));
    const refused = dyad('extract', join(dir, 'empty.txt'), join(dir, 'scan.dat'));
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toBe('');
  });
});
