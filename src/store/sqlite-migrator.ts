import type { Database } from 'better-sqlite3';
import { SchemaVersionError } from './store-errors.js';

/** One schema step. Versions are applied in increasing order, each exactly once. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}

/**
 * Brings a database up to the newest of `migrations`, in one immediate transaction, recording each step in
 * `schema_migrations`. Throws `SchemaVersionError` for a database from a newer version. Returns the
 * versions it applied.
 *
 * ```ts
 * applyMigrations(db, sqliteMigrations, 'events.db'); // [1] on a new file, [] afterwards
 * ```
 */
export function applyMigrations(db: Database, migrations: readonly Migration[], file: string): number[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const known = ordered.at(-1)?.version ?? 0;
  const migrate = db.transaction((): number[] => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as {
      version: number | null;
    };
    const current = row.version ?? 0;
    if (current > known) throw new SchemaVersionError(file, current, known);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const applied: number[] = [];
    for (const migration of ordered) {
      if (migration.version <= current) continue;
      migration.up(db);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    }
    return applied;
  });
  // IMMEDIATE takes the write lock first, so two processes opening a new file do not both migrate it.
  return migrate.immediate();
}
