import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/content-hash.js';
import type { CodedEvent } from '../../src/model.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { InvalidFilterError, SchemaVersionError, StoreWriteError } from '../../src/store/store-errors.js';
import { JPN, JPNGOV, KOR, KORGOV, PRK, USA, codedEvent, extraction, tempDbFile } from './make-extraction.js';

const open: Store[] = [];
function newStore(file = tempDbFile()): Store {
  const store = openSqliteStore(file);
  open.push(store);
  return store;
}
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

const ids = (events: readonly { rule: string }[]) => events.map((e) => e.rule);

describe('opening', () => {
  it('creates the schema once, in WAL mode with foreign keys on', () => {
    const file = tempDbFile();
    newStore(file).close();
    newStore(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'articles, full-text index, events' },
    ]);
    db.close();
  });

  it('refuses a database from a newer version of dyad', () => {
    const file = tempDbFile();
    newStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    expect(() => openSqliteStore(file)).toThrow(SchemaVersionError);
  });
});

describe('ingest', () => {
  it('stores articles and events, and round-trips every field of an event', () => {
    const store = newStore();
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
    const report = store.ingest([
      extraction({ id: 'a', title: 'T', url: 'https://x.test/a', origin: 'a.txt' }, [event, { target: null }]),
    ]);
    expect(report).toEqual({ added: 1, unchanged: 0, events: 2 });
    expect(store.counts()).toEqual({ articles: 1, events: 2 });
    const [first, second] = store.events();
    expect(first).toEqual({ id: 1, ...codedEvent({ article: 'a', ...event }) });
    expect(second).toEqual({ id: 2, ...codedEvent({ article: 'a', target: null }) });
  });

  it('skips an article already stored, even under another id', () => {
    const store = newStore();
    const batch = [extraction({ id: 'a', text: 'Same text.' }, [{}]), extraction({ id: 'b' }, [{}, {}])];
    expect(store.ingest(batch)).toEqual({ added: 2, unchanged: 0, events: 3 });
    expect(store.ingest(batch)).toEqual({ added: 0, unchanged: 2, events: 0 });
    expect(store.ingest([extraction({ id: 'renamed', text: 'Same text.' }, [{}])])).toEqual({
      added: 0,
      unchanged: 1,
      events: 0,
    });
    expect(store.counts()).toEqual({ articles: 2, events: 3 });
    expect(store.hasArticle(contentHash({ published: '2025-07-04', text: 'Same text.' }))).toBe(true);
    expect(store.hasArticle(contentHash({ published: '2025-07-05', text: 'Same text.' }))).toBe(false);
  });

  it('counts a duplicate inside one batch as unchanged', () => {
    const store = newStore();
    const a = extraction({ id: 'a' }, [{}]);
    expect(store.ingest([a, a])).toEqual({ added: 1, unchanged: 1, events: 1 });
  });

  it('keeps data across reopening the file', () => {
    const file = tempDbFile();
    newStore(file).ingest([extraction({ id: 'a' }, [{}])]);
    expect(newStore(file).counts()).toEqual({ articles: 1, events: 1 });
  });

  it('stores nothing of a batch when one of its articles fails', () => {
    const store = newStore();
    store.ingest([extraction({ id: 'before' }, [{}])]);
    const bad = extraction({ id: 'bad', origin: 'feed.jsonl:2' }, [{ quadClass: 9 as CodedEvent['quadClass'] }]);
    const batch = [extraction({ id: 'good' }, [{}, {}]), bad, extraction({ id: 'after' }, [{}])];
    let error: unknown;
    try {
      store.ingest(batch);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as StoreWriteError).articleId).toBe('bad');
    expect((error as Error).message).toMatch(/^Could not store article bad \(feed\.jsonl:2\): CHECK constraint failed/);
    expect(store.counts()).toEqual({ articles: 1, events: 1 });
    expect(store.events().map((e) => e.article)).toEqual(['before']);
  });
});

