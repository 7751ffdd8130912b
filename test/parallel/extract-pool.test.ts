import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, Extraction, LearnedActor } from '../../src/model.js';
import { ExtractPool } from '../../src/parallel/extract-pool.js';
import { extract } from '../../src/pipeline.js';

const articles: Article[] = readFileSync(new URL('../../examples/public-domain.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 12)
  .map((line, i) => {
    const r = JSON.parse(line) as { date: string; text: string };
    return { id: `pd${i}`, published: r.date, text: r.text };
  });

const triples = (x: Extraction) => x.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'}:${e.cameo}`);

describe('ExtractPool', () => {
  const pool = new ExtractPool({ threads: 2 });
  afterAll(() => pool.close());

  it('hands every batch back whole, as the same thread would have coded it, whichever thread took it', async () => {
    // More batches than the two threads hold at once, of uneven sizes, so some wait in the queue.
    const sizes = [1, 4, 2, 3, 1, 1];
    const batches: Article[][] = [];
    let at = 0;
    for (const size of sizes) batches.push(articles.slice(at, (at += size)));
    const results = await Promise.all(batches.map((batch) => pool.extract(batch)));
    expect(results.map((r) => r.length)).toEqual(sizes);
    const pooled = results.flat();
    expect(pooled.map((x) => x.article.id)).toEqual(articles.map((a) => a.id));
    expect(pooled.map(triples)).toEqual(articles.map((a) => triples(extract(a))));
    expect(pooled.every((x) => x.doc.tokens.length === 0 && x.doc.sentences.length > 0)).toBe(true);
  }, 60_000);

  it('teaches a person to the batches asked for after, on every thread', async () => {
    const text = 'Arvid Quennell said on Monday that Norway would help Japan rebuild the port.';
    const article = (id: string): Article => ({ id, published: '2025-07-04', text });
    const before = await pool.extract([article('before')]);
    const person: LearnedActor = {
      name: 'Arvid Quennell',
      aliases: [],
      surname: 'Quennell',
      country: 'NOR',
      role: 'GOV',
      via: 'apposition',
      article: 'earlier',
      published: '2025-07-01',
      evidence: 'Arvid Quennell, Norway’s foreign minister, arrived.',
    };
    pool.teach([person]);
    const after = await Promise.all([pool.extract([article('a')]), pool.extract([article('b')])]);
    const named = (x: Extraction) => x.mentions.some((m) => m.text === 'Arvid Quennell' && m.actor.code === 'NORGOV');
    expect(named(before[0]!)).toBe(false);
    expect(after.flat().every(named)).toBe(true);
  }, 60_000);
});
