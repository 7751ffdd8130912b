import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/content-hash.js';
import type { CodedEvent } from '../../src/model.js';
import type { Store, StoredEvent } from '../../src/store/store.js';
import { InvalidFilterError, SchemaVersionError, StoreWriteError } from '../../src/store/store-errors.js';
import { DIALECTS, freshLocation, openAt, rawQuery, storeKeeper } from './dialects.js';
import { JPN, JPNGOV, KOR, KORGOV, PRK, USA, codedEvent, extraction } from './make-extraction.js';

const ids = (events: readonly { rule: string }[]) => events.map((e) => e.rule);

// Version 6's linked events: no revision.
const BEFORE_REVISIONS = ['DROP INDEX linked_events_revision', 'ALTER TABLE linked_events DROP COLUMN revision'];

// Version 5's shape of the links: a column of `events`, filled from `event_links` (the same SQL on both engines).
const BEFORE_EVENT_LINKS = [
  'ALTER TABLE events ADD COLUMN linked_event_id INTEGER REFERENCES linked_events (id) ON DELETE SET NULL',
  'UPDATE events SET linked_event_id = (SELECT k.linked_event_id FROM event_links k WHERE k.event_id = events.id)',
  'DROP TABLE event_links',
  'CREATE INDEX events_linked ON events (linked_event_id)',
];
const plain = ({ linkedEvent: _l, id: _i, ...event }: StoredEvent) => event;

