import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { Extraction } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import { PLACE_EVENT_IDS } from '../../src/store/aggregate-queries.js';
import type { EventFilter, LinkedEvent, NetworkEdge, StoredEvent } from '../../src/store/store.js';
import { DIALECTS, storeKeeper } from './dialects.js';
import { JPN, KOR, KORGOV, USA, extraction } from './make-extraction.js';

// The network and the map are counted by the database; these are the same counts made the plain way,
// row by row in JS, to hold the SQL to.
function networkByRows(events: readonly LinkedEvent[]): NetworkEdge[] {
  const edges = new Map<string, { events: number; sum: number; cooperation: number }>();
  for (const e of events) {
    if (e.target === null || e.target.country === e.source.country) continue;
    if (e.source.country === '---' || e.target.country === '---') continue;
    const key = [e.source.country, e.target.country].sort().join('|');
    const edge = edges.get(key) ?? { events: 0, sum: 0, cooperation: 0 };
    edge.events++;
    edge.sum += e.goldstein;
    if (e.quadClass <= 2) edge.cooperation++;
    edges.set(key, edge);
  }
  return [...edges.entries()]
    .sort(([ka, a], [kb, b]) => b.events - a.events || (ka < kb ? -1 : 1))
    .map(([key, e]) => {
      const [source = '', target = ''] = key.split('|');
      const goldsteinMean = Math.round((e.sum / e.events) * 100) / 100;
      return {
        source,
        target,
        events: e.events,
        goldsteinMean,
        cooperation: e.cooperation,
        conflict: e.events - e.cooperation,
      };
    });
}

function placesByRows(mentions: readonly StoredEvent[]) {
  const places = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.place?.lat === undefined || m.place.lon === undefined) continue;
    const key = `${m.place.country}|${m.place.name}`;
    places.set(key, (places.get(key) ?? new Set()).add(m.linkedEvent === undefined ? `m${m.id}` : `l${m.linkedEvent}`));
  }
  return new Map([...places].map(([key, ids]) => [key, ids.size]));
}

const corpus: Extraction[] = [];
beforeAll(async () => {
  for await (const item of readInputs(['examples'])) if (item.kind === 'article') corpus.push(extract(item.article));
  // Unnamed militants (country `---`) are many actors, not one node of the network.
  corpus.push(extract({ id: 'militants', published: '2024-03-12', text: 'Militants attacked the French embassy.' }));
});

describe.each(DIALECTS)('network and places on %s', (engine) => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  const filled = async () => {
    const store = await keeper.open(engine);
    await store.ingest(corpus);
    return store;
  };

  it('counts the network of the examples as the rows do, under any filter', async () => {
    const store = await filled();
    const filters: EventFilter[] = [
      {},
      { actor: 'KOR' },
      { dyad: ['KOR', 'JPN'] },
      { from: '2025-06', quadClass: [1, 2] },
    ];
    for (const filter of filters) {
      const expected = networkByRows(await store.linkedEvents(filter, { mentions: false }));
      expect(await store.network(filter, 1000)).toEqual(expected);
    }
    const all = await store.network({}, 1000);
    expect(all.length).toBeGreaterThan(5);
    expect(all.find((e) => e.source === 'JPN' && e.target === 'KOR')?.events).toBeGreaterThan(3);
    expect((await store.linkedEvents({}, { mentions: false })).some((e) => e.source.country === '---')).toBe(true);
    expect(all.filter((e) => e.source === '---' || e.target === '---')).toEqual([]);
    // The busiest edges, in order, when fewer are asked for.
    expect(await store.network({}, 3)).toEqual(all.slice(0, 3));
  });

  it('counts each place once per real-world event, as the rows do', async () => {
    const store = await filled();
    for (const filter of [{}, { dyad: ['KOR', 'JPN'] as const }]) {
      const places = await store.places(filter);
      const expected = placesByRows(await store.events(filter));
      expect(new Map(places.map((p) => [`${p.country}|${p.name}`, p.events]))).toEqual(expected);
      expect(places.map((p) => p.events)).toEqual([...places.map((p) => p.events)].sort((a, b) => b - a));
    }
    // The G7 meeting in Canada, reported by both seed articles, is one event there.
    const canada = (await store.places({ dyad: ['KOR', 'JPN'] })).find((p) => p.country === 'CAN');
    expect(canada).toMatchObject({ lat: expect.any(Number), lon: expect.any(Number) });
    const linked = await store.linkedEvents({ dyad: ['KOR', 'JPN'], place: 'CAN' }, { mentions: false });
    expect(linked.some((e) => e.articles === 2)).toBe(true);
    expect([...canada!.linkedEvents].sort()).toEqual(linked.map((e) => e.id).sort());
  });

  it('lists a busy place’s newest linked events only, and leaves out places without coordinates', async () => {
    const store = await keeper.open(engine);
    const paris = { name: 'Paris', country: 'FRA', lat: 48.85, lon: 2.35 };
    const days = Array.from(
      { length: PLACE_EVENT_IDS + 10 },
      (_, i) => `2025-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    );
    await store.ingest(
      days.map((day, i) =>
        extraction({ id: `p${i}`, published: day }, [
          {
            source: KORGOV,
            target: i % 2 ? JPN : USA,
            date: { value: day, granularity: 'day', text: 'today', source: 'text', via: 'clause' },
            place: paris,
          },
          { source: KOR, target: JPN, cameo: '042', plover: 'CONSULT', place: { name: 'Nowhere', country: 'KOR' } },
        ]),
      ),
    );
    const places = await store.places();
    expect(places.map((p) => p.name)).toEqual(['Paris']);
    const [place] = places;
    expect(place!.events).toBe(days.length);
    expect(place!.linkedEvents).toHaveLength(PLACE_EVENT_IDS);
    const newest = (await store.linkedEvents({ place: 'FRA' }, { mentions: false }))
      .map((e) => e.id)
      .sort((a, b) => b - a);
    expect(place!.linkedEvents).toEqual(newest.slice(0, PLACE_EVENT_IDS));
  });
});
