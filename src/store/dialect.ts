import type { Kysely, RawBuilder } from 'kysely';
import type { Engine, Migration } from './migration.js';
import type { DyadDatabase } from './schema.js';

/** A database handle, either the store's own or one bound to a transaction. */
export type Db = Kysely<DyadDatabase>;

/**
 * What differs between the engines behind the one `Store` implementation: how a write transaction starts,
 * and keeps concurrent writers apart, the schema steps, and full-text search. Everything else is
 * plain kysely, written once.
 *
 * ```ts
 * const rows = await dialect.transaction(db, (trx) => trx.selectFrom('articles').select('id').execute());
 * ```
 */
export interface StoreDialect {
  readonly engine: Engine;
  readonly migrations: readonly Migration[];
  /**
   * Runs `work` in one write transaction, committed when it resolves and rolled back when it throws,
   * holding the link lock (see `linkLock`) from the start.
   */
  transaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T>;
  /** The same, without the link lock: an ingest writes what needs no linking first, then takes it. */
  ingestTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T>;
  /**
   * Keeps every other writer out of linking until this transaction ends, so two writers never both
   * create the linked event for one real-world event. A no-op where writers are serialized anyway.
   */
  linkLock(trx: Db): Promise<void>;
  /**
   * `n` new ids of `table`, ascending, above every id stored or handed out before. Linked events' are
   * reserved under the link lock, so they rise in the order writers link (the linker gives ties to the
   * oldest event); event mentions' before it, so that their links can name them.
   */
  reserveIds(trx: Db, table: 'linked_events' | 'events', n: number): Promise<number[]>;
  /** The ids of the articles matching a full-text query, best first. */
  searchArticles(db: Db, query: string, limit: number): Promise<number[]>;
  /**
   * A table `w` of `rows` (each its values in the order of `columns`, with these names and types), sent as
   * a fixed number of parameters however many rows there are (one JSON text on SQLite, one array a column on
   * PostgreSQL): for statements that take a whole batch of values.
   */
  batchTable(
    rows: readonly (readonly (string | number)[])[],
    columns: readonly (readonly [string, 'integer' | 'text'])[],
  ): RawBuilder<unknown>;
  /**
   * `outer` joined with the rows of `table` (as `l`) that meet `on`, looked up row by row of `outer`
   * (each an index range), whatever the planner guesses of `outer`'s size.
   */
  joinEach(outer: RawBuilder<unknown>, table: string, on: RawBuilder<boolean>): RawBuilder<unknown>;
  /** How a statement's text names its `index`th bound value (from 1): `?` on SQLite, `$1` on PostgreSQL. */
  parameter(index: number): string;
  /** Rows per multi-row INSERT, below the engine's bound-parameter limit for the widest table. */
  readonly rowsPerInsert: number;
  /**
   * Whether the engine keeps prepared statements by their text (SQLite here): writes then use a few
   * fixed row counts (see `statementChunks`), so that a long ingest reuses a small set of statements.
   */
  readonly reusesStatements: boolean;
}
