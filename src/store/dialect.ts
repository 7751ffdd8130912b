import type { Kysely } from 'kysely';
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
  /** Runs `work` in one write transaction, committed when it resolves and rolled back when it throws. */
  transaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T>;
  /** The ids of the articles matching a full-text query, best first. */
  searchArticles(db: Db, query: string, limit: number): Promise<number[]>;
  /** Rows per multi-row INSERT, below the engine's bound-parameter limit for the widest table. */
  readonly rowsPerInsert: number;
}
