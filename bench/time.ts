// Characters per second of dyad's time tagger beside chrono-node on the same news text, both warmed up,
// text in and time expressions out. `--short` runs a quick pass (CI checks that it works).
import { readFileSync, readdirSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { tagTimesInText } from '../src/time/tag-times.js';

const short = process.argv.includes('--short');
const root = new URL('../examples/', import.meta.url);
const articles: { text: string; published: string }[] = [];
for (const line of readFileSync(new URL('public-domain.jsonl', root), 'utf8').trim().split('\n')) {
  const record = JSON.parse(line) as { text: string; date: string };
  articles.push({ text: record.text, published: record.date });
}
for (const file of readdirSync(new URL('seeds/', root))) {
  const raw = readFileSync(new URL(`seeds/${file}`, root), 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(raw)!;
  articles.push({ text: raw.slice(m[0].length), published: m[1]! });
}
const chars = articles.reduce((n, a) => n + a.text.length, 0);
const rounds = short ? 3 : Math.ceil(20_000_000 / chars);

function measure(name: string, run: (a: (typeof articles)[number]) => number): { rate: number; found: number } {
  for (let i = 0; i < (short ? 1 : 5); i++) for (const a of articles) run(a);
  let found = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const a of articles) found += run(a);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rate = (chars * rounds) / seconds;
  console.log(`${name.padEnd(12)} ${(rate / 1e6).toFixed(2)}M chars/s  (${found / rounds} expressions per pass)`);
  return { rate, found };
}

const ours = measure('dyad', (a) => tagTimesInText(a.text, a.published).length);
const peer = measure('chrono-node', (a) => chrono.parse(a.text, new Date(`${a.published}T12:00:00Z`)).length);
const types = new Map<string, number>();
for (const a of articles)
  for (const t of tagTimesInText(a.text, a.published)) types.set(t.type, (types.get(t.type) ?? 0) + 1);
console.log(
  `dyad expressions by type: ${[...types].map(([k, v]) => `${k} ${v}`).join(', ')} (chrono has no DURATION, SET or *_REF values)`,
);
console.log(
  JSON.stringify({
    oursCharsPerSecond: Math.round(ours.rate),
    chronoCharsPerSecond: Math.round(peer.rate),
    ratio: Number((ours.rate / peer.rate).toFixed(2)),
  }),
);
