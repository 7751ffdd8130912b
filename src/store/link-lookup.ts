import type { SelectQueryBuilder } from 'kysely';
import type { LinkedEventRecord, NewLinkedEvent } from '../link/linked-event-record.js';
import type { LinkLookup, PairQuery, PlaceQuery } from '../link/linker.js';
import type { Db } from './dialect.js';
import { linkWindows, spanLevel } from './link-window.js';
import type { DyadDatabase } from './schema.js';

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

type Candidates = SelectQueryBuilder<DyadDatabase, 'linked_events', LinkedEventRecord>;

/**
 * The search for one query in one width class: an index range on `(pair or place, root, modality,
 * span_level, date_start)` bounded on both sides, so its cost does not grow with the dyad's history.
 */
function windowQuery(trx: Db, query: PairQuery | PlaceQuery, level: number, from: string): Candidates {
  let q = trx
    .selectFrom('linked_events')
    .select(LINKED_EVENT_COLUMNS)
    .where('root', '=', query.root)
    .where('modality', '=', query.modality)
    .where('span_level', '=', level)
    .where('date_start', '>=', from)
    .where('date_start', '<=', query.end)
    .where('date_end', '>=', query.start);
  q =
    query.kind === 'pair'
      ? q.where('pair_a', '=', query.pair[0]).where('pair_b', '=', query.pair[1])
      : q
          .where('place_country', '=', query.place)
          .where((eb) => eb.or([eb('pair_a', '=', query.party), eb('pair_b', '=', query.party)]));
  return q as Candidates;
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
      const [first, ...rest] = linkWindows(query.start, query.end).map((w) => windowQuery(trx, query, w.level, w.from));
      const union = rest.reduce((all, next) => all.unionAll(next), first!);
      return (await union.execute()) as LinkedEventRecord[];
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
