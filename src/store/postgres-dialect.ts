import { sql } from 'kysely';
import type { StoreDialect } from './dialect.js';
import { postgresMigrations } from './postgres-migrations.js';

// Any constant shared by every dyad process on the server; it names dyad's advisory lock.
const WRITE_LOCK = 0x64796164; // "dyad"

/**
 * PostgreSQL behind the store. Writers on many machines share one database: each write transaction takes
 * one transaction-scoped advisory lock before it links, so two workers never both create the linked event
 * for one real-world event (extraction, the expensive part, runs outside the transaction and in parallel).
 * Search is a `tsvector` GIN index queried with `websearch_to_tsquery`.
 */
export const postgresDialect: StoreDialect = {
  engine: 'postgres',
  migrations: postgresMigrations,
  rowsPerInsert: 400,
  async transaction(db, work) {
    return db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
      return work(trx);
    });
  },
  async searchArticles(db, query, limit) {
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM articles, websearch_to_tsquery('english', ${query}) AS q
      WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },
};
