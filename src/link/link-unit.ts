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
  /** The days its candidates are searched in: its own, widened for plans (see `searchReach`). */
  readonly reach: { readonly start: string; readonly end: string };
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

/** The calendar days an event's date covers, falling back on its publication day. */
export function mentionInterval(event: CodedEvent): { start: string; end: string } {
  return timemlInterval(event.date.value, event.date.end) ?? { start: event.published, end: event.published };
}

/** How far ahead a plan told without a date of its own may fall ("will visit Japan", reported on the 14th). */
const PLAN_HORIZON_DAYS = 30;

const shifted = (day: string, days: number) => formatDay(shiftDays(parseDay(day), days));

// A plan told without a date of its own: it may fall on any day of its horizon.
const undatedPlan = (modality: string, dateSource: string) => modality === 'planned' && dateSource === 'publication';

/** The last day a unit or linked event may fall on: its own last day, or a month on for a plan told without a date. */
export function reachEnd(end: string, modality: string, dateSource: string): string {
  return undatedPlan(modality, dateSource) ? shifted(end, PLAN_HORIZON_DAYS) : end;
}

/**
 * The days to search for a unit's candidates: its own, and a plan's horizon. A plan told without a date looks a
 * month ahead for the report that dates it; a dated plan looks a month back for reports of it that gave no date.
 */
function searchReach(event: CodedEvent, start: string, end: string): { start: string; end: string } {
  if (event.modality !== 'planned') return { start, end };
  if (undatedPlan(event.modality, event.date.source))
    return { start, end: reachEnd(end, event.modality, event.date.source) };
  return { start: shifted(start, -PLAN_HORIZON_DAYS), end };
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
      reach: searchReach(event, start, end),
    });
  });
  return units;
}
