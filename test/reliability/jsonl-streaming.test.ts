import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/read-inputs.js';
import { ROOT } from './cli.js';

const MB = 2 ** 20;

describe('JSON Lines files are streamed line by line', () => {
  it('reads a file larger than the per-article limit in memory far smaller than the file', () => {
    // Over the 20 MB limit for one article, which applies to each record and not to the file.
    const size = 48 * MB;
    expect(size).toBeGreaterThan(DEFAULT_MAX_BYTES);
    const dir = mkdtempSync(join(tmpdir(), 'dyad-stream-'));
    const file = join(dir, 'dump.jsonl');
    const paragraph = 'Seoul and Tokyo held talks on trade and security on Friday, officials said. '.repeat(25);
    const line = (i: number) => JSON.stringify({ id: `a${i}`, date: '2025-07-04', text: `Report ${i}. ${paragraph}` });
    const lines: string[] = [];
    for (let i = 0, bytes = 0; bytes < size; i++) {
      lines.push(line(i));
      bytes += lines.at(-1)!.length + 1;
    }
    writeFileSync(file, lines.join('\n') + '\n');

    // In a process of its own, so that its peak memory is the reading's alone.
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/reliability/jsonl-memory.ts'), '0', file],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout) as { articles: number; issues: number; baselineRss: number; maxRss: number };
    expect(figures).toMatchObject({ articles: lines.length, issues: 0 });
    // A whole-file read would need the file's bytes and its string at least (about 3× 48 MB).
    expect(figures.maxRss - figures.baselineRss).toBeLessThan(40 * MB);
    rmSync(dir, { recursive: true });
  }, 60_000);
});
