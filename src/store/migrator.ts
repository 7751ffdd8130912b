import { sql } from 'kysely';
import type { Db, StoreDialect } from './dialect.js';
import { SchemaVersionError } from './store-errors.js';

/**
 * Brings a store up to the newest of its dialect's migrations, in one write transaction, recording each
 * step in `schema_migrations`. Throws `SchemaVersionError` for a database from a newer dyad. Returns the
 * versions it applied.
 *
 * ```ts
 * await migrate(db, sqliteDialect, 'events.db'); // [1, 2] on a new file, [] afterwards
 * ```
 */
export async function migrate(db: Db, dialect: StoreDialect, where: string): Promise<number[]> {
  const ordered = [...dialect.migrations].sort((a, b) => a.version - b.version);
  const known = ordered.at(-1)?.version ?? 0;
  return dialect.transaction(db, async (trx) => {
    // The dialect's write transaction keeps a second process out, so a new store is migrated once.
    const strict = dialect.engine === 'sqlite' ? sql.raw(' STRICT') : sql.raw('');
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )${strict}`.execute(trx);
    const row = await trx
      .selectFrom('schema_migrations')
      .select((eb) => eb.fn.max('version').as('version'))
      .executeTakeFirst();
    const current = row?.version ?? 0;
    if (current > known) throw new SchemaVersionError(where, current, known);
    const applied: number[] = [];
    for (const migration of ordered) {
      if (migration.version <= current) continue;
      await migration.up(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      applied.push(migration.version);
    }
    return applied;
  });
}
