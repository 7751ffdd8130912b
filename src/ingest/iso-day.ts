import type { IsoDay } from '../model.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar day written `YYYY-MM-DD` (so `2025-02-30` is not).
 *
 * ```ts
 * isIsoDay('2024-02-29'); // true
 * isIsoDay('2025-02-29'); // false
 * ```
 */
export function isIsoDay(value: string): value is IsoDay {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 2025-02-30 over to March; a real day survives the round trip unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
