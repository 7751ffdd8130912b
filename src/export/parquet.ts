import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Columns } from './columns.js';

/**
 * A typed table as one Parquet file (snappy-compressed, one row group per 100,000 rows or so), through
 * hyparquet-writer: text as UTF-8 strings, counts as INT32, scores as DOUBLE, flags as BOOLEAN; a column
 * with a missing value is OPTIONAL, any other REQUIRED.
 *
 * ```ts
 * writeFileSync('events.parquet', parquetBytes(eventColumns(events)));
 * ```
 */
export function parquetBytes(columns: Columns): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c) => ({
      name: c.name,
      type: c.type,
      data: [...c.data],
      nullable: c.data.includes(null),
    })),
  });
  return new Uint8Array(buffer);
}
