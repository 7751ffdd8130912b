/**
 * Linked events are found for linking by the days they cover. An index on the first day alone cannot
 * bound a search from below: an event that began long ago may still run into today, so every older event
 * of the dyad would have to be read. Giving each event a width class (`span_level`: its interval covers
 * at most 4^level days) bounds each class's search: an event of class L that overlaps `[start, end]`
 * began no earlier than `start - 4^L + 1`. A search is then one short index range per class, however
 * many events the dyad has, and a history event is searched only near its own dates.
 */

// Stored in linked_events.span_level (migration 4 writes the same classes): never change them, add a
// migration that recomputes the column if they must.
/** Width classes 0..TOP-1 cover at most 4^level days (1 day, 4, 16, 64, 256, 1,024, ... 65,536 ≈ 179 years). */
const TOP = 9;
/** The last class holds anything wider, and is searched without a lower bound. */
export const UNBOUNDED_LEVEL = TOP;
const DAY_MS = 86_400_000;
const EARLIEST = '0000-01-01';

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

function isoDay(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 1) return EARLIEST;
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The width class of an interval of days (first and last inclusive, ISO dates): the smallest level whose
 * 4^level days hold it, or `UNBOUNDED_LEVEL`.
 *
 * ```ts
 * spanLevel('2025-07-03', '2025-07-03'); // 0 (a day)
 * spanLevel('2025-06-01', '2025-06-30'); // 3 (a month: at most 64 days)
 * spanLevel('1910-01-01', '1945-12-31'); // 7
 * ```
 */
export function spanLevel(start: string, end: string): number {
  const days = dayNumber(end) - dayNumber(start) + 1;
  if (!Number.isFinite(days)) return UNBOUNDED_LEVEL;
  let level = 0;
  while (level < TOP && 4 ** level < days) level++;
  return level;
}

/** One index range to search: events of width class `level` whose first day lies in `[from, to]`. */
export interface LinkWindow {
  readonly level: number;
  readonly from: string;
  readonly to: string;
}

/**
 * The index ranges that together hold every linked event overlapping `[start, end]` (each still to be
 * checked for `date_end >= start`): one per width class, the widest without a lower bound.
 *
 * ```ts
 * linkWindows('2025-07-03', '2025-07-03')[3]; // { level: 3, from: '2025-05-01', to: '2025-07-03' }
 * ```
 */
export function linkWindows(start: string, end: string): LinkWindow[] {
  const first = dayNumber(start);
  const windows: LinkWindow[] = [];
  for (let level = 0; level < TOP; level++) {
    windows.push({ level, from: Number.isFinite(first) ? isoDay(first - 4 ** level + 1) : EARLIEST, to: end });
  }
  windows.push({ level: UNBOUNDED_LEVEL, from: EARLIEST, to: end });
  return windows;
}

/**
 * The SQL expression of `spanLevel` over a column holding the interval's width in days, for migrations
 * that fill the column for rows written before it existed.
 */
export function spanLevelSql(widthDays: string): string {
  const cases = Array.from({ length: TOP }, (_, level) => `WHEN ${widthDays} <= ${4 ** level} THEN ${level}`);
  return `CASE ${cases.join(' ')} ELSE ${UNBOUNDED_LEVEL} END`;
}
