import { UNIDENTIFIED } from '../actors/unidentified-agents.js';
import { type LinkUnit, reachEnd } from './link-unit.js';
import type { LinkedEventRecord } from './linked-event-record.js';

/**
 * Codes whose A→B and B→A describe the same event ("A met B" is "B met A"): consult, telephone,
 * meet at a third location, negotiate, diplomatic cooperation, sign an agreement, material cooperation.
 */
export const MUTUAL_CODES: ReadonlySet<string> = new Set([
  '040',
  '041',
  '044',
  '046',
  '050',
  '057',
  '060',
  '061',
  '062',
  '063',
  '064',
]);

/** Pairs of codes that describe one event from either side: A makes a visit to B (042) = B hosts A (043). */
const CONVERSE: ReadonlySet<string> = new Set(['042/043', '043/042']);

// Trips and meetings share the root 04, like every pair of compatible codes: stores search candidates by root.
/** Meetings that can take place abroad, at the place where a trip (042 to that country) went. */
const MEETINGS: ReadonlySet<string> = new Set(['040', '044', '046']);
const TRIP = '042';

// A root-level code ("04", "040") says "some consultation"; it is compatible with every code of its root.
const isGeneric = (code: string) => code.length === 2 || (code.length === 3 && code.endsWith('0'));

/** How a unit fits a linked event: its own code and dyad (`direct`), or as a trip to the meeting's host. */
export type Fit = 'direct' | 'trip' | 'meeting-joins-trip';

/**
 * Whether two CAMEO codes can describe one event: equal; the same root with one of them the root's generic
 * code (`040` and `044`); one refining the other (`043` and `0431`); or a documented converse pair.
 */
export function codesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.slice(0, 2) !== b.slice(0, 2)) return false;
  return isGeneric(a) || isGeneric(b) || a.startsWith(b) || b.startsWith(a) || CONVERSE.has(`${a}/${b}`);
}

// Days overlap; a plan told without a date of its own may fall on any day of the month after its report.
function overlaps(unit: LinkUnit, event: LinkedEventRecord): boolean {
  const head = unit.mentions[0]!;
  return (
    unit.start <= reachEnd(event.date_end, event.modality, event.date_source) &&
    event.date_start <= reachEnd(unit.end, head.modality, head.date.source)
  );
}

function placesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * "Gunmen attacked a checkpoint" in one report and "militants attacked a checkpoint" in another are one event
 * only where both name the same place: with no country behind an agent, the dyad alone says too little
 * (every unclaimed attack in a country on one day would otherwise fold into one).
 */
function unidentifiedCompatible(unit: LinkUnit, event: LinkedEventRecord): boolean {
  const head = unit.mentions[0]!;
  const unidentified = [head.source.country, head.target?.country, event.source_country, event.target_country];
  if (!unidentified.includes(UNIDENTIFIED)) return true;
  return head.place !== null && head.place.name === event.place_name;
}

function directionCompatible(unit: LinkUnit, event: LinkedEventRecord): boolean {
  const head = unit.mentions[0]!;
  const source = head.source.country;
  const target = head.target?.country ?? null;
  if (unit.mutual || event.mutual === 1 || MUTUAL_CODES.has(head.cameo) || MUTUAL_CODES.has(event.cameo)) {
    return unit.pair[0] === event.pair_a && unit.pair[1] === event.pair_b;
  }
  if (CONVERSE.has(`${head.cameo}/${event.cameo}`)) {
    return source === event.target_country && target === event.source_country;
  }
  return source === event.source_country && target === event.target_country;
}

/** A trip (042) whose destination is the country where the linked meeting took place, by one of its parties. */
function tripToMeeting(unit: LinkUnit, event: LinkedEventRecord): boolean {
  const head = unit.mentions[0]!;
  return (
    head.cameo === TRIP &&
    MEETINGS.has(event.cameo) &&
    event.place_country !== null &&
    head.target?.country === event.place_country &&
    (event.pair_a === head.source.country || event.pair_b === head.source.country)
  );
}

/** A meeting abroad whose host country is where a linked trip (042) of one of its parties went. */
function meetingToTrip(unit: LinkUnit, event: LinkedEventRecord): boolean {
  const head = unit.mentions[0]!;
  return (
    MEETINGS.has(head.cameo) &&
    event.cameo === TRIP &&
    head.place !== null &&
    event.target_country === head.place.country &&
    unit.pair.includes(event.source_country)
  );
}

/**
 * How `unit` can join `event`, or null when it cannot. Both must share modality and overlap in time (each
 * date covers its whole day, week, month or year, so "last month" overlaps "June 17"). Then either the
 * codes are compatible, the dyad matches (in either direction for mutual codes and mirrored pairs) and the
 * places do not differ; or one is a trip to the country where the other, a meeting of the traveller, took
 * place (the G7 trip and the meeting on its sidelines).
 *
 * ```ts
 * fit(unitOf('KORGOV 042 CAN 2025-06-17'), meeting('KOR⇄JPN 044 in Canada, 2025-06')); // 'trip'
 * ```
 */
export function fit(unit: LinkUnit, event: LinkedEventRecord): Fit | null {
  const head = unit.mentions[0]!;
  if (head.modality !== event.modality || !overlaps(unit, event)) return null;
  if (
    codesCompatible(head.cameo, event.cameo) &&
    directionCompatible(unit, event) &&
    placesCompatible(head.place?.country ?? null, event.place_country) &&
    unidentifiedCompatible(unit, event)
  ) {
    return 'direct';
  }
  if (tripToMeeting(unit, event)) return 'trip';
  if (meetingToTrip(unit, event)) return 'meeting-joins-trip';
  return null;
}

/** Whether a unit is a trip (042 to a country) that may join a meeting held there. */
export const isTrip = (unit: LinkUnit) => unit.mentions[0]!.cameo === TRIP && unit.mentions[0]!.target !== null;

/** The country of a meeting abroad, which trips there may have been reported for. */
export const meetingPlace = (unit: LinkUnit): string | null =>
  MEETINGS.has(unit.mentions[0]!.cameo) ? (unit.mentions[0]!.place?.country ?? null) : null;
