import { formatDay } from '../calendar.js';
import type { TimeRecognizer } from '../time-recognizer.js';
import { yearFor } from './anchoring.js';

type Rule = { readonly month: number; readonly day?: number; readonly weekday?: number; readonly nth?: number };

// Fixed and floating holidays news dates events by; nth -1 is the last such weekday of the month.
const HOLIDAYS: Readonly<Record<string, Rule>> = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  'independence day': { month: 7, day: 4 },
  halloween: { month: 10, day: 31 },
  'christmas eve': { month: 12, day: 24 },
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
};

function dayOf(year: number, rule: Rule): string {
  if (rule.day !== undefined) return formatDay(new Date(Date.UTC(year, rule.month - 1, rule.day)));
  if (rule.nth === -1) {
    const last = new Date(Date.UTC(year, rule.month, 0));
    const back = (last.getUTCDay() - rule.weekday! + 7) % 7;
    return formatDay(new Date(Date.UTC(year, rule.month - 1, last.getUTCDate() - back)));
  }
  const first = new Date(Date.UTC(year, rule.month - 1, 1));
  const ahead = (rule.weekday! - first.getUTCDay() + 7) % 7;
  return formatDay(new Date(Date.UTC(year, rule.month - 1, 1 + ahead + (rule.nth! - 1) * 7)));
}

/** Holidays as dates: "Thanksgiving Day" 1999-11-25, "Christmas Eve", "New Year's Day", "last Thanksgiving". */
export const holidayRecognizer: TimeRecognizer = {
  name: 'holiday',
  trigger: /New Year|Valentine|Independence|Halloween|Christmas|Thanksgiving|Labor Day|Memorial Day/,
  pattern:
    /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(New Year's (?:Day|Eve)|Valentine's Day|Independence Day|Halloween|Christmas(?: Eve| Day)?|Thanksgiving(?: Day)?|Labor Day|Memorial Day)\b(?:,?\s+(\d{4}))?/g,
  extract(m, context) {
    const rule = HOLIDAYS[m[2]!.toLowerCase().replace(/’/g, "'")];
    if (!rule) return null;
    const which = m[1]?.toLowerCase();
    let year = m[3] ? Number(m[3]) : yearFor(rule.month, rule.day ?? 15, context, m.index);
    if (which && !m[3]) {
      // "last Thanksgiving": the latest one before the dateline; "next Christmas" the first after it.
      const pub = context.published;
      year = context.anchor.getUTCFullYear();
      if (which === 'last' && dayOf(year, rule) >= pub) year -= 1;
      if (which === 'next' && dayOf(year, rule) <= pub) year += 1;
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: dayOf(year, rule), rule: 'holiday' };
  },
};
