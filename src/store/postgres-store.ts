import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrator.js';
import { postgresDialect } from './postgres-dialect.js';
import type { DyadDatabase } from './schema.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

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
export async function openPostgresStore(url: string, options: { readonly poolSize?: number } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
  const db = new Kysely<DyadDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, postgresDialect, redact(url));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new SqlStore(db, postgresDialect);
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
