import type { TimeRecognizer } from '../time-recognizer.js';
import { monthNumber, textBefore } from '../time-recognizer.js';
import { pad, yearFor } from './anchoring.js';

/**
 * A month without a day ("in June", "last March", "June last year", "their June meeting"): with
 * "last"/"next" the one of the previous/next year, with a year phrase that year, else the nearest by
 * tense. "each July" is a set.
 */
export const monthRecognizer: TimeRecognizer = {
  name: 'month',
  trigger: /January|February|March|April|May|June|July|August|September|October|November|December/,
  pattern:
    /\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Ee]ach|[Ee]very)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(last|this|next)\s+year\b)?(?!\s+\d)/g,
  extract(m, context) {
    const name = m[2]!;
    const modifier = m[1]?.toLowerCase();
    const before = textBefore(context.sentence.text, m.index);
    // "May" alone is the verb far more often than the month.
    if (
      name === 'May' &&
      !modifier &&
      !m[3] &&
      !/\b(?:in|of|since|until|by|early|late|mid|through)[\s-]+$/i.test(before)
    )
      return null;
    // "the March for Peace", "a March on Washington": a protest, not the month.
    if (
      name === 'March' &&
      /\b(?:the|a)\s+$/i.test(before) &&
      /^\s+(?:for|on|against|to)\b/.test(m.input.slice(m.index + m[0].length))
    )
      return null;
    const month = monthNumber(name);
    const at = { start: m.index, end: m.index + m[0].length };
    if (modifier === 'each' || modifier === 'every') {
      return { ...at, type: 'SET', value: `XXXX-${pad(month)}`, quant: 'EVERY', rule: 'month/set' };
    }
    const pubYear = context.anchor.getUTCFullYear();
    const relative = m[3]?.toLowerCase() ?? modifier;
    let year = yearFor(month, 15, context, m.index);
    const pubMonth = context.anchor.getUTCMonth() + 1;
    // "last June" is the latest June before publication, but not the month just gone ("last month" says
    // that): "last February" written in March is a year back. "June last year" is always last year's.
    if (relative === 'last') year = m[3] || month >= pubMonth - 1 ? pubYear - 1 : pubYear;
    if (relative === 'next') year = m[3] || month <= pubMonth ? pubYear + 1 : pubYear;
    if (relative === 'this') year = pubYear;
    return { ...at, type: 'DATE', value: `${year}-${pad(month)}`, rule: `month/${relative ?? 'by-tense'}` };
  },
};
