import { type RawBuilder, sql } from 'kysely';
import type { LinkedEventRecord } from '../link/linked-event-record.js';
import type { CandidateSearch, LinkLookup } from '../link/linker.js';
import type { Db, StoreDialect } from './dialect.js';
import { linkWindows, spanLevel } from './link-window.js';

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

const SELECTED = sql.raw(LINKED_EVENT_COLUMNS.map((c) => `l."${c}"`).join(', '));
type Kind = CandidateSearch['kind'];

/** The columns of the window table: one row per width class of each search (see link-window.ts). */
export const WINDOW_COLUMNS = [
  ['i', 'integer'],
  ['x', 'text'],
  ['y', 'text'],
  ['root', 'text'],
  ['modality', 'text'],
  ['level', 'integer'],
  ['lo', 'text'],
  ['hi', 'text'],
  ['overlap', 'text'],
] as const;

const MATCH: Record<Kind, RawBuilder<boolean>> = {
  pair: sql<boolean>`l.pair_a = w.x AND l.pair_b = w.y`,
  place: sql<boolean>`l.place_country = w.x AND (l.pair_a = w.y OR l.pair_b = w.y)`,
};

// One row per width class of each search, its values in the order of WINDOW_COLUMNS.
function windowRows(searches: readonly (readonly [number, CandidateSearch])[]): (string | number)[][] {
  return searches.flatMap(([i, search]) => {
    const [x, y] = search.kind === 'pair' ? search.pair : [search.place, search.party];
    const { root, modality, start, end } = search;
    return linkWindows(start, end).map((w) => [i, x, y, root, modality, w.level, w.from, end, start]);
  });
}

// All windows of all searches travel as a few parameters, read as a table and joined with
// linked_events: one short statement whatever the batch holds (nothing to parse per search), planned as
// one bounded index range per window.
function searchStatement(
  dialect: StoreDialect,
  searches: readonly (readonly [number, CandidateSearch])[],
): RawBuilder<SearchRow> {
  const parts = (['pair', 'place'] as const).flatMap((kind) => {
    const mine = searches.filter(([, s]) => s.kind === kind);
    if (mine.length === 0) return [];
    return [
      sql`SELECT w.i AS search, ${SELECTED} FROM ${dialect.joinEach(
        dialect.batchTable(windowRows(mine), WINDOW_COLUMNS),
        'linked_events',
        sql<boolean>`${MATCH[kind]} AND l.root = w.root AND l.modality = w.modality AND l.span_level = w.level
          AND l.date_start >= w.lo AND l.date_start <= w.hi AND l.date_end >= w.overlap`,
      )}`,
    ];
  });
  return sql<SearchRow>`${sql.join(parts, sql` UNION ALL `)}`;
}

type SearchRow = LinkedEventRecord & { readonly search: number };

/**
 * The stored linked events each search finds: exactly those of the search's pair (or place and party),
 * root and modality whose days overlap the search's, all in one statement.
 */
export async function findCandidates(
  trx: Db,
  dialect: StoreDialect,
  searches: readonly CandidateSearch[],
): Promise<LinkedEventRecord[][]> {
  const found: LinkedEventRecord[][] = searches.map(() => []);
  if (searches.length === 0) return found;
  const { rows } = await searchStatement(
    dialect,
    searches.map((s, i) => [i, s] as const),
  ).execute(trx);
  for (const { search, ...event } of rows) found[Number(search)]!.push(event);
  return found;
}

/**
 * The linker's access to stored linked events inside an ingest transaction: `findAll` searches the
 * store; `create` hands out provisional ids, above every stored id and rising, which `reserve` turns
 * into real ones once the batch is linked (so no insert waits on a round trip per new event).
 *
 * ```ts
 * const lookup = linkLookup(trx, dialect);
 * const result = await linkBatch(units, lookup);
 * ```
 */
export function linkLookup(trx: Db, dialect: StoreDialect): LinkLookup {
  let next = PROVISIONAL;
  return {
    findAll: (searches) => findCandidates(trx, dialect, searches),
    create: () => next++,
  };
}

/** Provisional ids start here: above any real id, so "the oldest wins" ties still go to stored events. */
export const PROVISIONAL = 2 ** 50;

/** Writes back a linked event the linker changed, its width class recomputed from its (possibly new) dates. */
export async function updateLinkedEvent(trx: Db, event: LinkedEventRecord): Promise<void> {
  const { id, ...fields } = event;
  await trx
    .updateTable('linked_events')
    .set({ ...fields, span_level: spanLevel(fields.date_start, fields.date_end) })
    .where('id', '=', id)
    .execute();
}
