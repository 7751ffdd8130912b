import { describe, expect, it } from 'vitest';
import { statementChunks } from '../../src/store/write-batch.js';

const sizes = (n: number, reusesStatements: boolean) =>
  statementChunks(
    Array.from({ length: n }, (_, i) => i),
    { rowsPerInsert: 400, reusesStatements },
  ).map((c) => c.length);

describe('statementChunks', () => {
  it('writes a remainder in powers of two where the engine reuses statements, so few shapes recur', () => {
    expect(sizes(1000, true)).toEqual([400, 400, 128, 64, 8]);
    expect(sizes(399, true)).toEqual([256, 128, 8, 4, 2, 1]);
    expect(sizes(0, true)).toEqual([]);
    const shapes = new Set<number>();
    for (let n = 0; n <= 2000; n++) for (const s of sizes(n, true)) shapes.add(s);
    expect([...shapes].sort((a, b) => a - b)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 400]);
  });

  it('keeps every row once and in order', () => {
    for (const n of [1, 7, 400, 401, 1234]) {
      const items = Array.from({ length: n }, (_, i) => i);
      for (const reuses of [true, false]) {
        expect(statementChunks(items, { rowsPerInsert: 400, reusesStatements: reuses }).flat()).toEqual(items);
      }
    }
  });

  it('writes the remainder whole where statements are not kept', () => {
    expect(sizes(1000, false)).toEqual([400, 400, 200]);
  });
});
