// The benches' real-news workload: the public-domain articles and the seeds of examples/, repeated with
// their dates shifted so that every copy is a new article (its content hash covers the date).
import { readFileSync, readdirSync } from 'node:fs';
import type { Article } from '../src/model.js';

/** The sample corpus: the public-domain articles and the seeds of examples/. */
export function sampleArticles(): Article[] {
  const root = new URL('../examples/', import.meta.url);
  const out: Article[] = [];
  readFileSync(new URL('public-domain.jsonl', root), 'utf8')
    .trim()
    .split('\n')
    .forEach((line, i) => {
      const r = JSON.parse(line) as { date: string; text: string };
      out.push({ id: `pd${i}`, published: r.date, text: r.text });
    });
  for (const file of readdirSync(new URL('seeds/', root))) {
    const raw = readFileSync(new URL(`seeds/${file}`, root), 'utf8');
    const m = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(raw)!;
    out.push({ id: file, published: m[1]!, text: raw.slice(m[0].length) });
  }
  return out;
}

/** `count` articles: the samples in turn, each round shifted one more day into the future. */
export function* repeated(samples: readonly Article[], count: number): Generator<Article> {
  for (let i = 0; i < count; i++) {
    const s = samples[i % samples.length]!;
    const shift = Math.floor(i / samples.length);
    const day = new Date(Date.parse(s.published) + shift * 864e5).toISOString().slice(0, 10);
    yield { id: `${s.id}-${i}`, published: day, text: s.text };
  }
}
