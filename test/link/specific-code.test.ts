import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { JPN, KOR, extraction } from '../store/make-extraction.js';

const year = { value: '1965', granularity: 'year', text: '1965', source: 'text', via: 'clause' } as const;
const day = { value: '1965-06-22', granularity: 'day', text: 'June 22, 1965', source: 'text', via: 'clause' } as const;
const generic = { source: KOR, target: JPN, cameo: '050', plover: 'COOPERATE', date: year, history: true };
const treaty = { source: KOR, target: JPN, cameo: '057', plover: 'AGREE', date: day, history: true };

describe('a linked event named by its most specific mention', () => {
  it('takes the more specific code of one root when a later mention gives it', async () => {
    for (const [first, second] of [
      [generic, treaty],
      [treaty, generic],
    ]) {
      const store = await openSqliteStore(':memory:');
      await store.ingest([extraction({ id: 'a' }, [first!]), extraction({ id: 'b', text: 'Other text.' }, [second!])]);
      const linked = await store.linkedEvents();
      expect(linked).toHaveLength(1);
      expect(linked[0]).toMatchObject({ cameo: '057', articles: 2, date: { value: '1965-06-22' } });
      await store.close();
    }
  });

  it('takes any other code of a root over its generic code (051 over 050)', async () => {
    const store = await openSqliteStore(':memory:');
    const other = { ...generic, cameo: '051', plover: 'COOPERATE' };
    await store.ingest([extraction({ id: 'a' }, [generic]), extraction({ id: 'b', text: 'Other text.' }, [other])]);
    const codes = (await store.linkedEvents()).map((e) => e.cameo).sort();
    expect(codes).toEqual(['051']);
    await store.close();
  });
});
