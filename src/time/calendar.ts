import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import type { Granularity, IsoDay } from '../model.js';

/** A UTC calendar day, the unit all anchoring arithmetic works in. */
export function parseDay(day: IsoDay): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function formatDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

export function formatMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** ISO week as TimeML writes it: `2025-W26`. */
export function formatWeek(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

export const shiftDays = (date: Date, n: number): Date => addDays(date, n);
export const shiftWeeks = (date: Date, n: number): Date => addWeeks(date, n);
export const shiftMonths = (date: Date, n: number): Date => addMonths(date, n);

/** True when `y-m-d` names a real calendar day (rejects 2025-02-30). */
export function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The granularity a TimeML value is stated at. */
export function granularityOf(value: string): Granularity {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}X?$/.test(value)) return 'decade';
  if (/^\d{2}(XX)?$/.test(value)) return 'century';
  return 'ref';
}
