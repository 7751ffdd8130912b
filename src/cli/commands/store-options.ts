import type { Command } from 'commander';
import type { Store } from '../../store/store.js';

/** Where a command's store is: a SQLite file, or a PostgreSQL database when `pg` is given. */
export interface StoreOptions {
  db: string;
  pg?: string;
}

/** Adds `--db FILE` and `--pg URL` to a command. */
export function addStoreOptions(command: Command): Command {
  return command
    .option('--db <file>', 'SQLite database file', 'dyad.db')
    .option('--pg <url>', 'a PostgreSQL database (postgres://user@host:port/db) instead of --db');
}

/**
 * Opens the store the options name. Each engine is loaded when first asked for, so `--help` and the
 * commands that never touch PostgreSQL do not pay for loading its driver, nor SQLite's.
 */
export async function openStoreFrom(options: StoreOptions): Promise<Store> {
  if (options.pg) return (await import('../../store/postgres-store.js')).openPostgresStore(options.pg);
  return (await import('../../store/sqlite-store.js')).openSqliteStore(options.db);
}

/** Runs `work` on the store the options name, closing it afterwards. */
export async function withStore<T>(options: StoreOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreFrom(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
