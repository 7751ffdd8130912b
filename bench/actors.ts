// Actor-stage cost against tokenizing: segments every article of examples/ (seeds and public-domain
// items), then times segment() alone, recognizeActors() alone and findPlaces() alone on the segmented docs,
// after five warm-up passes (model and knowledge base loaded, JIT warm). Prints milliseconds per pass, tokens
// per second and the ratios actors / segment and actors + places / segment (medians of interleaved passes,
// so a busy machine skews all alike). `--short` runs 3 passes instead of 20.
// Run: npx tsx bench/actors.ts [--short]
import { readFileSync, readdirSync } from 'node:fs';
import { recognizeActors } from '../src/actors/recognize-actors.js';
import type { Article } from '../src/model.js';
import { findPlaces } from '../src/places/find-places.js';
import { segment } from '../src/text/segment.js';

const root = new URL('../examples/', import.meta.url);
const articles: Article[] = readFileSync(new URL('public-domain.jsonl', root), 'utf8')
  .trim()
  .split('\n')
  .map((line, k) => {
    const r = JSON.parse(line) as { date: string; text: string };
    return { id: String(k + 1), published: r.date, text: r.text };
  });
for (const f of readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt'))) {
  const raw = readFileSync(new URL(`seeds/${f}`, root), 'utf8');
  const date = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  if (date) articles.push({ id: f, published: date[1]!, text: raw.slice(date[0].length) });
}

const passes = process.argv.includes('--short') ? 3 : 20;
const docs = articles.map(segment);
// Warm up: load the knowledge base, the gazetteer and the JIT (a few passes of every stage) before timing.
for (let p = 0; p < 5; p++) {
  for (const a of articles) segment(a);
  for (const d of docs) {
    findPlaces(d);
    recognizeActors(d);
  }
}
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);

// Passes alternate between the two stages and the median is kept, so a busy machine skews both alike.
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (run: () => void) => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const seg: number[] = [];
const act: number[] = [];
const plc: number[] = [];
for (let p = 0; p < passes; p++) {
  seg.push(ms(() => articles.forEach((a) => segment(a))));
  act.push(ms(() => docs.forEach((d) => recognizeActors(d))));
  plc.push(ms(() => docs.forEach((d) => findPlaces(d))));
}
const segmentMs = median(seg);
const actorsMs = median(act);
const placesMs = median(plc);
const rate = (ms: number) => Math.round(tokens / (ms / 1000)).toLocaleString('en');
const line = (name: string, ms: number) =>
  console.log(`${name.padEnd(17)}${ms.toFixed(1).padStart(7)} ms/pass  ${rate(ms).padStart(9)} tokens/s`);
console.log(`${articles.length} articles, ${tokens} tokens, ${passes} passes`);
line('segment', segmentMs);
line('actors', actorsMs);
line('places', placesMs);
console.log(`actors / segment ${(actorsMs / segmentMs).toFixed(2)}`);
console.log(`actors + places / segment ${((actorsMs + placesMs) / segmentMs).toFixed(2)}`);
