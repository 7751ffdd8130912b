import type { Command } from 'commander';
import { openPostgresStore } from '../../store/postgres-store.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
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

/** Opens the store the options name. */
export function openStoreFrom(options: StoreOptions): Promise<Store> {
  return options.pg ? openPostgresStore(options.pg) : openSqliteStore(options.db);
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