describe('events filter', () => {
  function seeded(): Store {
    const store = newStore();
    store.ingest([
      extraction({ id: 'a', published: '2025-07-04' }, [
        {
          rule: 'kor-jpn-day',
          source: KORGOV,
          target: JPN,
          cameo: '036',
          date: { value: '2025-07-03', granularity: 'day', text: 'Thursday', source: 'text', via: 'clause' },
        },
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
          date: {
            value: '2025-W25',
            granularity: 'week',
            text: 'this week',
            source: 'text',
            via: 'sentence',
          },
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

  it('orders by the event date; an event without a calendar date sits at its publication day', () => {
    expect(ids(seeded().events())).toEqual([
      'kor-jpn-history',
      'jpn-kor-month',
      'usa-jpn-week',
      'jpn-kor-pastref',
      'kor-jpn-day',
      'kor-prk',
    ]);
    expect(ids(seeded().events({ order: 'date-desc', limit: 2 }))).toEqual(['kor-prk', 'kor-jpn-day']);
  });

  it('matches a dyad in both directions, by country or by full actor code', () => {
    const store = seeded();
    const both = ['kor-jpn-history', 'jpn-kor-month', 'jpn-kor-pastref', 'kor-jpn-day'];
    expect(ids(store.events({ dyad: ['KOR', 'JPN'] }))).toEqual(both);
    expect(ids(store.events({ dyad: ['jpn', 'kor'] }))).toEqual(both);
    expect(ids(store.events({ dyad: ['KORGOV', 'JPN'] }))).toEqual(['jpn-kor-pastref', 'kor-jpn-day']);
    expect(ids(store.events({ dyad: ['JPNGOV', 'USA'] }))).toEqual(['usa-jpn-week']);
    expect(ids(store.events({ actor: 'PRK' }))).toEqual(['kor-prk']);
  });

  it('keeps events whose date interval overlaps the range, each bound widened to its period', () => {
    const store = seeded();
    // The month-granularity event (2025-06) overlaps a day range inside June.
    expect(ids(store.events({ from: '2025-06-10', to: '2025-06-12' }))).toEqual(['jpn-kor-month']);
    // 2025-W25 is Monday 16 to Sunday 22 June.
    expect(ids(store.events({ from: '2025-06-22', to: '2025-06-22' }))).toEqual(['jpn-kor-month', 'usa-jpn-week']);
    expect(ids(store.events({ from: '2025-07' }))).toEqual(['kor-jpn-day', 'kor-prk']);
    expect(ids(store.events({ to: '2025-06' }))).toEqual([
      'kor-jpn-history',
      'jpn-kor-month',
      'usa-jpn-week',
      'jpn-kor-pastref',
    ]);
    expect(ids(store.events({ from: '1944', to: '1944' }))).toEqual(['kor-jpn-history']);
  });

  it('filters by CAMEO code prefix, modality and history', () => {
    const store = seeded();
    expect(ids(store.events({ code: '04' }))).toEqual(['jpn-kor-month', 'usa-jpn-week']);
    expect(ids(store.events({ code: '036' }))).toEqual(['jpn-kor-pastref', 'kor-jpn-day']);
    expect(ids(store.events({ modality: ['intended', 'planned'] }))).toEqual(['jpn-kor-pastref', 'kor-prk']);
    expect(ids(store.events({ dyad: ['KOR', 'JPN'], history: false }))).toEqual([
      'jpn-kor-month',
      'jpn-kor-pastref',
      'kor-jpn-day',
    ]);
  });

  it('rejects filter values it cannot use, naming the field', () => {
    const store = seeded();
    expect(() => store.events({ from: 'June' })).toThrow(InvalidFilterError);
    expect(() => store.events({ to: '2025-02-30' })).toThrow(/to "2025-02-30"/);
    expect(() => store.events({ code: "04' OR 1=1" })).toThrow(InvalidFilterError);
    expect(() => store.events({ dyad: ['KOR', "x' --"] })).toThrow(InvalidFilterError);
    expect(() => store.events({ limit: -1 })).toThrow(InvalidFilterError);
  });
});
