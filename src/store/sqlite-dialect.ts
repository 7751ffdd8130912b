import { sql } from 'kysely';
import type { Db, StoreDialect } from './dialect.js';
import { sqliteMigrations } from './sqlite-migrations.js';

// FTS5 reads its own query language; each word is quoted so that user text ("U.S.-Japan", "AND") is just words.
function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

/**
 * SQLite behind the store: write transactions start with BEGIN IMMEDIATE (the write lock up front, so a
 * concurrent writer waits on the busy timeout instead of failing mid-batch), search is FTS5 ranked by bm25.
 */
export const sqliteDialect: StoreDialect = {
  engine: 'sqlite',
  migrations: sqliteMigrations,
  rowsPerInsert: 400,
  reusesStatements: true,
  parameter: () => '?',
  transaction(db, work) {
    return sqliteDialect.ingestTransaction(db, work);
  },
  // BEGIN IMMEDIATE already holds the one write lock of the file.
  async linkLock() {},
  async reserveIds(trx, table, n) {
    if (n === 0) return [];
    const row = await trx
      .selectFrom(table)
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirst();
    const max = Number(row?.max ?? 0);
    return Array.from({ length: n }, (_, i) => max + 1 + i);
  },
  async ingestTransaction(db, work) {
    return db.connection().execute(async (conn) => {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        const result = await work(conn);
        await sql`COMMIT`.execute(conn);
        return result;
      } catch (error) {
        await sql`ROLLBACK`.execute(conn);
        throw error;
      }
    });
  },
  // Rows travel as arrays, not objects: a shorter text to write and to parse, and no key to look up.
  batchTable(rows, columns) {
    const fields = columns.map(([name, type], k) =>
      type === 'integer'
        ? `CAST(json_extract(value, '$[${k}]') AS INTEGER) AS ${name}`
        : `json_extract(value, '$[${k}]') AS ${name}`,
    );
    return sql`(SELECT ${sql.raw(fields.join(', '))} FROM json_each(${JSON.stringify(rows)})) AS w`;
  },
  // SQLite's planner loops over the small table and probes the index of the other by itself.
  joinEach(outer, table, on) {
    return sql`${outer} JOIN ${sql.table(table)} AS l ON ${on}`;
  },
  async searchArticles(db: Db, query: string, limit: number) {
    const match = ftsQuery(query);
    if (match === '') return [];
    const { rows } = await sql<{ id: number }>`
      SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ${match} ORDER BY rank LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },
};
