#!/usr/bin/env node
// Scores `dyad extract` on the seed articles with ../shared/tools/check-gold.mjs and fails when a score
// falls below eval/floors.json. Prints the figures either way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractTo } from './dyad-extract.mjs';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
const floors = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8'));
const seeds = readdirSync(join(shared, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(shared, 'seeds', f));
const dir = mkdtempSync(join(tmpdir(), 'dyad-floors-'));

const check = spawnSync(
  process.execPath,
  [
    join(shared, 'tools', 'check-gold.mjs'),
    '--events',
    extractTo(dir, seeds, 'events'),
    '--timex',
    extractTo(dir, seeds, 'timex'),
  ],
  { encoding: 'utf8' },
);
const last = check.stdout.trim().split('\n').pop() ?? '';
const m = /events (\d+)\/(\d+) found, (\d+) forbidden present, timex (\d+)\/(\d+)/.exec(last);
if (!m) {
  console.error(`check-gold printed no score:\n${check.stdout}\n${check.stderr}`);
  process.exit(1);
}
const [events, eventsOf, forbidden, timex, timexOf] = m.slice(1).map(Number);
console.log(check.stdout.trim());
console.log(JSON.stringify({ seeds: { events, eventsOf, forbiddenPresent: forbidden, timex, timexOf } }));
const f = floors.seeds;
const failures = [];
if (events < f.events) failures.push(`seed events ${events}/${eventsOf} < floor ${f.events}`);
if (forbidden > f.forbiddenPresent)
  failures.push(`forbidden events present ${forbidden} > floor ${f.forbiddenPresent}`);
if (timex < f.timex) failures.push(`seed timex ${timex}/${timexOf} < floor ${f.timex}`);

// Our own event gold for the 30 public-domain articles of examples/ (eval/gold/public-domain.json).
const pd = spawnSync(process.execPath, [join(root, 'eval', 'public-domain-gold.mjs')], { encoding: 'utf8' });
const pdScore = /events (\d+)\/(\d+) found, (\d+) forbidden present, timex (\d+)\/(\d+)/.exec(
  pd.stdout.trim().split('\n').pop() ?? '',
);
if (!pdScore) {
  console.error(`public-domain-gold printed no score:\n${pd.stdout}\n${pd.stderr}`);
  process.exit(1);
}
const [pdEvents, pdEventsOf, pdForbidden, pdTimex, pdTimexOf] = pdScore.slice(1).map(Number);
console.log(
  JSON.stringify({
    publicDomain: {
      events: pdEvents,
      eventsOf: pdEventsOf,
      forbiddenPresent: pdForbidden,
      timex: pdTimex,
      timexOf: pdTimexOf,
    },
  }),
);
const pf = floors.publicDomain;
if (pdEvents < pf.events) failures.push(`public-domain events ${pdEvents}/${pdEventsOf} < floor ${pf.events}`);
if (pdForbidden > pf.forbiddenPresent)
  failures.push(`public-domain forbidden events present ${pdForbidden} > floor ${pf.forbiddenPresent}`);
if (pdTimex < pf.timex) failures.push(`public-domain timex ${pdTimex}/${pdTimexOf} < floor ${pf.timex}`);

// Gold corpora of others, read from ../shared/eval (never copied into the repo).
function dyadJson(args) {
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), ...args, '--json'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`dyad ${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
const scores = {
  timeml: dyadJson(['eval', 'timex', '--tml', join(shared, 'eval', 'tempeval3')]),
  petrarch: dyadJson(['eval', 'events', '--records', join(shared, 'eval', 'petrarch', 'PETR2_GSR_validation.xml')]),
  plover: dyadJson(['eval', 'events', '--records', join(shared, 'eval', 'plover', 'PLOVER_GSR_CAMEO.txt')]),
  // Our own actor gold (test/fixtures/actors-gold.jsonl), hand-coded from examples/.
  actors: dyadJson(['eval', 'actors']),
};
for (const [corpus, floor] of Object.entries(floors)) {
  if (corpus === 'about' || corpus === 'seeds' || corpus === 'publicDomain') continue;
  for (const [measure, min] of Object.entries(floor)) {
    const got = scores[corpus]?.[measure];
    const shown = typeof got === 'number' ? got.toFixed(3) : String(got);
    console.log(`${corpus}.${measure} ${shown} (floor ${min})`);
    // Scores are compared at the floor's own precision so float noise never fails a run.
    if (typeof got !== 'number' || Number(got.toFixed(3)) < min)
      failures.push(`${corpus}.${measure} ${shown} < floor ${min}`);
  }
}
if (failures.length) {
  console.error(`accuracy below floor: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('floors held');
