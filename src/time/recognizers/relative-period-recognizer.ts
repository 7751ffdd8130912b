import { formatDay, formatMonth, formatWeek, shiftDays, shiftMonths, shiftWeeks } from '../calendar.js';
import type { TimeRecognizer } from '../time-recognizer.js';
import { NUMBER_PATTERN, parseCount, textBefore } from '../time-recognizer.js';

const GENERIC_TODAY =
  /^['’]s\s+(?:world|youth|society|generation|children|kids|young|students|economy|standards|terms|dollars|technology|politics|culture)\b/i;

const AGO_MOD: Readonly<Record<string, string>> = {
  almost: 'LESS_THAN',
  nearly: 'APPROX',
  about: 'APPROX',
  some: 'APPROX',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
};

/**
 * Periods named relative to the publication date: "yesterday", "last week", "earlier this month",
 * "the current year", "next year", "nearly two years ago". ("Three years later" is anchored on the
 * narrative, not on the dateline, and is left alone.)
 */
export const relativePeriodRecognizer: TimeRecognizer = {
  name: 'relative-period',
  trigger: /[Yy]esterday|[Tt]o(?:day|morrow)|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|ago/,
  pattern: new RegExp(
    `\\b(?:(yesterday|today|tomorrow)|(?:(earlier|later|late|early)\\s+)?(last|next|this|the\\s+past|the\\s+coming|the\\s+current|current|the\\s+last(?=\\s+decade))\\s+(week|weekend|month|year|decade)|(?:(almost|nearly|about|some|more than|over)\\s+)?((?:a\\s+)?few|${NUMBER_PATTERN})\\s+(day|week|month|year|decade)s?(\\s+or\\s+so)?\\s+ago)\\b`,
    'gi',
  ),
  extract(m, context) {
    const anchor = context.anchor;
    const at = { start: m.index, end: m.index + m[0].length };
    if (m[1]) {
      const word = m[1].toLowerCase();
      // "today's world", "today's youth": the present age, not the publication day.
      if (word === 'today' && GENERIC_TODAY.test(m.input.slice(at.end))) return null;
      const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { ...at, type: 'DATE', value: formatDay(shiftDays(anchor, shift)), rule: `relative/${word}` };
    }
    if (m[3]) {
      // "This Week" in quotes is a programme's name (ABC's "This Week").
      if (/^This Week/.test(m[0]) && /["“]$/.test(textBefore(m.input, m.index, 2))) return null;
      const which = m[3]
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^(?:the )?current$/, 'this')
        .replace(/^the last$/, 'last');
      const unit = m[4]!.toLowerCase();
      const shift = ['last', 'the past', 'the previous'].includes(which)
        ? -1
        : ['next', 'the coming', 'the following'].includes(which)
          ? 1
          : 0;
      // TimeBank reads "the past year" as last year, the calendar one.
      if (which === 'the past' && unit === 'year') {
        return { ...at, type: 'DATE', value: String(anchor.getUTCFullYear() - 1), rule: 'relative/the past-year' };
      }
      // "the past week" and "the coming month" read as durations in TimeML.
      if (which === 'the past' || which === 'the coming') {
        const period =
          unit === 'week' || unit === 'weekend' ? 'P1W' : unit === 'month' ? 'P1M' : unit === 'decade' ? 'P10Y' : 'P1Y';
        return { ...at, type: 'DURATION', value: period, rule: `relative/${which}-${unit}` };
      }
      const mod = m[2]
        ? { earlier: 'START', early: 'START', later: 'END', late: 'END' }[m[2].toLowerCase()]
        : undefined;
      let value: string;
      if (unit === 'week') value = formatWeek(shiftWeeks(anchor, shift));
      else if (unit === 'weekend') value = `${formatWeek(shiftWeeks(anchor, shift))}-WE`;
      else if (unit === 'month') value = formatMonth(shiftMonths(anchor, shift));
      else if (unit === 'decade') value = String(Math.floor(anchor.getUTCFullYear() / 10) + shift);
      else value = String(anchor.getUTCFullYear() + shift);
      return { ...at, type: 'DATE', value, ...(mod ? { mod } : {}), rule: `relative/${which}-${unit}` };
    }
    const unit = m[7]!.toLowerCase();
    const mod = m[5] ? { mod: AGO_MOD[m[5].toLowerCase()]! } : m[8] ? { mod: 'APPROX' } : {};
    // "A few years ago" is some year of the last decade or so: `199X` when written in 1998.
    if (/^a\s+few$/i.test(m[6]!) && unit === 'year') {
      const value = `${String(anchor.getUTCFullYear() - 3).slice(0, 3)}X`;
      return { ...at, type: 'DATE', value, rule: 'relative/a-few-years-ago' };
    }
    const count = parseCount(m[6]!.replace(/^a\s+/i, ''));
    if (count < 0) return { ...at, type: 'DATE', value: 'PAST_REF', rule: 'relative/vague-ago' };
    let value: string;
    if (unit === 'day') value = formatDay(shiftDays(anchor, -count));
    else if (unit === 'week') value = formatWeek(shiftWeeks(anchor, -count));
    else if (unit === 'month') value = formatMonth(shiftMonths(anchor, -count));
    else if (unit === 'decade') value = String(anchor.getUTCFullYear() - 10 * count);
    else value = String(anchor.getUTCFullYear() - count);
    return { ...at, type: 'DATE', value, ...mod, rule: `relative/${unit}s-ago` };
  },
};
