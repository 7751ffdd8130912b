import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeader, csvRow } from '../../src/cli/output.js';
import { type Column, eventColumns, panelColumns } from '../../src/export/columns.js';
import { DYAD_COLUMNS, GDELT_COLUMNS } from '../../src/export/gdelt.js';
import { PANEL_COLUMNS, dyadPanel, panelCsv } from '../../src/export/panel.js';
import { dyadTrend } from '../../src/query/trend.js';
import type { Store } from '../../src/store/store.js';
import { ROOT, demoStore } from '../server/demo-store.js';

const ENTRY = join(ROOT, 'test/export/surfaces-entry.ts');
const dyad = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

let store: Store;
let file: string;
beforeAll(async () => {
  ({ store, file } = await demoStore());
}, 120_000);
afterAll(() => store.close());

describe('dyad events --format gdelt', () => {
  it('writes the GDELT 2.0 event columns in their order, then ours, and reads back by name', () => {
    const run = dyad('events', '--db', file, '--dyad', 'KOR-JPN', '--format', 'gdelt');
    expect(run.status, run.stderr).toBe(0);
    const reference = readFileSync(join(ROOT, '../shared/reference/GDELT_2.0_event_columns.txt'), 'utf8')
      .split('\n')
      .flatMap((line) => /^\d+ (\w+)/.exec(line)?.[1] ?? []);
    expect(GDELT_COLUMNS).toEqual(reference);
    const [header = '', ...lines] = run.stdout.trimEnd().split('\n');
    const names = header.split('\t');
    expect(names).toEqual([...GDELT_COLUMNS, ...DYAD_COLUMNS]);
    const records = lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [names[i], v])));
    expect(lines.every((l) => l.split('\t').length === names.length)).toBe(true);
    const g7 = records.find((r) => r['EventRootCode'] === '04' && r['ActionGeo_FullName'] === 'Canada');
    expect(g7).toMatchObject({
      SQLDATE: '20250601',
      MonthYear: '202506',
      Year: '2025',
      NumArticles: '2',
      Actor1CountryCode: expect.stringMatching(/KOR|JPN/),
      dyad_DateValue: '2025-06',
    });
    expect(Number(g7!['GoldsteinScale'])).toBeGreaterThan(0);
  });
});

describe('dyad panel', () => {
  it('counts the G7 meeting of June 2025 once for KOR–JPN, not once per article', async () => {
    const rows = await dyadPanel(store, { by: 'month', dyads: [['KOR', 'JPN']] });
    const june = rows.filter((r) => r.period === '2025-06');
    const linked = await store.linkedEvents({
      dyad: ['KOR', 'JPN'],
      from: '2025-06',
      to: '2025-06',
      modality: ['asserted'],
      history: false,
    });
    const g7 = linked.find((e) => e.cameo.startsWith('04') && e.place?.country === 'CAN');
    expect(g7?.articles).toBe(2);
    // One event, mutual: it appears once in each direction, and the pair's total counts it once.
    const total = june.reduce((n, r) => n + r.events, 0) - june.reduce((n, r) => n + r.mutual, 0) / 2;
    expect(total).toBe(linked.length);
  });

  it.each(['week', 'month'] as const)('gives the numbers of the trend chart per %s', async (by) => {
    for (const plans of [false, true]) {
      const trend = await dyadTrend(store, 'KOR', 'JPN', { period: by, plans });
      const undirected = await dyadPanel(store, { by, dyads: [['KOR', 'JPN']], plans, undirected: true });
      expect(
        undirected.map((r) => ({
          period: r.period,
          events: r.events,
          goldsteinSum: r.goldsteinSum,
          goldsteinMean: r.goldsteinMean,
          quadClass: r.quadClass,
        })),
      ).toEqual(trend);
      // Directed rows hold a mutual event in both directions.
      const directed = await dyadPanel(store, { by, dyads: [['KOR', 'JPN']], plans });
      const total = directed.reduce((n, r) => n + r.events - r.mutual / 2, 0);
      expect(total).toBe(trend.reduce((n, p) => n + p.events, 0));
    }
  });

  it('writes CSV with quad-class and root columns from the CLI', () => {
    const run = dyad('panel', '--db', file, '--by', 'year', '--dyads', 'KOR-JPN');
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(
      /^source,target,period,events,mutual,goldstein_sum,goldstein_mean,quad1_verbal_coop,.*root01,.*root20,articles$/,
    );
    expect(rows.some((r) => r.startsWith('KOR,JPN,2025,'))).toBe(true);
    expect(dyad('panel', '--db', file, '--by', 'day').status).not.toBe(0);
  });
});

/** A typed table's values as the CSV writes them: null as an empty cell. */
const asCsv = (c: Column, i: number): string => {
  const v = c.data[i];
  return v === null || v === undefined ? '' : String(v);
};

describe('typed columns (the tables behind columnar exports)', () => {
  it('hold the event mentions the CSV holds, under its names, typed, with nulls for what is missing', async () => {
    const events = await store.events({ dyad: ['KOR', 'JPN'], order: 'date-asc' });
    const table = eventColumns(events);
    for (const c of table) expect(c.data, c.name).toHaveLength(events.length);
    const csvNames = csvHeader().split(',');
    expect(table.slice(0, csvNames.length).map((c) => c.name)).toEqual(csvNames);
    // Cells without commas or quotes read back the same from both.
    events.forEach((e, i) => {
      const cells = csvRow(e).split(',');
      for (const name of ['article', 'date', 'source', 'target', 'cameo', 'goldstein', 'quadClass', 'history', 'place'])
        expect(
          asCsv(
            table.find((c) => c.name === name)!,
            i,
          ),
        ).toBe(cells[csvNames.indexOf(name)]);
    });
    const type = (name: string) => table.find((c) => c.name === name)?.type;
    expect([type('goldstein'), type('quadClass'), type('history'), type('lat')]).toEqual([
      'DOUBLE',
      'INT32',
      'BOOLEAN',
      'DOUBLE',
    ]);
    const target = table.find((c) => c.name === 'target')!;
    expect(target.data.every((v) => v === null || typeof v === 'string')).toBe(true);
    expect(table.find((c) => c.name === 'placeName')!.data).toContain(null);
  });

  it('hold the panel rows the CSV holds, under its names', async () => {
    const rows = await dyadPanel(store, { by: 'month' });
    const table = panelColumns(rows);
    expect(table.map((c) => c.name)).toEqual(PANEL_COLUMNS);
    const [, ...lines] = panelCsv(rows).trimEnd().split('\n');
    lines.forEach((line, i) => expect(table.map((c) => asCsv(c, i)).join(',')).toBe(line));
    expect(table.filter((c) => c.type === 'STRING').map((c) => c.name)).toEqual(['source', 'target', 'period']);
    expect(table.filter((c) => c.type === 'DOUBLE').map((c) => c.name)).toEqual(['goldstein_sum', 'goldstein_mean']);
  });
});
