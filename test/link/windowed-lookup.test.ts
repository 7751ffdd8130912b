import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { linkUnits } from '../../src/link/link-unit.js';
import type { LinkedEventRecord } from '../../src/link/linked-event-record.js';
import { type LinkLookup, linkBatch } from '../../src/link/linker.js';
import type { CodedEvent, EventDate, Extraction } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import { DIALECTS, storeKeeper } from '../store/dialects.js';
import { CAN, JPN, JPNGOV, KORGOV, USA, extraction } from '../store/make-extraction.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

/**
 * The search the store's windowed lookup must equal: every stored linked event of the pair (or place and
 * party) and modality whose days overlap, found by reading them all.
 */
function scanningLookup() {
  const rows: LinkedEventRecord[] = [];
  const lookup: LinkLookup = {
    async findAll(searches) {
      return searches.map((q) =>
        rows.filter(
          (r) =>
            r.modality === q.modality &&
            r.date_start <= q.end &&
            r.date_end >= q.start &&
            (q.kind === 'pair'
              ? r.pair_a === q.pair[0] && r.pair_b === q.pair[1]
              : r.place_country === q.place && (r.pair_a === q.party || r.pair_b === q.party)),
        ),
      );
    },
    create(event) {
      rows.push({ id: rows.length + 1, ...event });
      return rows.length;
    },
  };
  const apply = (written: readonly LinkedEventRecord[]) => written.forEach((r) => (rows[r.id - 1] = r));
  return { lookup, apply };
}

const key = (e: Pick<CodedEvent, 'article' | 'sentence' | 'triggerSpan' | 'cameo' | 'source'>) =>
  `${e.article}/${e.sentence}/${e.triggerSpan.start}/${e.cameo}/${e.source.code}`;

/** Mentions grouped by linked event, as sorted lists of mention keys: comparable whatever the ids. */
const partition = (groups: Map<number, string[]>) => [...groups.values()].map((g) => g.sort().join(' | ')).sort();

const date = (value: string, end?: string): EventDate => ({
  value,
  granularity: 'day',
  text: null,
  source: 'text',
  via: 'clause',
  ...(end === undefined ? {} : { end }),
});

// Reports whose dates span every width class (a day to a century and a range of decades), to be linked
// with each other: history next to news, wide dates overlapping narrow ones.
const DATES = [
  date('2025-07-03'),
  date('2025-07'),
  date('2025-W27'),
  date('2025-Q3'),
  date('2025'),
  date('202'),
  date('20'),
  date('1910', '1945'),
  date('1965-06-22'),
  date('196'),
  date('19'),
  date('PAST_REF'),
];
const CODES = ['036', '040', '042', '044', '057', '112'];
function wideDated(n: number): Extraction[] {
  return Array.from({ length: n }, (_, i) =>
    extraction(
      { id: `wide-${i}`, published: `2025-07-${String(1 + (i % 28)).padStart(2, '0')}` },
      Array.from({ length: 3 }, (_, j) => {
        const cameo = CODES[(i + j * 5) % CODES.length]!;
        return {
          sentence: j,
          cameo,
          source: (i + j) % 3 === 0 ? JPNGOV : KORGOV,
          target: cameo === '042' ? CAN : (i + j) % 4 === 0 ? USA : (i + j) % 3 === 0 ? KORGOV : JPN,
          date: DATES[(i * 7 + j * 3) % DATES.length]!,
          place: (i + j) % 2 === 0 ? { name: 'Canada', country: 'CAN' } : null,
          modality: (i + j) % 5 === 0 ? 'intended' : 'asserted',
          history: (i + j) % 4 === 1,
        };
      }),
    ),
  );
}

let corpus: Extraction[];
beforeAll(async () => {
  corpus = [];
  for await (const item of readInputs([EXAMPLES])) if (item.kind === 'article') corpus.push(extract(item.article));
  corpus.push(...wideDated(80));
}, 120_000);

describe.each(DIALECTS)('the batched, windowed candidate search on %s', (engine) => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  it('links examples/ and reports of every date width exactly as a scan of all stored linked events', async () => {
    const store = await keeper.open(engine);
    const reference = scanningLookup();
    const expected = new Map<number, string[]>();
    for (const x of corpus) {
      await store.ingest([x]);
      const units = linkUnits(x.events);
      const { assignments, created, updated } = await linkBatch(units, reference.lookup);
      reference.apply([...created, ...updated]);
      for (const unit of units) {
        const id = assignments.get(unit)!;
        expected.set(id, [...(expected.get(id) ?? []), ...unit.mentions.map(key)]);
      }
    }
    const stored = new Map<number, string[]>();
    for (const e of await store.events()) stored.set(e.linkedEvent!, [...(stored.get(e.linkedEvent!) ?? []), key(e)]);
    expect(stored.size).toBe(expected.size);
    expect(partition(stored)).toEqual(partition(expected));
    // Not a trivial partition: reports were linked, and not all into one event.
    expect(stored.size).toBeLessThan((await store.counts()).events);
    expect(stored.size).toBeGreaterThan(20);
  });
});
