import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrate } from './migrator.js';
import type { DyadDatabase } from './schema.js';
import { SqlStore } from './sql-store.js';
import { sqliteDialect } from './sqlite-dialect.js';
import type { Store } from './store.js';

/**
 * Opens (creating if needed) a SQLite event store in one file: WAL journal, 5 s busy timeout, foreign keys
 * on, schema migrated to the newest version at open. `':memory:'` gives a private in-memory store.
 * Rejects with `SchemaVersionError` for a file written by a newer dyad.
 *
 * ```ts
 * const store = await openSqliteStore('events.db');
 * await store.ingest(extractions);                 // { added, unchanged, events }
 * await store.linkedEvents({ dyad: ['KOR', 'JPN'], from: '2025-06' });
 * await store.close();
 * ```
 */
export async function openSqliteStore(file: string): Promise<Store> {
  const sqlite = new Database(file);
  let db: Kysely<DyadDatabase> | undefined;
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // A larger page cache keeps the indexes of a million-event store in memory between queries.
    sqlite.pragma('cache_size = -65536');
    db = new Kysely<DyadDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db, sqliteDialect, file);
  } catch (error) {
    if (db) await db.destroy();
    else sqlite.close();
    throw error;
  }
  return new SqlStore(db, sqliteDialect);
}
