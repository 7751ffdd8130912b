import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_COLUMNS } from '../../src/export/panel.js';
import type { Store } from '../../src/store/store.js';
import { ROOT, demoStore } from '../server/demo-store.js';

// Parquet written by the CLI, read back by an independent reader (hyparquet) and compared with the JSON
// Lines the same command prints.
const ENTRY = join(ROOT, 'test/export/surfaces-entry.ts');
const dyad = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

async function readParquet(file: string) {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const rows = (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[];
  const types = Object.fromEntries(
    parquetSchema(metadata).children.map((c) => [c.element.name, [c.element.type, c.element.repetition_type]]),
  );
  return { rows, types };
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-parquet-'));
let store: Store;
let file: string;
beforeAll(async () => {
  ({ store, file } = await demoStore());
}, 120_000);
afterAll(() => store.close());

describe('dyad events --format parquet', () => {
  it('writes the event mentions --json prints, typed, with nulls for what is missing', async () => {
    const out = join(dir, 'events.parquet');
    const run = dyad('events', '--db', file, '--dyad', 'KOR-JPN', '--format', 'parquet', '-o', out);
    expect(run.status, run.stderr).toBe(0);
    const json = jsonLines(dyad('events', '--db', file, '--dyad', 'KOR-JPN', '--json').stdout);
    const { rows, types } = await readParquet(out);
    expect(rows).toHaveLength(json.length);
    expect(json.length).toBeGreaterThan(5);
    rows.forEach((row, i) => {
      const e = json[i] as {
        article: string;
        date: { value: string };
        source: { code: string };
        target: { code: string } | null;
        cameo: string;
        goldstein: number;
        quadClass: number;
        history: boolean;
        place: { name: string; country: string } | null;
        evidence: { text: string };
        sentence: number;
      };
      expect(row).toMatchObject({
        article: e.article,
        date: e.date.value,
        source: e.source.code,
        target: e.target?.code ?? null,
        cameo: e.cameo,
        goldstein: e.goldstein,
        quadClass: e.quadClass,
        history: e.history,
        place: e.place?.country ?? null,
        placeName: e.place?.name ?? null,
        evidence: e.evidence.text,
        sentence: e.sentence,
      });
    });
    expect(types['goldstein']).toEqual(['DOUBLE', 'REQUIRED']);
    expect(types['quadClass']).toEqual(['INT32', 'REQUIRED']);
    expect(types['history']).toEqual(['BOOLEAN', 'REQUIRED']);
    expect(types['placeName']).toEqual(['BYTE_ARRAY', 'OPTIONAL']);
  });
});

describe('dyad panel --format parquet', () => {
  it('writes the rows --json prints, one column per CSV column', async () => {
    const out = join(dir, 'panel.parquet');
    const run = dyad('panel', '--db', file, '--by', 'year', '--format', 'parquet', '-o', out, '--quiet');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const json = jsonLines(dyad('panel', '--db', file, '--by', 'year', '--json').stdout);
    const { rows, types } = await readParquet(out);
    expect(Object.keys(types)).toEqual(PANEL_COLUMNS);
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      const r = json[i] as { source: string; period: string; events: number; goldsteinSum: number; roots: number[] };
      expect(row).toMatchObject({
        source: r.source,
        period: r.period,
        events: r.events,
        goldstein_sum: r.goldsteinSum,
      });
      expect(PANEL_COLUMNS.filter((c) => c.startsWith('root')).map((c) => row[c])).toEqual(r.roots);
    });
    expect(types['events']).toEqual(['INT32', 'REQUIRED']);
    expect(types['goldstein_mean']).toEqual(['DOUBLE', 'REQUIRED']);
  });

  it('writes a valid empty file when nothing matches', async () => {
    const out = join(dir, 'empty.parquet');
    const run = dyad('panel', '--db', file, '--from', '1800', '--to', '1800', '--format', 'parquet', '-o', out);
    expect(run.status, run.stderr).toBe(0);
    expect((await readParquet(out)).rows).toEqual([]);
  });
});
