import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { WRITE_LOCK } from '../../src/store/postgres-dialect.js';
import { DIALECTS, freshLocation, storeKeeper } from './dialects.js';
import { extraction } from './make-extraction.js';

// Writers on PostgreSQL search their candidates before the link lock (`searchAhead`): what another writer
// links between that search and the lock must still be found, or one real-world event is stored twice.
describe.runIf(DIALECTS.includes('postgres'))('linking on PostgreSQL while another writer links', () => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  it('joins the linked event another writer stored after this batch searched and before it took the lock', async () => {
    const location = await freshLocation('postgres');
    const store = await keeper.open('postgres', location);
    const other = new pg.Client({ connectionString: location });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [WRITE_LOCK]);
      // KORGOV consults JPN on 2025-07-03 (the default event): searched now, then waiting for the lock.
      const ingest = store.ingest([extraction({ id: 'waiting' }, [{}])]);
      await waitFor(async () => {
        const { rows } = await other.query(
          "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
        );
        return Number(rows[0].n) === 1;
      });
      // Meanwhile the other writer, holding the lock, links the same meeting reported by another article.
      const { rows } = await other.query(`INSERT INTO linked_events (pair_a, pair_b, source_code, source_country,
          source_name, target_code, target_country, target_name, cameo, root, plover, goldstein, quad_class, modality,
          mutual, history, date_value, date_granularity, date_source, date_start, date_end, place_name, place_country,
          mention_count, article_count, span_level, revision)
        SELECT 'JPN', 'KOR', 'KORGOV', 'KOR', 'Lee Jae-myung', 'JPN', 'JPN', 'Japan', '036', '03', 'CONSULT', 4, 1,
          'asserted', 0, 0, '2025-07', 'month', 'text', '2025-07-01', '2025-07-31', NULL, NULL, 1, 1, 3,
          coalesce(max(revision), 0) + 1 FROM linked_events
        RETURNING id`);
      await other.query('SELECT pg_advisory_unlock($1)', [WRITE_LOCK]);
      await ingest;
      const linked = await store.linkedEvents();
      expect(linked.map((event) => event.id)).toEqual([rows[0].id]);
      // The more precise day of the waiting batch now dates it; the other writer's count is kept and grown.
      expect(linked[0]).toMatchObject({ date: { value: '2025-07-03' }, articles: 2 });
    } finally {
      await other.end();
    }
  });
});

async function waitFor(condition: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`not true within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
