import type { TimeRecognizer } from '../time-recognizer.js';
import { NUMBER_PATTERN, parseCount } from '../time-recognizer.js';

// TimeML unit letters; decades and centuries are written in years ("two decades" is P20Y).
const UNIT: Readonly<Record<string, readonly [string, number]>> = {
  second: ['TS', 1],
  minute: ['TM', 1],
  hour: ['TH', 1],
  day: ['D', 1],
  week: ['W', 1],
  month: ['M', 1],
  quarter: ['Q', 1],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
};
const MOD: Readonly<Record<string, string>> = {
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  nearly: 'APPROX',
  about: 'APPROX',
  around: 'APPROX',
  some: 'APPROX',
  roughly: 'APPROX',
  almost: 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no more than': 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
};
// Half of each unit, for "2 1/2 years" (P2Y6M) and "5 1/2 hours" (PT5H30M).
const HALF: Readonly<Record<string, string>> = { Y: '6M', M: '15D', W: '3D', D: 'T12H', TH: '30M', TM: '30S' };

/**
 * Amounts of time: "30 days", "60 years", "more than two decades", "the past five years", "a week",
 * "2 1/2 years", "recent weeks" (P30D, P60Y, P20Y, P5Y, P1W, P2Y6M, PXW). "Once a year" is a SET; ages
 * ("a 6-year-old") and counts like "the 1988 quarter" are not durations.
 */
export const durationRecognizer: TimeRecognizer = {
  name: 'duration',
  trigger: /[\s-](?:second|minute|hour|day|week|month|quarter|year|decade|centur)/,
  pattern: new RegExp(
    `\\b(?:the\\s+(?:(?:first|past|last|next|previous|coming|final|latest|following)\\s+)?)?(?:a\\s+(?=few\\b))?(?:(no more than|more than|less than|up to|nearly|about|around|some|roughly|almost|at least|over|under)\\s+)?(?:(a|an)\\s+(?=hundred))?(${NUMBER_PATTERN}|recent)(\\s+1\\/2)?[\\s-]+(second|minute|hour|day|week|month|quarter|year|decade|century|centuries)s?\\b(?!\\s+(?:ago|earlier)\\b|\\s+before\\s*(?:[,.;:!?)]|$))(?![\\s-]*old\\b)`,
    'gi',
  ),
  extract(m) {
    const word = m[3]!;
    if (/^\d{4}$/.test(word) && Number(word) >= 1500) return null;
    const [letter, factor] = UNIT[m[5]!.toLowerCase().replace('centuries', 'century')]!;
    const after = m.input.slice(m.index + m[0].length);
    // "three-quarters of its food", "a quarter of the market": a fraction, not three months.
    if (letter === 'Q' && /^(?:a|an|one|two|three)$/i.test(word) && /^\s+of\b/i.test(after) && !/^the\s/i.test(m[0]))
      return null;
    // "the eight-year war", "the two day rally": the duration modifies a noun and TimeML leaves "the" out.
    const bare = /^the\s+(?=\S+[\s-]\S+$)/i.exec(m[0]);
    const adjective = bare && (/-[a-z]+$/i.test(m[0]) || (!/s$/i.test(m[0]) && parseCount(word) !== 1));
    // "spent about five hours": TimeBank leaves "about" out before a number ("about a decade" keeps it).
    const loose = m[1]?.toLowerCase() === 'about' && !/^an?$/i.test(word) ? m[0].indexOf(m[1]) + m[1].length + 1 : 0;
    const at = { start: m.index + (adjective ? bare[0].length : loose), end: m.index + m[0].length };
    const before = m.input.slice(Math.max(0, m.index - 30), m.index);
    // "6 a.m. ten days before the vote" names a moment counted back from the event, not a span.
    if (/^\s+before\b/i.test(after) && /(?:\b[ap]\.?m\.?|\bnoon|\bmidnight)\s*$/i.test(before)) return null;
    if (/^an?$/i.test(word) && !m[1]) {
      // "once a year", "twice a week", "three times a month", "per day": how often, not how long.
      // "$2 billion a year", "100,000 barrels a day": a rate is a SET too.
      if (
        /(?:\b(?:once|twice|times|per)|\d|\b(?:million|billion|trillion|percent|dollars|barrels|tons|tonnes))\s+$/i.test(
          before,
        )
      ) {
        return { ...at, type: 'SET', value: `P1${letter}`, quant: 'EVERY', rule: 'duration/set' };
      }
      // "a day" and "an hour" are mostly idioms ("a day after"); longer units are real durations.
      if (!['W', 'M', 'Y', 'Q'].includes(letter) || factor !== 1) return null;
    }
    const count = parseCount(word);
    const time = letter.startsWith('T');
    const half = m[4] ? (HALF[letter] ?? '') : '';
    const value = `P${time ? 'T' : ''}${count < 0 ? 'X' : count * factor}${time ? letter.slice(1) : letter}${half}`;
    const mod = m[1] && !loose ? MOD[m[1].toLowerCase()] : undefined;
    // "recent years" and "recent days" read as the past in TimeML gold; "recent weeks/months" as spans.
    if (word.toLowerCase() === 'recent' && (letter === 'Y' || letter === 'D')) {
      return { ...at, type: 'DATE', value: 'PAST_REF', rule: 'duration/recent' };
    }
    return { ...at, type: 'DURATION', value, ...(mod ? { mod } : {}), rule: 'duration' };
  },
};
