import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import type { Modality } from '../model.js';
import type { EventFilter, LinkedEvent, Store } from '../store/store.js';

export type TrendPeriod = 'week' | 'month';

export interface TrendOptions {
  readonly period?: TrendPeriod;
  readonly from?: string;
  readonly to?: string;
  /** Count events dated years before their article (history). Default false. */
  readonly history?: boolean;
  /** Count intended and planned events too. Default false: only what happened (asserted). */
  readonly plans?: boolean;
}

/** One period of a trend: linked events counted once each, however many articles reported them. */
export interface TrendPoint {
  /** `2025-06` or `2025-W25`. */
  readonly period: string;
  readonly events: number;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  /** Counts per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  readonly quadClass: readonly [number, number, number, number];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period an event falls in: that of the first day of its best date. */
export function periodOf(day: string, period: TrendPeriod): string {
  if (period === 'month') return day.slice(0, 7);
  const date = new Date(`${day}T12:00:00`);
  return `${getISOWeekYear(date)}-W${pad(getISOWeek(date))}`;
}

/**
 * Cooperation and conflict between two actors over time, from linked events so that one event counts once:
 * per week or month, the Goldstein sum and mean and the quad-class counts. History and intentions or plans
 * are left out unless asked for; periods without events are left out.
 *
 * ```ts
 * const points = await dyadTrend(store, 'KOR', 'JPN', { period: 'month', from: '2025-01' });
 * // [{ period: '2025-06', events: 4, goldsteinSum: 12, goldsteinMean: 3, quadClass: [3, 1, 0, 0] }, ...]
 * ```
 */
export async function dyadTrend(store: Store, a: string, b: string, options: TrendOptions = {}): Promise<TrendPoint[]> {
  const modality: Modality[] = options.plans ? ['asserted', 'intended', 'planned'] : ['asserted'];
  const filter: EventFilter = {
    dyad: [a, b],
    modality,
    order: 'date-asc',
    ...(options.history ? {} : { history: false }),
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  };
  return trendOf(await store.linkedEvents(filter, { mentions: false }), options.period ?? 'month');
}

/** Buckets linked events into trend points, in period order. */
export function trendOf(events: readonly LinkedEvent[], period: TrendPeriod): TrendPoint[] {
  const buckets = new Map<string, { events: number; sum: number; quad: [number, number, number, number] }>();
  for (const event of events) {
    const key = periodOf(event.date.start, period);
    const bucket = buckets.get(key) ?? { events: 0, sum: 0, quad: [0, 0, 0, 0] };
    bucket.events++;
    bucket.sum += event.goldstein;
    bucket.quad[(event.quadClass - 1) as 0 | 1 | 2 | 3] += 1;
    buckets.set(key, bucket);
  }
  return [...buckets.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([key, b]) => ({
      period: key,
      events: b.events,
      goldsteinSum: Math.round(b.sum * 100) / 100,
      goldsteinMean: Math.round((b.sum / b.events) * 100) / 100,
      quadClass: b.quad,
    }));
}
