import { type RawBuilder, sql } from 'kysely';
import type { LinkedEventRecord } from '../link/linked-event-record.js';
import type { LinkUnit } from '../link/link-unit.js';
import { type CandidateSearch, type LinkLookup, batchSearches, searchKey } from '../link/linker.js';
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

/** The newest revision of any linked event: each batch that links writes its rows with a higher one. */
export async function latestRevision(trx: Db): Promise<number> {
  const row = await trx
    .selectFrom('linked_events')
    .select((eb) => eb.fn.max('revision').as('revision'))
    .executeTakeFirst();
  return Number(row?.revision ?? 0);
}

/**
 * The linker's access to stored linked events inside an ingest transaction, for the batch of `units`. Its
 * searches run before the link lock; `findAll`, called under the lock, adds what other writers linked since:
 * the linked events written with a revision above the one read before the search. Searching is most of a
 * batch's linking; under the lock, only the rows that changed meanwhile are read (none where writers are
 * serialized anyway, as on SQLite). `create` hands out provisional ids, above every stored id and rising,
 * which the writer turns into reserved ones once the batch is linked (no round trip per new event).
 *
 * Why nothing is missed: a batch takes its revision under the lock, above every revision committed before
 * it; a batch that commits after `seen` was read held the lock then or took it later, so its rows carry a
 * higher revision, and the lock makes them visible before `findAll` runs.
 */
export async function searchAhead(trx: Db, dialect: StoreDialect, units: readonly LinkUnit[]): Promise<LinkLookup> {
  const seen = await latestRevision(trx);
  const searches = batchSearches(units);
  const results = await findCandidates(trx, dialect, [...searches.values()]);
  const before = new Map([...searches.keys()].map((key, i) => [key, results[i]!]));
  let next = PROVISIONAL;
  return {
    async findAll(asked) {
      // Searches of other units than these (not what `linkBatch` asks): searched now, under the lock.
      if (asked.some((search) => !before.has(searchKey(search)))) return findCandidates(trx, dialect, asked);
      const changed = await trx
        .selectFrom('linked_events as l')
        .select(LINKED_EVENT_COLUMNS.map((c) => `l.${c}` as const))
        .where('l.revision', '>', seen)
        .execute();
      const replaced = new Set(changed.map((event) => event.id));
      return asked.map((search) => {
        const kept = before.get(searchKey(search))!.filter((event) => !replaced.has(event.id));
        return [...kept, ...changed.filter((event) => finds(search, event))];
      });
    },
    create: () => next++,
  };
}

// What `searchStatement` finds, for one row: the search's pair (or place and party), root and modality,
// and days that overlap the search's (the width classes and windows only make that an index range).
function finds(search: CandidateSearch, event: LinkedEventRecord): boolean {
  const where =
    search.kind === 'pair'
      ? event.pair_a === search.pair[0] && event.pair_b === search.pair[1]
      : event.place_country === search.place && (event.pair_a === search.party || event.pair_b === search.party);
  return (
    where &&
    event.root === search.root &&
    event.modality === search.modality &&
    event.date_start <= search.end &&
    event.date_end >= search.start
  );
}

/** Provisional ids start here: above any real id, so "the oldest wins" ties still go to stored events. */
export const PROVISIONAL = 2 ** 50;

/**
 * Writes back a linked event the linker changed, its width class recomputed from its (possibly new) dates,
 * under the batch's revision. Not its counts: the linker may have read them before the lock (`searchAhead`),
 * and counts only ever grow by what each batch adds.
 */
export async function updateLinkedEvent(trx: Db, event: LinkedEventRecord, revision: number): Promise<void> {
  const { id, mention_count: _m, article_count: _a, ...fields } = event;
  await trx
    .updateTable('linked_events')
    .set({ ...fields, span_level: spanLevel(fields.date_start, fields.date_end), revision })
    .where('id', '=', id)
    .execute();
}
