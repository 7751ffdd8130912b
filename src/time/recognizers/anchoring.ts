import { formatDay, parseDay } from '../calendar.js';
import type { TimeContext } from '../time-context.js';

export const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The year of a day-and-month without a year: the occurrence on the side of the publication date that
 * the clause's tense points to, unless that is more than about ten months away.
 */
export function yearFor(month: number, day: number, context: TimeContext, offset: number): number {
  const year = context.anchor.getUTCFullYear();
  const candidate = parseDay(`${year}-${pad(month)}-${pad(Math.min(day, 28))}`);
  const days = (candidate.getTime() - context.anchor.getTime()) / 864e5;
  const direction = context.direction(offset);
  if (direction === 'future') return days < -14 ? year + 1 : year;
  if (direction === 'unknown') {
    // No tense to go by: the occurrence nearest to the publication date.
    if (days > 183) return year - 1;
    if (days < -183) return year + 1;
    return year;
  }
  return days > 60 ? year - 1 : year;
}

/** Adds whole days to the publication date. */
export function dayFrom(context: TimeContext, days: number): string {
  return formatDay(new Date(context.anchor.getTime() + days * 864e5));
}

/** The year of a period starting in `month` (1–12): this year unless that period has not begun yet. */
export function yearIn(context: TimeContext, month: number): number {
  const year = context.anchor.getUTCFullYear();
  return month > context.anchor.getUTCMonth() + 1 ? year - 1 : year;
}
