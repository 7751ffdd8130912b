import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrator.js';
import { postgresDialect } from './postgres-dialect.js';
import type { DyadDatabase } from './schema.js';
import { ADVISORY_RECODE_GUARD } from './recode-guard.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

export interface PostgresStoreOptions {
  /** Connections in the pool (default 4). */
  readonly poolSize?: number;
  /**
   * Commit without waiting for the write-ahead log to reach the disk (`synchronous_commit = off`): a
   * crash may lose the last fraction of a second of commits, never corrupt them. Right for a queue
   * worker, whose job is completed afterwards in a durable commit (which flushes this one before it):
   * a lost ingest leaves its job to be retried. The link lock is then no longer held through an fsync.
   */
  readonly asyncCommit?: boolean;
}

/**
 * Opens an event store in a PostgreSQL database (`postgres://user@host:port/db`), creating or migrating
 * its schema: the same tables and queries as the SQLite store, for many writers on many machines.
 * Rejects with `SchemaVersionError` for a database written by a newer dyad.
 *
 * ```ts
 * const store = await openPostgresStore('postgres://dyad@db.internal/dyad');
 * await store.ingest(extractions);
 * await store.close();
 * ```
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 4,
    ...(options.asyncCommit ? { options: '-c synchronous_commit=off' } : {}),
  });
  const db = new Kysely<DyadDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, postgresDialect, redact(url));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new SqlStore(db, postgresDialect, ADVISORY_RECODE_GUARD);
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}
