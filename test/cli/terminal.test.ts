import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';
import { quadColor, stylesFor, wantsColor } from '../../src/cli/terminal.js';

const TTY = { isTTY: true };
const PIPE = { isTTY: false };

describe('wantsColor', () => {
  it('colours a terminal and never a pipe, unless the environment says otherwise', () => {
    expect(wantsColor(TTY, {})).toBe(true);
    expect(wantsColor(PIPE, {})).toBe(false);
    expect(wantsColor(TTY, { TERM: 'dumb' })).toBe(false);
  });

  it('turns colour off for a non-empty NO_COLOR, and on for FORCE_COLOR, which wins as in Node', () => {
    expect(wantsColor(TTY, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(TTY, { NO_COLOR: '' })).toBe(true);
    expect(wantsColor(PIPE, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(PIPE, { FORCE_COLOR: '' })).toBe(true);
    expect(wantsColor(TTY, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColor(TTY, { FORCE_COLOR: 'false' })).toBe(false);
    expect(wantsColor(PIPE, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
  });
});

describe('stylesFor', () => {
  it('styles with escape codes only when the stream gets colour', () => {
    expect(stylesFor(PIPE, {}).bold('x')).toBe('x');
    expect(stylesFor(TTY, {}).bold('x')).toBe('\x1b[1mx\x1b[22m');
    expect(quadColor(stylesFor(TTY, {}), 4)('190')).toBe('\x1b[31m190\x1b[39m');
    expect(quadColor(stylesFor(TTY, {}), 1)('040')).toBe('\x1b[32m040\x1b[39m');
  });
});

/** A terminal-like stream that keeps what is drawn on it. */
function terminal(isTTY: boolean): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  let out = '';
  stream.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return Object.assign(stream, { text: () => out });
}

/** What was drawn, as lines: each cursor move or clear starts a new one, styles are dropped. */
const ESC = String.fromCharCode(27);
const frames = (drawn: string): string =>
  drawn
    .replace(new RegExp(`${ESC}\\[[0-9;?]*[GHJKhl]|${ESC}[78]`, 'g'), '\n')
    .replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '');

describe('startProgress', () => {
  it('draws a bar with the count, the rate and the time left on a terminal', async () => {
    const stream = terminal(true);
    const progress = startProgress({ label: 'recode', unit: 'articles', total: 40, stream });
    expect(progress.active).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    progress.update(10);
    await new Promise((resolve) => setTimeout(resolve, 150));
    progress.log('dyad: a refused input');
    progress.stop();
    const drawn = frames(stream.text());
    expect(drawn).toMatch(/^recode [█░]+ 10\/40 articles \| \d+(\.\d)? articles\/s \| ETA \d+s$/m);
    expect(drawn).toMatch(/^dyad: a refused input$/m);
  });

  it('shows a second count for what the rate measures when the bar counts something else', async () => {
    const stream = terminal(true);
    const progress = startProgress({ label: 'ingest', unit: 'files', rateUnit: 'articles', total: 3, stream });
    progress.update(1, 25);
    await new Promise((resolve) => setTimeout(resolve, 150));
    progress.stop();
    expect(frames(stream.text())).toMatch(/^ingest [█░]+ 1\/3 files \| 25 articles \| … articles\/s \| ETA \S+$/m);
  });

  it('draws nothing on a pipe, or with --quiet', () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const stream = terminal(isTTY);
      const progress = startProgress({ label: 'ingest', unit: 'files', total: 3, quiet, stream });
      progress.update(2);
      progress.stop();
      expect(progress.active).toBe(false);
      expect(stream.text()).toBe('');
    }
  });
});
