import { formatDay, formatMonth, formatWeek, parseDay, shiftDays, shiftMonths, shiftWeeks } from '../calendar.js';
import type { TimeRecognizer } from '../time-recognizer.js';

/**
 * Times anchored on the narrative, not the dateline: "the next day", "that day", "later that year",
 * "the following month", relative to the last day the story named
 * (TimeML's anchoring); without one, on the publication date.
 */
export const anaphoricRecognizer: TimeRecognizer = {
  name: 'anaphoric',
  trigger: /next|following|previous|that|same/i,
  pattern: new RegExp(
    `\\b(?:(?:the\\s+)?(next|following|previous|same)\\s+(day|week|month|year)|(?:(earlier|later)\\s+)?that\\s+(?:same\\s+)?(day|week|month|year))\\b`,
    'gi',
  ),
  extract(m, context) {
    const anchor = parseDay(context.narrativeDay ?? context.published);
    const at = { start: m.index, end: m.index + m[0].length };
    let unit: string;
    let shift = 0;
    let mod: { mod: string } | Record<string, never> = {};
    if (m[1]) {
      const which = m[1].toLowerCase();
      unit = m[2]!.toLowerCase();
      shift = which === 'previous' ? -1 : which === 'same' ? 0 : 1;
    } else {
      unit = m[4]!.toLowerCase();
      if (m[3]) mod = { mod: m[3].toLowerCase() === 'earlier' ? 'START' : 'END' };
    }
    let value: string;
    if (unit === 'day') value = formatDay(shiftDays(anchor, shift));
    else if (unit === 'week') value = formatWeek(shiftWeeks(anchor, shift));
    else if (unit === 'month') value = formatMonth(shiftMonths(anchor, shift));
    else value = String(anchor.getUTCFullYear() + shift);
    return { ...at, type: 'DATE', value, ...mod, rule: `anaphoric/${context.narrativeDay ? 'narrative' : 'dateline'}` };
  },
};
