import { type RawBuilder, sql } from 'kysely';
import type { LinkedEventRecord, NewLinkedEvent } from '../link/linked-event-record.js';
import type { LinkLookup, PairQuery, PlaceQuery } from '../link/linker.js';
import type { Db } from './dialect.js';
import { type LinkWindow, linkWindows, spanLevel } from './link-window.js';

/** The columns of a linked event as the linker reads them (everything but the width class). */
export const LINKED_EVENT_COLUMNS = [
  'id',
  'pair_a',
  'pair_b',
  'source_code',
  'source_country',
  'source_name',
  'target_code',
  'target_country',
  'target_name',
  'cameo',
  'root',
  'plover',
  'goldstein',
  'quad_class',
  'modality',
  'mutual',
  'history',
  'date_value',
  'date_granularity',
  'date_source',
  'date_start',
  'date_end',
  'place_name',
  'place_country',
  'mention_count',
  'article_count',
] as const satisfies readonly (keyof LinkedEventRecord)[];

// The column list, written once: the search is built for every unit, and runs in well under a millisecond.
const SELECTED = sql.raw(LINKED_EVENT_COLUMNS.map((c) => `"${c}"`).join(', '));

/**
 * The search for one query in one width class: an index range on `(pair or place, root, modality,
 * span_level, date_start)` bounded on both sides, so its cost does not grow with the dyad's history.
 */
function windowQuery(query: PairQuery | PlaceQuery, window: LinkWindow): RawBuilder<LinkedEventRecord> {
  const who =
    query.kind === 'pair'
      ? sql`pair_a = ${query.pair[0]} AND pair_b = ${query.pair[1]}`
      : sql`place_country = ${query.place} AND (pair_a = ${query.party} OR pair_b = ${query.party})`;
  return sql`SELECT ${SELECTED} FROM linked_events WHERE ${who} AND root = ${query.root}
    AND modality = ${query.modality} AND span_level = ${window.level}
    AND date_start >= ${window.from} AND date_start <= ${query.end} AND date_end >= ${query.start}`;
}

/**
 * The linker's access to stored linked events inside an ingest transaction. `find` returns exactly the
 * linked events of the query's pair (or place and party), root and modality whose days overlap the
 * query's, as one statement: a UNION ALL of one bounded index range per width class (see link-window.ts).
 *
 * ```ts
 * const lookup = linkLookup(trx);
 * await lookup.find({ kind: 'pair', pair: ['JPN', 'KOR'], root: '04', modality: 'asserted', start: '2025-06-17', end: '2025-06-17' });
 * ```
 */
export function linkLookup(trx: Db): LinkLookup {
  return {
    async find(query) {
      const branches = linkWindows(query.start, query.end).map((w) => windowQuery(query, w));
      return (await sql<LinkedEventRecord>`${sql.join(branches, sql` UNION ALL `)}`.execute(trx)).rows;
    },
    async create(event: NewLinkedEvent) {
      const row = await trx
        .insertInto('linked_events')
        .values({ ...event, span_level: spanLevel(event.date_start, event.date_end) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

/** Writes back a linked event the linker changed, its width class recomputed from its (possibly new) dates. */
export async function updateLinkedEvent(trx: Db, event: LinkedEventRecord): Promise<void> {
  const { id, ...fields } = event;
  await trx
    .updateTable('linked_events')
    .set({ ...fields, span_level: spanLevel(fields.date_start, fields.date_end) })
    .where('id', '=', id)
    .execute();
}
