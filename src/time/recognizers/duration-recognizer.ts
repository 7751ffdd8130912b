import type { TimeRecognizer } from '../time-recognizer.js';
import { NUMBER_PATTERN, parseCount } from '../time-recognizer.js';

const UNIT: Readonly<Record<string, string>> = {
  second: 'TS',
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
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
  almost: 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
};

/** Amounts of time: "30 days", "60 years", "more than two decades", "a week" (P30D, P60Y, P2DE, P1W). */
export const durationRecognizer: TimeRecognizer = {
  name: 'duration',
  pattern: new RegExp(
    `\\b(?:the\\s+(?:first|past|last|next|previous|coming|final|latest|following)\\s+)?(?:(more than|less than|nearly|about|around|some|almost|at least|over|under)\\s+)?(${NUMBER_PATTERN}|recent)[\\s-]+(second|minute|hour|day|week|month|quarter|year|decade|century|centuries)s?\\b(?!\\s+(?:ago|later|earlier|before|after))(?!-?\\s*old\\b)`,
    'gi',
  ),
  extract(m) {
    const count = parseCount(m[2]!);
    const unitWord = m[3]!.toLowerCase().replace('centuries', 'century');
    const unit = UNIT[unitWord]!;
    // "a day" / "an hour" alone are too often not durations ("twice a day" is a SET): keep digits and words > 1.
    if (/^an?$/i.test(m[2]!) && !m[1]) return null;
    const amount = count < 0 ? 'X' : String(count);
    const value = unit.startsWith('T') ? `PT${amount}${unit.slice(1)}` : `P${amount}${unit}`;
    const mod = m[1] ? MOD[m[1].toLowerCase()] : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DURATION',
      value,
      ...(mod ? { mod } : {}),
      rule: 'duration',
    };
  },
};