describe.each(DIALECTS)('store on %s', (engine) => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  describe('opening', () => {
    it('creates the schema once, recording each migration', async () => {
      const location = await freshLocation(engine);
      await (await keeper.open(engine, location)).close();
      await (await keeper.open(engine, location)).close();
      expect(await rawQuery(engine, location, 'SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([
        { version: 1, name: 'articles, full-text index, events' },
        { version: 2, name: 'linked events, time expressions, actor mentions' },
        { version: 3, name: 'learned actors' },
        { version: 4, name: 'linked events searched by width class and date window' },
        { version: 5, name: 'link windows hold the last day' },
        { version: 6, name: 'event mentions linked in a table of their own' },
        { version: 7, name: 'linked events carry the revision that wrote them' },
      ]);
      if (engine === 'sqlite') {
        expect(await rawQuery(engine, location, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      }
    });

    it('gives linked events stored before version 4 the width class of their dates', async () => {
      const location = await freshLocation(engine);
      const store = await openAt(engine, location);
      // Different roots, so that the overlapping dates stay apart.
      const dates = [
        ['2025-07-03', '010'],
        ['2025-07', '036'],
        ['2025', '057'],
        ['196', '112'],
        ['19', '190'],
      ] as const;
      const dated = (value: string, cameo: string) => ({ cameo, date: { ...codedEvent().date, value } });
      await store.ingest(dates.map(([value, cameo], i) => extraction({ id: `d${i}` }, [dated(value, cameo)])));
      await store.close();
      // Back to the version 2 schema: no width class, the old index, the link in the events table.
      for (const statement of [
        ...BEFORE_REVISIONS,
        ...BEFORE_EVENT_LINKS,
        'DROP INDEX linked_events_link_window',
        'DROP INDEX linked_events_place_window',
        'ALTER TABLE linked_events DROP COLUMN span_level',
        'DROP INDEX linked_events_pair_date',
        'CREATE INDEX linked_events_pair_date ON linked_events (pair_a, pair_b, date_start)',
        'DELETE FROM schema_migrations WHERE version >= 4',
      ])
        await rawQuery(engine, location, statement);
      const reopened = await keeper.open(engine, location);
      const levels = await rawQuery(engine, location, 'SELECT date_value, span_level FROM linked_events ORDER BY id');
      expect(levels.map((r) => Object.values(r as object).map(String))).toEqual([
        ['2025-07-03', '0'],
        ['2025-07', '3'],
        ['2025', '5'],
        ['196', '6'],
        ['19', '8'],
      ]);
      // A new report of the same decade still finds its event.
      await reopened.ingest([extraction({ id: 'again' }, [dated('1965', '112')])]);
      expect((await reopened.counts()).linkedEvents).toBe(5);
    });

    it('moves each event mention’s link into a table of its own (version 6), keeping ids and counts', async () => {
      const location = await freshLocation(engine);
      const store = await openAt(engine, location);
      const met = (id: string, day: string) =>
        extraction({ id, published: day }, [{ cameo: '036', date: { ...codedEvent().date, value: '2025-06-17' } }]);
      await store.ingest([met('a', '2025-06-18'), met('b', '2025-06-19'), extraction({ id: 'c' }, [{ cameo: '112' }])]);
      const before = await store.linkedEvents();
      const mentions = await store.events();
      await store.close();
      for (const statement of [
        ...BEFORE_REVISIONS,
        ...BEFORE_EVENT_LINKS,
        'DELETE FROM schema_migrations WHERE version >= 6',
      ])
        await rawQuery(engine, location, statement);
      const reopened = await keeper.open(engine, location);
      expect(before.map((e) => e.mentions.length)).toEqual([2, 1]);
      expect(await reopened.linkedEvents()).toEqual(before);
      expect(await reopened.events()).toEqual(mentions);
      // Linking goes on from the moved links.
      await reopened.ingest([met('d', '2025-06-20')]);
      expect((await reopened.linkedEvents()).map((e) => e.mentions.length)).toEqual([3, 1]);
    });

    it('refuses a database from a newer version of dyad', async () => {
      const location = await freshLocation(engine);
      await (await keeper.open(engine, location)).close();
      await rawQuery(engine, location, "INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')");
      await expect(openAt(engine, location)).rejects.toThrow(SchemaVersionError);
    });
  });

  describe('ingest', () => {
    it('stores articles and events, and round-trips every field of an event', async () => {
      const store = await keeper.open(engine);
      const event: Partial<CodedEvent> = {
        target: JPNGOV,
        date: {
          value: '1910',
          granularity: 'year',
          text: '1910 to 1945',
          source: 'text',
          via: 'sentence',
          end: '1945',
        },
        history: true,
        place: { name: 'Seoul', country: 'KOR', lat: 37.57, lon: 126.98 },
        sentence: 3,
        modality: 'negated',
      };
      const report = await store.ingest([
        extraction({ id: 'a', title: 'T', url: 'https://x.test/a', origin: 'a.txt' }, [event, { target: null }]),
      ]);
      expect(report).toEqual({ added: 1, unchanged: 0, events: 2 });
      expect(await store.counts()).toEqual({ articles: 1, events: 2, linkedEvents: 2 });
      const [first, second] = await store.events();
      expect(plain(first!)).toEqual(codedEvent({ article: 'a', ...event }));
      expect(plain(second!)).toEqual(codedEvent({ article: 'a', target: null }));
      expect(first!.linkedEvent).toBeTypeOf('number');
    });

    it('skips an article already stored, even under another id', async () => {
      const store = await keeper.open(engine);
      const batch = [extraction({ id: 'a', text: 'Same text.' }, [{}]), extraction({ id: 'b' }, [{}, {}])];
      expect(await store.ingest(batch)).toEqual({ added: 2, unchanged: 0, events: 3 });
      expect(await store.ingest(batch)).toEqual({ added: 0, unchanged: 2, events: 0 });
      expect(await store.ingest([extraction({ id: 'renamed', text: 'Same text.' }, [{}])])).toEqual({
        added: 0,
        unchanged: 1,
        events: 0,
      });
      expect((await store.counts()).articles).toBe(2);
      expect((await store.counts()).events).toBe(3);
      expect(await store.hasArticle(contentHash({ published: '2025-07-04', text: 'Same text.' }))).toBe(true);
      expect(await store.hasArticle(contentHash({ published: '2025-07-05', text: 'Same text.' }))).toBe(false);
    });

    it('counts a duplicate inside one batch as unchanged', async () => {
      const store = await keeper.open(engine);
      const a = extraction({ id: 'a' }, [{}]);
      expect(await store.ingest([a, a])).toEqual({ added: 1, unchanged: 1, events: 1 });
    });

    it('keeps data across reopening', async () => {
      const location = await freshLocation(engine);
      await (await keeper.open(engine, location)).ingest([extraction({ id: 'a' }, [{}])]);
      expect(await (await keeper.open(engine, location)).counts()).toEqual({ articles: 1, events: 1, linkedEvents: 1 });
    });

    it('stores nothing of a batch when one of its articles fails', async () => {
      const store = await keeper.open(engine);
      await store.ingest([extraction({ id: 'before' }, [{}])]);
      const bad = extraction({ id: 'bad', origin: 'feed.jsonl:2' }, [{ quadClass: 9 as CodedEvent['quadClass'] }]);
      const batch = [extraction({ id: 'good' }, [{}, {}]), bad, extraction({ id: 'after' }, [{}])];
      const error = await store.ingest(batch).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreWriteError);
      expect((error as StoreWriteError).articleId).toBe('bad');
      expect((error as Error).message).toMatch(/^Could not store article bad \(feed\.jsonl:2\): .*check constraint/i);
      expect(await store.counts()).toEqual({ articles: 1, events: 1, linkedEvents: 1 });
      expect((await store.events()).map((e) => e.article)).toEqual(['before']);
    });

    it('stores the time expressions and actor mentions of each article', async () => {
      const location = await freshLocation(engine);
      const store = await keeper.open(engine, location);
      const x = extraction({ id: 'a' }, [{}]);
      await store.ingest([
        {
          ...x,
          timexes: [
            {
              kind: 'Timex',
              text: 'Thursday',
              start: 3,
              end: 11,
              sentence: 0,
              type: 'DATE',
              value: '2025-07-03',
              rule: 'weekday',
            },
          ],
          mentions: [
            {
              kind: 'ActorMention',
              text: 'Akihisa Nagashima',
              start: 0,
              end: 17,
              sentence: 0,
              tokenStart: 0,
              tokenEnd: 2,
              actor: { code: 'JPNGOV', country: 'JPN', name: 'Akihisa Nagashima', kind: 'person' },
              via: 'apposition',
            },
          ],
        },
      ]);
      await store.close();
      expect(await rawQuery(engine, location, 'SELECT value FROM timexes')).toEqual([{ value: '2025-07-03' }]);
      expect(await rawQuery(engine, location, 'SELECT code, via FROM actor_mentions')).toEqual([
        { code: 'JPNGOV', via: 'apposition' },
      ]);
    });
  });

  describe('events filter', () => {
    async function seeded(): Promise<Store> {
      const store = await keeper.open(engine);
      await store.ingest([
        extraction({ id: 'a', published: '2025-07-04' }, [
          { rule: 'kor-jpn-day', source: KORGOV, target: JPN, cameo: '036' },
          {
            rule: 'jpn-kor-month',
            source: JPNGOV,
            target: KOR,
            cameo: '042',
            date: { value: '2025-06', granularity: 'month', text: 'last month', source: 'text', via: 'clause' },
          },
          {
            rule: 'kor-jpn-history',
            source: JPN,
            target: KOR,
            cameo: '190',
            quadClass: 4,
            goldstein: -10,
            history: true,
            date: {
              value: '1910',
              granularity: 'year',
              text: '1910 to 1945',
              source: 'text',
              via: 'sentence',
              end: '1945',
            },
          },
          {
            rule: 'kor-prk',
            source: KORGOV,
            target: PRK,
            cameo: '112',
            quadClass: 3,
            goldstein: -2,
            modality: 'intended',
          },
        ]),
        extraction({ id: 'b', published: '2025-06-20' }, [
          {
            rule: 'usa-jpn-week',
            source: USA,
            target: JPNGOV,
            cameo: '0431',
            place: { name: 'Tokyo', country: 'JPN' },
            date: { value: '2025-W25', granularity: 'week', text: 'this week', source: 'text', via: 'sentence' },
          },
          {
            rule: 'jpn-kor-pastref',
            source: JPN,
            target: KORGOV,
            cameo: '036',
            modality: 'planned',
            date: { value: 'PAST_REF', granularity: 'ref', text: 'recently', source: 'text', via: 'clause' },
          },
        ]),
      ]);
      return store;
    }

    it('orders by the event date; an event without a calendar date sits at its publication day', async () => {
      const store = await seeded();
      expect(ids(await store.events())).toEqual([
        'kor-jpn-history',
        'jpn-kor-month',
        'usa-jpn-week',
        'jpn-kor-pastref',
        'kor-jpn-day',
        'kor-prk',
      ]);
      expect(ids(await store.events({ order: 'date-desc', limit: 2 }))).toEqual(['kor-prk', 'kor-jpn-day']);
    });

    it('matches a dyad in both directions, by country or by full actor code', async () => {
      const store = await seeded();
      const both = ['kor-jpn-history', 'jpn-kor-month', 'jpn-kor-pastref', 'kor-jpn-day'];
      expect(ids(await store.events({ dyad: ['KOR', 'JPN'] }))).toEqual(both);
      expect(ids(await store.events({ dyad: ['jpn', 'kor'] }))).toEqual(both);
      expect(ids(await store.events({ dyad: ['KORGOV', 'JPN'] }))).toEqual(['jpn-kor-pastref', 'kor-jpn-day']);
      expect(ids(await store.events({ dyad: ['JPNGOV', 'USA'] }))).toEqual(['usa-jpn-week']);
      expect(ids(await store.events({ actor: 'PRK' }))).toEqual(['kor-prk']);
    });

    it('keeps events whose date interval overlaps the range, each bound widened to its period', async () => {
      const store = await seeded();
      expect(ids(await store.events({ from: '2025-06-10', to: '2025-06-12' }))).toEqual(['jpn-kor-month']);
      // 2025-W25 is Monday 16 to Sunday 22 June.
      expect(ids(await store.events({ from: '2025-06-22', to: '2025-06-22' }))).toEqual([
        'jpn-kor-month',
        'usa-jpn-week',
      ]);
      expect(ids(await store.events({ from: '2025-07' }))).toEqual(['kor-jpn-day', 'kor-prk']);
      expect(ids(await store.events({ to: '2025-06' }))).toEqual([
        'kor-jpn-history',
        'jpn-kor-month',
        'usa-jpn-week',
        'jpn-kor-pastref',
      ]);
      expect(ids(await store.events({ from: '1944', to: '1944' }))).toEqual(['kor-jpn-history']);
    });

    it('filters by CAMEO code prefix, quad class, place, modality and history', async () => {
      const store = await seeded();
      expect(ids(await store.events({ code: '04' }))).toEqual(['jpn-kor-month', 'usa-jpn-week']);
      expect(ids(await store.events({ code: '036' }))).toEqual(['jpn-kor-pastref', 'kor-jpn-day']);
      expect(ids(await store.events({ code: '19' }))).toEqual(['kor-jpn-history']);
      expect(ids(await store.events({ quadClass: [3, 4] }))).toEqual(['kor-jpn-history', 'kor-prk']);
      expect(ids(await store.events({ place: 'JPN' }))).toEqual(['usa-jpn-week']);
      expect(ids(await store.events({ modality: ['intended', 'planned'] }))).toEqual(['jpn-kor-pastref', 'kor-prk']);
      expect(ids(await store.events({ dyad: ['KOR', 'JPN'], history: false }))).toEqual([
        'jpn-kor-month',
        'jpn-kor-pastref',
        'kor-jpn-day',
      ]);
    });

    it('applies the same filters to linked events', async () => {
      const store = await seeded();
      const linked = await store.linkedEvents({ dyad: ['KOR', 'JPN'], history: false });
      expect(linked.map((e) => e.mentions.map((m) => m.rule))).toEqual([
        ['jpn-kor-month'],
        ['jpn-kor-pastref'],
        ['kor-jpn-day'],
      ]);
      expect((await store.linkedEvents({ code: '19' }, { mentions: false }))[0]?.mentions).toEqual([]);
    });

    it('pages through linked events, by offset or one page after another, in either order', async () => {
      const store = await keeper.open(engine);
      // 60 linked events on two days: many share their first and last day, so pages must split ties by id.
      const codes = ['010', '020', '030', '040', '050', '060', '070', '080', '090', '100'];
      const modalities = ['asserted', 'intended', 'planned'] as const;
      await store.ingest(
        ['2025-07-03', '2025-07-04'].flatMap((value, d) =>
          codes.map((cameo, c) =>
            extraction(
              { id: `p${d}-${c}` },
              modalities.map((modality) => ({ cameo, modality, date: { ...codedEvent().date, value } })),
            ),
          ),
        ),
      );
      for (const order of ['date-asc', 'date-desc'] as const) {
        const all = await store.linkedEvents({ dyad: ['KOR', 'JPN'], order });
        expect(all).toHaveLength(60);
        const paged = [];
        for await (const page of store.linkedEventPages({ dyad: ['KOR', 'JPN'], order }, { pageSize: 7 })) {
          expect(page.length).toBeLessThanOrEqual(7);
          paged.push(...page);
        }
        expect(paged).toEqual(all);
        expect(await store.linkedEvents({ dyad: ['KOR', 'JPN'], order, limit: 10, offset: 20 })).toEqual(
          all.slice(20, 30),
        );
        expect(await store.linkedEvents({ dyad: ['KOR', 'JPN'], order, offset: 55 })).toEqual(all.slice(55));
        const window = [];
        for await (const page of store.linkedEventPages({ order, limit: 25, offset: 5 }, { pageSize: 10 }))
          window.push(...page);
        expect(window).toEqual(all.slice(5, 30));
      }
      expect((await store.events({ order: 'date-desc', limit: 3, offset: 1 })).map((e) => e.id)).toEqual(
        (await store.events({ order: 'date-desc' })).slice(1, 4).map((e) => e.id),
      );
    });

    it('rejects filter values it cannot use, naming the field', async () => {
      const store = await seeded();
      await expect(store.events({ from: 'June' })).rejects.toThrow(InvalidFilterError);
      await expect(store.events({ to: '2025-02-30' })).rejects.toThrow(/to "2025-02-30"/);
      await expect(store.events({ code: "04' OR 1=1" })).rejects.toThrow(InvalidFilterError);
      await expect(store.events({ dyad: ['KOR', "x' --"] })).rejects.toThrow(InvalidFilterError);
      await expect(store.events({ limit: -1 })).rejects.toThrow(InvalidFilterError);
      await expect(store.linkedEvents({ offset: 1.5 })).rejects.toThrow(/offset/);
      await expect(store.linkedEvents({ quadClass: [5] })).rejects.toThrow(InvalidFilterError);
    });
  });

  describe('search and recode', () => {
    it('finds articles by their words, with their events', async () => {
      const store = await keeper.open(engine);
      await store.ingest([
        extraction({ id: 'treaty', text: 'Japan and South Korea signed the basic treaty in 1965.' }, [{}]),
        extraction({ id: 'other', text: 'Kenya and Uganda held talks.' }, []),
      ]);
      const hits = await store.search('treaty Korea');
      expect(hits.map((h) => h.article.id)).toEqual(['treaty']);
      expect(hits[0]?.events).toHaveLength(1);
      expect(await store.search('"AND OR')).toEqual([]);
    });

    it('re-codes every article: derived rows replaced, articles kept', async () => {
      const store = await keeper.open(engine);
      await store.ingest([extraction({ id: 'a' }, [{}, {}]), extraction({ id: 'b' }, [{}])]);
      const report = await store.recode((article) => extraction(article, [{ rule: `recoded/${article.id}` }]));
      expect(report).toEqual({ articles: 2, events: 2, linkedEvents: 1 });
      expect(await store.counts()).toEqual({ articles: 2, events: 2, linkedEvents: 1 });
      expect(ids(await store.events())).toEqual(['recoded/a', 'recoded/b']);
      expect((await store.linkedEvents())[0]?.articles).toBe(2);
    });
  });
});
