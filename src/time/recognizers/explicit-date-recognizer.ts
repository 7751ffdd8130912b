import { isRealDay } from '../calendar.js';
import { MONTH_PATTERN, monthNumber, type TimeRecognizer } from '../time-recognizer.js';
import { pad, yearFor } from './anchoring.js';

/** "June 22, 1965", "Dec. 18, 1965", "June 4", "22 June 1965", "June 2025", "2025-07-03". */
export const explicitDateRecognizer: TimeRecognizer = {
  name: 'explicit-date',
  trigger: /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|\d{4}-\d\d-\d\d/,
  pattern: new RegExp(
    `\\b(?:(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?|(${MONTH_PATTERN})\\s+(?:of\\s+)?(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`,
    'g',
  ),
  extract(m, context) {
    let year: number | undefined;
    let month: number;
    let day: number | undefined;
    if (m[1]) {
      month = monthNumber(m[1]);
      day = Number(m[2]);
      year = m[3] ? Number(m[3]) : undefined;
    } else if (m[5]) {
      month = monthNumber(m[5]);
      day = Number(m[4]);
      year = m[6] ? Number(m[6]) : undefined;
    } else if (m[7]) {
      month = monthNumber(m[7]);
      year = Number(m[8]);
    } else {
      year = Number(m[9]);
      month = Number(m[10]);
      day = Number(m[11]);
    }
    // "May 5" is usually the month, but "may 5" in lower case is the verb.
    if (/^may$/i.test(m[1] ?? m[5] ?? m[7] ?? '') && /^may/.test(m[0]) && !/^May/.test(m[0])) return null;
    if (day === undefined) {
      if (month < 1 || month > 12) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: 'DATE',
        value: `${year}-${pad(month)}`,
        rule: 'explicit-date/month-year',
      };
    }
    const resolvedYear = year ?? yearFor(month, day, context, m.index);
    if (!isRealDay(resolvedYear, month, day)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: `${resolvedYear}-${pad(month)}-${pad(day)}`,
      rule: year === undefined ? 'explicit-date/day-month+year-from-tense' : 'explicit-date/full',
    };
  },
};

const ORDINAL_DAYS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const ORDINAL_DAY_PATTERN = `(?:(?:twenty|thirty)[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|${[...ORDINAL_DAYS].reverse().join('|')})`;

function ordinalDay(words: string): number {
  const [tens, unit] = words.toLowerCase().split(/[\s-]/);
  if (unit === undefined) return tens === 'thirtieth' ? 30 : ORDINAL_DAYS.indexOf(tens!) + 1;
  return (tens === 'twenty' ? 20 : 30) + ORDINAL_DAYS.indexOf(unit) + 1;
}

/**
 * Days of the month in words, as speakers say them and transcripts keep them: "December the twelfth",
 * "the first of May", "July the 4th". The article ("the") or "of" is required: "May first" alone is too
 * often something else ("May first-quarter results").
 */
export const spelledDayRecognizer: TimeRecognizer = {
  name: 'spelled-day',
  trigger: /\bthe\s+(?:\d|twent|thirt|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)/i,
  pattern: new RegExp(
    `\\b(?:(${MONTH_PATTERN})\\s+the\\s+(${ORDINAL_DAY_PATTERN}|\\d{1,2}(?:st|nd|rd|th))|the\\s+(${ORDINAL_DAY_PATTERN})\\s+of\\s+(${MONTH_PATTERN}))(?:,?\\s+(\\d{4}))?\\b`,
    'gi',
  ),
  extract(m, context) {
    const monthName = m[1] ?? m[4]!;
    // Lower-case "may" and "march" are the verbs ("troops march the first mile").
    if (!/^\p{Lu}/u.test(monthName)) return null;
    const month = monthNumber(monthName);
    const dayText = m[2] ?? m[3]!;
    const day = /^\d/.test(dayText) ? parseInt(dayText, 10) : ordinalDay(dayText);
    const year = m[5] ? Number(m[5]) : yearFor(month, day, context, m.index);
    if (month === 0 || !isRealDay(year, month, day)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: `${year}-${pad(month)}-${pad(day)}`,
      rule: m[5] ? 'spelled-day/full' : 'spelled-day/day-month+year-from-tense',
    };
  },
};
