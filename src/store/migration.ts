import { type Kysely, sql } from 'kysely';

/** The database engines dyad stores into. */
export type Engine = 'sqlite' | 'postgres';

/**
 * One schema step: `up` runs inside the migrator's transaction, on the engine it is written for. Versions
 * are applied in increasing order, each exactly once; a released step is never edited, a new one is added.
 *
 * ```ts
 * const step: Migration = { version: 3, name: 'places index', up: (db) => sql`CREATE INDEX ...`.execute(db).then(() => {}) };
 * ```
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  // The schema is being built, so no typed table exists yet for the builder to check against.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}

/** A migration made of plain statements, run one by one (better-sqlite3 prepares one statement at a time). */
export function statements(version: number, name: string, ddl: readonly string[]): Migration {
  return {
    version,
    name,
    async up(db) {
      for (const statement of ddl) await sql.raw(statement).execute(db);
    },
  };
}
