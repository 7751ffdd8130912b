// A corpus of real articles big enough to kill an ingest in the middle of: the articles of examples/
// (the two seeds and the public-domain items) copied with shifted dates and new ids, so each copy has its
// own content hash and is a distinct article to the store.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from 'date-fns';
import { ROOT } from './cli.js';

interface Record {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly title?: string;
}

function exampleArticles(): Record[] {
  const seeds = join(ROOT, 'examples/seeds');
  const fromSeeds = readdirSync(seeds)
    .sort()
    .map((name): Record => {
      const content = readFileSync(join(seeds, name), 'utf8');
      const match = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(content)!;
      return { id: name.replace(/\.txt$/, ''), date: match[1]!, text: content.slice(match[0].length).trim() };
    });
  const fromJsonl = readFileSync(join(ROOT, 'examples/public-domain.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i): Record => {
      const r = JSON.parse(l) as { id?: string; date?: string; published?: string; text: string; title?: string };
      const base = { id: r.id ?? `pd-${i + 1}`, date: (r.date ?? r.published)!.slice(0, 10), text: r.text };
      return r.title ? { ...base, title: r.title } : base;
    });
  return [...fromSeeds, ...fromJsonl];
}

/**
 * Writes `copies` copies of the example articles to `file` as JSON Lines, copy k shifted by k weeks, with
 * ids `k:<id>`; returns the ids in file order.
 */
export function writeShiftedCorpus(file: string, copies: number): string[] {
  const base = exampleArticles();
  const records: Record[] = [];
  for (let k = 0; k < copies; k++) {
    for (const r of base) {
      const date = addDays(new Date(`${r.date}T12:00:00Z`), 7 * k)
        .toISOString()
        .slice(0, 10);
      records.push({ ...r, id: `${k}:${r.id}`, date });
    }
  }
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return records.map((r) => r.id);
}
