import { formatDay, formatMonth, formatWeek, parseDay, shiftDays, shiftMonths, shiftWeeks } from '../calendar.js';
import type { TimeRecognizer } from '../time-recognizer.js';

/**
 * Times anchored on the narrative, not the dateline: "the next day", "the following week", "the
 * previous month", relative to the last day the story named (TimeML's anchoring); without one, on the
 * publication date. ("That day" and "later that year" are left alone: measured on TimeML gold, the
 * story's reference time they need is too often not the last day named.)
 */
export const anaphoricRecognizer: TimeRecognizer = {
  name: 'anaphoric',
  trigger: /(?:ext|owing|ious)\s+(?:day|week|month|year)/,
  pattern: /\b(?:the\s+)?(next|following|previous)\s+(day|week|month|year)\b/gi,
  extract(m, context) {
    const anchor = parseDay(context.narrativeDay ?? context.published);
    const which = m[1]!.toLowerCase();
    const unit = m[2]!.toLowerCase();
    const shift = which === 'previous' ? -1 : 1;
    let value: string;
    if (unit === 'day') value = formatDay(shiftDays(anchor, shift));
    else if (unit === 'week') value = formatWeek(shiftWeeks(anchor, shift));
    else if (unit === 'month') value = formatMonth(shiftMonths(anchor, shift));
    else value = String(anchor.getUTCFullYear() + shift);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value,
      rule: `anaphoric/${context.narrativeDay ? 'narrative' : 'dateline'}`,
    };
  },
};
