import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { Extraction } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import { dyadTimeline, timelineJson } from '../../src/query/timeline.js';
import type { LinkedEvent } from '../../src/store/store.js';
import { DIALECTS, rawQuery, storeKeeper, freshLocation } from '../store/dialects.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const SEEDS = `${EXAMPLES}/seeds`;

async function extractAll(path: string): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for await (const item of readInputs([path])) if (item.kind === 'article') out.push(extract(item.article));
  return out;
}

const isG7 = (e: LinkedEvent) => e.cameo.startsWith('04') && e.place?.country === 'CAN' && e.modality === 'asserted';

let seeds: Extraction[];
let examples: Extraction[];
beforeAll(async () => {
  seeds = await extractAll(SEEDS);
  examples = await extractAll(EXAMPLES);
}, 120_000);

describe.each(DIALECTS)('linking the seed articles on %s', (engine) => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  // Each order: linking is incremental, so the article that arrives second must join the first one's event.
  it.each([
    ['oldest first', false],
    ['newest first', true],
  ])('makes the G7 meeting one KOR–JPN event of June 2025 reported by both articles (%s)', async (_, reverse) => {
    const store = await keeper.open(engine);
    const ordered = reverse ? [...seeds].reverse() : seeds;
    for (const x of ordered) await store.ingest([x]);
    const timeline = await dyadTimeline(store, 'KOR', 'JPN');
    const g7 = timeline.map((t) => t.event).filter(isG7);
    expect(g7).toHaveLength(1);
    const [meeting] = g7;
    expect([meeting!.source.country, meeting!.target?.country].sort()).toEqual(['JPN', 'KOR']);
    expect(meeting!.cameo).toBe('044');
    expect(meeting!.date.value).toBe('2025-06');
    expect(meeting!.articles).toBe(2);
    const json = timelineJson(meeting!) as { articles: number; mentions: { article: string; evidence: string }[] };
    expect(new Set(json.mentions.map((m) => m.article))).toEqual(
      new Set(['000_046032c9f7e7faea', '003_2cf08e71ee2293b1']),
    );
    expect(json.mentions.some((m) => /met last month in Canada/.test(m.evidence))).toBe(true);
    expect(json.mentions.some((m) => /departed for Canada/.test(m.evidence))).toBe(true);
  });

  it('keeps the 1965 treaty its own event, in 1965, flagged as history', async () => {
    const store = await keeper.open(engine);
    await store.ingest(seeds);
    const treaty = (await store.linkedEvents({ dyad: ['KOR', 'JPN'], code: '057' })).filter((e) =>
      e.date.start.startsWith('1965'),
    );
    expect(treaty).toHaveLength(1);
    expect(treaty[0]).toMatchObject({ mutual: true, history: true, articles: 1, date: { value: '1965-06-22' } });
    // The treaty is what normalized relations: the seed's "normalized diplomatic relations" of 1965 is the
    // same act, and the treaty's more specific code (057 over 05x) names the event.
    const evidence = treaty[0]!.mentions.map((m) => m.evidence.text);
    expect(evidence.some((text) => text.includes('signed the basic treaty'))).toBe(true);
    expect(evidence.every((text) => /signed the basic treaty|normalized diplomatic relations/.test(text))).toBe(true);
    // Nothing dated 1965 is linked with anything of 2025.
    for (const e of await store.linkedEvents({ dyad: ['KOR', 'JPN'], to: '1965' })) {
      expect(e.mentions.every((m) => m.date.value.startsWith('1965'))).toBe(true);
    }
  });

  it('leaves identical row counts in every table when examples/ is ingested twice', async () => {
    const location = await freshLocation(engine);
    const store = await keeper.open(engine, location);
    const tables = ['articles', 'events', 'linked_events', 'timexes', 'actor_mentions'];
    const count = async () =>
      Promise.all(
        tables.map(async (t) =>
          Number(((await rawQuery(engine, location, `SELECT count(*) AS n FROM ${t}`))[0] as { n: number }).n),
        ),
      );
    const first = await store.ingest(examples);
    const once = await count();
    const second = await store.ingest(examples);
    expect(second).toEqual({ added: 0, unchanged: examples.length, events: 0 });
    expect(await count()).toEqual(once);
    expect(once[0]).toBe(first.added);
    expect(once[2]).toBeLessThan(once[1]!);
  });
});
