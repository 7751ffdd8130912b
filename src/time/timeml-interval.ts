import { addMonths } from 'date-fns/addMonths';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { format } from 'date-fns/format';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { subDays } from 'date-fns/subDays';
import type { IsoDay } from '../model.js';

/** The calendar days a date covers, first and last inclusive. */
export interface DayInterval {
  readonly start: IsoDay;
  readonly end: IsoDay;
}

// Local-time dates at noon (a DST jump never skips noon), built with setFullYear so years below 100 stay as written.
function day(year: number, month: number, date: number): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, date);
  return d;
}

const iso = (d: Date): IsoDay => format(d, 'yyyy-MM-dd');

function span(start: Date, end: Date): DayInterval {
  return { start: iso(start), end: iso(end) };
}

// Meteorological seasons of the northern hemisphere, as month offsets from the start of the year.
const SEASONS: Record<string, readonly [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

type Groups = readonly (string | undefined)[];
const num = (groups: Groups, i: number) => Number(groups[i]);

/** One TimeML value shape and the days it covers (null when the match is no real date). */
const RULES: readonly (readonly [RegExp, (g: Groups) => DayInterval | null])[] = [
  [
    /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/,
    (g) => {
      const date = day(num(g, 1), num(g, 2), num(g, 3));
      // A day that rolled over (2025-02-30 → March 2) is not a day.
      return date.getMonth() === num(g, 2) - 1 && date.getDate() === num(g, 3) ? span(date, date) : null;
    },
  ],
  [
    /^(\d{4})-(\d{2})$/,
    (g) => {
      const first = day(num(g, 1), num(g, 2), 1);
      return num(g, 2) >= 1 && num(g, 2) <= 12 ? span(first, endOfMonth(first)) : null;
    },
  ],
  [
    /^(\d{4})-W(\d{2})(-WE)?$/,
    (g) => {
      // January 4th always lies in ISO week 1 of its year.
      const jan4 = day(num(g, 1), 1, 4);
      const week = num(g, 2);
      if (week < 1 || week > getISOWeeksInYear(jan4)) return null;
      const inWeek = setISOWeek(jan4, week);
      const sunday = endOfISOWeek(inWeek);
      return span(g[3] ? subDays(sunday, 1) : startOfISOWeek(inWeek), sunday);
    },
  ],
  [
    /^(\d{4})-Q([1-4])$/,
    (g) => {
      const first = day(num(g, 1), 3 * num(g, 2) - 2, 1);
      return span(first, endOfQuarter(first));
    },
  ],
  [
    /^(\d{4})-H([12])$/,
    (g) => {
      const first = day(num(g, 1), g[2] === '1' ? 1 : 7, 1);
      return span(first, endOfMonth(addMonths(first, 5)));
    },
  ],
  [
    /^(\d{4})-(SP|SU|FA|WI)$/,
    (g) => {
      const [from, to] = SEASONS[g[2] ?? ''] ?? [1, 12];
      return span(day(num(g, 1), from, 1), endOfMonth(day(num(g, 1), to, 1)));
    },
  ],
  [/^(\d{4})$/, (g) => span(day(num(g, 1), 1, 1), day(num(g, 1), 12, 31))],
  // TimeML writes a decade as its first three digits ("196" = the 1960s) and a century as two ("19" = 1900s).
  [/^(\d{3})$/, (g) => span(day(num(g, 1) * 10, 1, 1), day(num(g, 1) * 10 + 9, 12, 31))],
  [/^(\d{2})$/, (g) => span(day(num(g, 1) * 100, 1, 1), day(num(g, 1) * 100 + 99, 12, 31))],
];

const CACHE_SIZE = 10_000;
const cache = new Map<string, DayInterval | null>();

function parse(value: string): DayInterval | null {
  for (const [pattern, toInterval] of RULES) {
    const match = pattern.exec(value);
    if (match) return toInterval(match);
  }
  return null;
}

/**
 * The days a TimeML date value covers: `2025-07-03` that day, `2025-06` the month, `2025-W26` Monday to
 * Sunday, `2025-Q2`, `2025-H1`, `2025-SU`, `2025`, `196` (a decade), `19` (a century). With `end` (the
 * value where a range like "1910 to 1945" stops), the interval runs to the end of that value. Values
 * that are not calendar dates (`PAST_REF`, `P60Y`) and impossible ones give `null`.
 *
 * ```ts
 * timemlInterval('2025-W26');       // { start: '2025-06-23', end: '2025-06-29' }
 * timemlInterval('1910', '1945');   // { start: '1910-01-01', end: '1945-12-31' }
 * timemlInterval('PAST_REF');       // null
 * ```
 */
export function timemlInterval(value: string, end?: string): DayInterval | null {
  const key = end === undefined ? value : `${value}/${end}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const first = parse(value);
  const last = first === null || end === undefined ? null : parse(end);
  const interval =
    first !== null && last !== null && last.end >= first.start ? { start: first.start, end: last.end } : first;
  // Events repeat a few thousand distinct values; date arithmetic per event would dominate an ingest.
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, interval);
  return interval;
}
