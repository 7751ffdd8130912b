// Timeline speed on a large SQLite store of real extractions shifted in time (see shifted-store.ts; the
// store is built once and kept under .cache/). Times what `dyad timeline KOR JPN` does by default (open
// the store, read the newest page of 100 linked events with their mentions, render, close), in text and
// in JSON, then a deeper page, one year, and the whole dyad streamed with --all. With dist/ built (and
// not --short), it also times the command as a process (Node's own start-up included, and printed on its own).
// Run: npx tsx bench/store-timeline.ts [TARGET=1000000] [--short]   (--short: 10,000 mentions, for CI)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type TimelineOptions, printTimeline } from '../src/cli/commands/timeline-command.js';
import type { EventFilter } from '../src/store/store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { exampleExtractions, shiftedStore } from './shifted-store.js';
import { median, timeRuns } from './timing.js';

const SHORT = process.argv.includes('--short');
const TARGET = SHORT ? 10_000 : Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const built = await shiftedStore(TARGET, await exampleExtractions());
console.log(
  `store: ${built.articles} articles, ${built.events} event mentions, ${built.linkedEvents} linked events (${built.copies} shifted copies of examples/${built.builtInS ? `, built in ${built.builtInS.toFixed(0)} s` : ', from .cache/'})`,
);

/** The CLI's work, in this process: open, query, render into a buffer, close. Returns lines printed. */
async function command(filter: EventFilter, options: TimelineOptions): Promise<number> {
  const store = await openSqliteStore(built.file);
  let lines = 0;
  try {
    await printTimeline(store, ['KOR', 'JPN'], filter, options, async (text) => {
      lines += text.split('\n').length - 1;
    });
  } finally {
    await store.close();
  }
  return lines;
}

async function time(label: string, run: () => Promise<number>, repeat = 7): Promise<number> {
  const t = await timeRuns(run, repeat);
  console.log(`${label}: ${t.count} lines, first ${t.firstMs.toFixed(1)} ms, then median ${t.medianMs.toFixed(1)} ms`);
  return t.medianMs;
}

const page = await time('dyad timeline KOR JPN (default: newest 100, text)', () => command({}, {}));
const json = await time('dyad timeline KOR JPN --json', () => command({}, { json: true }));
await time('dyad timeline KOR JPN --offset 10000', () => command({ offset: 10_000 }, {}));
// A year in the middle of the store's time span (copies are shifted a day each).
const year = String(2025 + Math.floor(built.copies / 365 / 2));
await time(`dyad timeline KOR JPN --from ${year} --to ${year} --all`, () =>
  command({ from: year, to: year }, { all: true }),
);
if (!SHORT)
  await time(
    'dyad timeline KOR JPN --all --json (whole dyad, streamed)',
    () => command({}, { all: true, json: true }),
    1,
  );

const main = join(import.meta.dirname, '../dist/cli/main.js');
if (existsSync(main) && !SHORT) {
  const spawnMs = (args: string[]) => {
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      ms.push(performance.now() - t0);
    }
    return median(ms);
  };
  const startup = spawnMs(['--version']);
  const whole = spawnMs(['timeline', 'KOR', 'JPN', '--db', built.file]);
  console.log(
    `as a process: node dist/cli/main.js timeline KOR JPN ${whole.toFixed(0)} ms, of which Node and dyad's modules loading (dyad --version) ${startup.toFixed(0)} ms`,
  );
}
console.log(
  JSON.stringify({
    mentions: built.events,
    timelineDefaultMs: Number(page.toFixed(1)),
    timelineJsonMs: Number(json.toFixed(1)),
  }),
);
