import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrate } from './migrator.js';
import type { DyadDatabase } from './schema.js';
import { NO_GUARD, lockFileRecodeGuard } from './recode-guard.js';
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
export interface SqliteStoreOptions {
  /**
   * SQLite's page cache in MB (default 64): what a long-lived reader (the server) answers from. A batch
   * writer needs less: it touches each index page about once a batch, and the OS keeps the file cached.
   */
  readonly cacheMb?: number;
}

export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const sqlite = new Database(file);
  let db: Kysely<DyadDatabase> | undefined;
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // A larger page cache keeps the indexes of a million-event store in memory between queries.
    sqlite.pragma(`cache_size = -${Math.round((options.cacheMb ?? 64) * 1024)}`);
    // In WAL mode NORMAL never corrupts the file on a crash (a power cut may lose the last commits only).
    sqlite.pragma('synchronous = NORMAL');
    db = new Kysely<DyadDatabase>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
    await migrate(db, sqliteDialect, file);
  } catch (error) {
    if (db) await db.destroy();
    else sqlite.close();
    throw error;
  }
  // Only a file can be opened by another process; `:memory:` (or '') is this connection's alone.
  const guard = file === ':memory:' || file === '' ? NO_GUARD : lockFileRecodeGuard(file);
  return new SqlStore(db, sqliteDialect, guard);
}

/**
 * Kysely prepares every query it runs; with the same few statements run for every article, preparing
 * them once and reusing them cuts the store's own cost by a third. The cache is bounded because ad-hoc
 * queries (filters, IN lists of varying length) each have their own text.
 */
export function cachingStatements(sqlite: Database.Database): Database.Database {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      if (cache.size >= 200) cache.delete(cache.keys().next().value!);
      statement = prepare(source);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return sqlite;
}
