import { CompiledQuery, type Insertable } from 'kysely';
import type { Db, StoreDialect } from './dialect.js';
import type { DyadDatabase } from './schema.js';

/** The tables the store writes rows into, and a row of one as written. */
export type Table = Exclude<keyof DyadDatabase, 'schema_migrations'>;
export type InsertRow<T extends Table> = Insertable<DyadDatabase[T]>;

/**
 * A multi-row INSERT of one shape: its table, its columns in order, and what follows the VALUES
 * (`ON CONFLICT ...`, `RETURNING ...`), written for the engines dyad runs on.
 */
export interface InsertShape<T extends Table> {
  readonly table: T;
  readonly columns: readonly (keyof Insertable<DyadDatabase[T]> & string)[];
  readonly tail?: string;
}

// Statement texts by shape, engine and row count: one string each, built once (and so prepared once where
// the engine keeps statements by their text).
const texts = new WeakMap<InsertShape<Table>, Map<string, string>>();

function statementText(shape: InsertShape<Table>, dialect: StoreDialect, rows: number): string {
  let byCount = texts.get(shape);
  if (byCount === undefined) texts.set(shape, (byCount = new Map()));
  const key = `${dialect.engine}/${rows}`;
  let text = byCount.get(key);
  if (text === undefined) {
    const width = shape.columns.length;
    const tuples = Array.from(
      { length: rows },
      (_, r) => `(${shape.columns.map((_c, c) => dialect.parameter(r * width + c + 1)).join(', ')})`,
    );
    const columns = shape.columns.map((c) => `"${c}"`).join(', ');
    text = `INSERT INTO "${shape.table}" (${columns}) VALUES ${tuples.join(', ')}${shape.tail ? ` ${shape.tail}` : ''}`;
    byCount.set(key, text);
  }
  return text;
}

/**
 * Inserts `rows` (at most the dialect's `rowsPerInsert`) in one statement of the given shape and returns
 * what its `RETURNING` gives. The same statement kysely's builder writes, without building and compiling
 * a query tree of every value on every call: the store's inserts are a few fixed shapes, and with a
 * batch's thousands of values the tree cost more time than SQLite spent storing them.
 *
 * ```ts
 * await insertRows(trx, dialect, { table: 'timexes', columns: ['article_id', 'text', ...] }, rows);
 * ```
 */
export async function insertRows<T extends Table, R = never>(
  trx: Db,
  dialect: StoreDialect,
  shape: InsertShape<T>,
  rows: readonly InsertRow<T>[],
): Promise<readonly R[]> {
  if (rows.length === 0) return [];
  const parameters: unknown[] = [];
  for (const row of rows) {
    for (const column of shape.columns) parameters.push(row[column] ?? null);
  }
  const text = statementText(shape as unknown as InsertShape<Table>, dialect, rows.length);
  const result = await trx.executeQuery<R>(CompiledQuery.raw(text, parameters));
  return result.rows;
}
