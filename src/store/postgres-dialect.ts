import { sql } from 'kysely';
import type { StoreDialect } from './dialect.js';
import { postgresMigrations } from './postgres-migrations.js';

/** The advisory lock every writer links under (see `linkLock`): a constant shared by every dyad process. */
export const WRITE_LOCK = 0x64796164; // "dyad"

/**
 * PostgreSQL behind the store. Writers on many machines share one database: each write transaction takes
 * one transaction-scoped advisory lock before it links, so two workers never both create the linked event
 * for one real-world event. Extraction, the expensive part, runs outside the transaction and in parallel;
 * an ingest writes its articles, time expressions and actor mentions before it takes the lock.
 * Search is a `tsvector` GIN index queried with `websearch_to_tsquery`.
 */
export const postgresDialect: StoreDialect = {
  engine: 'postgres',
  migrations: postgresMigrations,
  rowsPerInsert: 400,
  reusesStatements: false,
  parameter: (index) => `$${index}`,
  async transaction(db, work) {
    return db.transaction().execute(async (trx) => {
      await postgresDialect.linkLock(trx);
      return work(trx);
    });
  },
  ingestTransaction(db, work) {
    return db.transaction().execute(work);
  },
  async linkLock(trx) {
    await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
  },
  async reserveIds(trx, table, n) {
    if (n === 0) return [];
    // Identity columns draw from a sequence; values taken here are never handed out again.
    const { rows } = await sql<{ id: string | number }>`
      SELECT nextval(q.seq) AS id FROM (SELECT CAST(pg_get_serial_sequence(${table}, 'id') AS regclass) AS seq) AS q,
        generate_series(1, CAST(${n} AS INTEGER))`.execute(trx);
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  },
  // One array parameter per column, read back by `unnest`: PostgreSQL parses typed arrays about three times
  // faster than the same rows as JSON records (the link search sends hundreds of windows a batch).
  batchTable(rows, columns) {
    const arrays = columns.map(([, type], k) => sql`CAST(${rows.map((row) => row[k])} AS ${sql.raw(type)}[])`);
    const names = columns.map(([name]) => name).join(', ');
    return sql`unnest(${sql.join(arrays)}) AS w(${sql.raw(names)})`;
  },
  // A set-returning function is planned as 100 rows, which can tip the planner into a hash join over the
  // whole table; a LATERAL subquery kept whole (OFFSET 0: not pulled up into a join) is a loop of index ranges.
  joinEach(outer, table, on) {
    return sql`${outer} CROSS JOIN LATERAL (SELECT * FROM ${sql.table(table)} AS l WHERE ${on} OFFSET 0) AS l`;
  },
  async searchArticles(db, query, limit) {
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM articles, websearch_to_tsquery('english', ${query}) AS q
      WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },
};
