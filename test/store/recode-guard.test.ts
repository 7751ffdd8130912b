import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreBusyError } from '../../src/store/store-errors.js';
import { DIALECTS, freshLocation, rawQuery, storeKeeper } from './dialects.js';
import { extraction, tempDbFile } from './make-extraction.js';

const CHILD = join(import.meta.dirname, 'ingest-child.ts');
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

// A recode deletes every derived row, then codes the stored articles page by page: an article another
// process stores meanwhile must be coded once, not by its ingest and again by the recode's later pages.
describe.each(DIALECTS)('a recode while another process ingests (%s)', (engine) => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  it('keeps the ingest out until the recode ends: every article coded exactly once', async () => {
    const location = await freshLocation(engine);
    const store = await keeper.open(engine, location);
    await store.ingest(Array.from({ length: 6 }, (_, k) => extraction({ id: `early-${k}` }, [{}])));
    const output = join(tempDbFile(), '..', 'child.out');
    let child: Promise<number> | undefined;
    const report = await store.recode(
      (article) => {
        if (child === undefined) {
          const fd = openSync(output, 'w');
          const process_ = spawn(process.execPath, ['--import', 'tsx', CHILD, engine, location, '3'], {
            stdio: ['ignore', fd, 'inherit'],
          });
          closeSync(fd);
          child = new Promise((resolve) => process_.on('exit', (code) => resolve(code ?? -1)));
          // Hold this page until the other process has stored its batch, or has waited 2 s to: a store
          // without the guard would take it now, and code it again on a later page.
          const printed = () => (existsSync(output) ? readFileSync(output, 'utf8') : '');
          const deadline = Date.now() + 60_000;
          while (!printed().includes('begin') && Date.now() < deadline) pause(50);
          const waitFrom = Date.now();
          while (!printed().includes('stored') && Date.now() - waitFrom < 2000) pause(50);
          expect(printed()).not.toContain('stored');
        }
        return extraction(article, [{ rule: `recoded/${article.id}` }]);
      },
      { batchSize: 2 },
    );
    expect(report.articles).toBe(6);
    expect(await child).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('stored');
    const perArticle = (await rawQuery(
      engine,
      location,
      'SELECT a.article_key AS article, count(e.id) AS events FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.article_key ORDER BY a.article_key',
    )) as { article: string; events: number | string }[];
    expect(perArticle.map((r) => [r.article, Number(r.events)])).toEqual([
      ...Array.from({ length: 6 }, (_, k) => [`early-${k}`, 1]),
      ...Array.from({ length: 3 }, (_, k) => [`late-${k}`, 1]),
    ]);
  }, 90_000);
});

describe.runIf(DIALECTS.includes('sqlite'))('the recode lock file of a SQLite store', () => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  it('refuses a second recode while a live process holds the file, and ignores a dead one', async () => {
    const file = tempDbFile();
    const store = await keeper.open('sqlite', file);
    await store.ingest([extraction({ id: 'a' }, [{}])]);
    const recode = () => store.recode((article) => extraction(article, [{}]));
    // PID 1 is always alive; the file names it as recoding on this host.
    writeFileSync(
      `${file}-recode`,
      JSON.stringify({ pid: 1, host: (await import('node:os')).hostname(), started: 'x' }),
    );
    await expect(recode()).rejects.toThrow(StoreBusyError);
    await expect(recode()).rejects.toThrow(/being re-coded by process 1/);
    // A process that has exited left the file behind: an ingest and a recode go ahead, and the file goes.
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(
      `${file}-recode`,
      JSON.stringify({ pid: dead.pid, host: (await import('node:os')).hostname(), started: 'x' }),
    );
    expect((await store.ingest([extraction({ id: 'b' }, [{}])])).added).toBe(1);
    expect((await recode()).articles).toBe(2);
    expect(existsSync(`${file}-recode`)).toBe(false);
  });
});
