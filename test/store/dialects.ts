import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import type { Engine } from '../../src/store/migration.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDbFile } from './make-extraction.js';

/** The engines the storage tests run on: DYAD_TEST_DIALECTS (default both); each case runs on each. */
export const DIALECTS: readonly Engine[] = (process.env['DYAD_TEST_DIALECTS'] ?? 'sqlite,postgres')
  .split(',')
  .filter((d): d is Engine => d === 'sqlite' || d === 'postgres');

let databases = 0;

/** Where a new, empty store lives: a fresh SQLite file, or a fresh database on the test server. */
export async function freshLocation(engine: Engine): Promise<string> {
  if (engine === 'sqlite') return tempDbFile();
  const admin = inject('pgUrl');
  const name = `dyad_${process.pid}_${Date.now().toString(36)}_${databases++}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export function openAt(engine: Engine, location: string): Promise<Store> {
  return engine === 'sqlite' ? openSqliteStore(location) : openPostgresStore(location);
}

/** Runs one SQL statement on a store's database behind its back (to fake a newer schema, read pragmas). */
export async function rawQuery(engine: Engine, location: string, statement: string): Promise<unknown[]> {
  if (engine === 'sqlite') {
    const db = new Database(location);
    try {
      const prepared = db.prepare(statement);
      return prepared.reader ? prepared.all() : (prepared.run(), []);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    return (await client.query(statement)).rows as unknown[];
  } finally {
    await client.end();
  }
}

/** Opens stores and closes them all after each test. */
export function storeKeeper() {
  const open: Store[] = [];
  return {
    async open(engine: Engine, location?: string): Promise<Store> {
      const store = await openAt(engine, location ?? (await freshLocation(engine)));
      open.push(store);
      return store;
    },
    async closeAll(): Promise<void> {
      for (const store of open.splice(0)) await store.close();
    },
  };
}
