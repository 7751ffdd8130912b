import type { CodedEvent } from '../model.js';
import { formatDay, parseDay, shiftDays } from '../time/calendar.js';
import { timemlInterval } from '../time/timeml-interval.js';

/**
 * What the linker places: one event mention, or a mirrored pair (A→B and B→A coded from the same trigger
 * of one sentence, as "A and B met" is coded), which is one report of one event.
 */
export interface LinkUnit {
  readonly kind: 'LinkUnit';
  /** The mentions, head first; 1 or 2. */
  readonly mentions: readonly CodedEvent[];
  /** The two countries, sorted; the second is '' for an event without a target. */
  readonly pair: readonly [string, string];
  readonly mutual: boolean;
  /** The days the unit's date covers (the article's publication day for `PAST_REF` and the like). */
  readonly start: string;
  readonly end: string;
}

const sortedPair = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a]);

function isMirror(a: CodedEvent, b: CodedEvent): boolean {
  return (
    a.sentence === b.sentence &&
    a.triggerSpan.start === b.triggerSpan.start &&
    a.cameo === b.cameo &&
    a.target !== null &&
    b.target !== null &&
    a.source.country === b.target.country &&
    a.target.country === b.source.country
  );
}

// How far ahead a plan told without a date of its own may fall: "Yoon will visit Japan", reported on the 14th,
// is the visit another report dates "Thursday" (the 16th), or next month.
const PLAN_HORIZON_DAYS = 30;

/**
 * The calendar days an event's date covers, falling back on its publication day. A planned act dated only by
 * the day it was reported is for some day after it: its days run from then to `PLAN_HORIZON_DAYS` later.
 */
export function mentionInterval(event: CodedEvent): { start: string; end: string } {
  const interval = timemlInterval(event.date.value, event.date.end) ?? { start: event.published, end: event.published };
  if (event.modality !== 'planned' || event.date.source !== 'publication') return interval;
  return { start: interval.start, end: formatDay(shiftDays(parseDay(interval.end), PLAN_HORIZON_DAYS)) };
}

/**
 * Groups one article's event mentions into link units: each mirrored pair becomes one mutual unit, every
 * other mention a unit of its own, in the order the coder gave them.
 *
 * ```ts
 * linkUnits(extract(article).events); // "Lee and Ishiba met" → one unit holding KORGOV→JPNGOV and JPNGOV→KORGOV
 * ```
 */
export function linkUnits(events: readonly CodedEvent[]): LinkUnit[] {
  const used = new Set<number>();
  const units: LinkUnit[] = [];
  events.forEach((event, i) => {
    if (used.has(i)) return;
    used.add(i);
    const mirror = events.findIndex((other, j) => !used.has(j) && isMirror(event, other));
    const mentions = mirror >= 0 ? [event, events[mirror]!] : [event];
    if (mirror >= 0) used.add(mirror);
    const { start, end } = mentionInterval(event);
    units.push({
      kind: 'LinkUnit',
      mentions,
      pair: sortedPair(event.source.country, event.target?.country ?? ''),
      mutual: mirror >= 0,
      start,
      end,
    });
  });
  return units;
}
