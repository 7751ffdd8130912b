import type { TimeRecognizer } from '../time-recognizer.js';
import { monthNumber } from '../time-recognizer.js';
import { pad, yearFor } from './anchoring.js';

/** A month without a day or year ("in June", "last March", "their June meeting"): the nearest one by tense. */
export const monthRecognizer: TimeRecognizer = {
  name: 'month',
  pattern:
    /\b(?:(last|next|this)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g,
  extract(m, context) {
    const name = m[2]!;
    if (
      name === 'May' &&
      !m[1] &&
      !/\b(?:in|of|since|until|by|early|late|mid|last|next|this)\s+$/i.test(context.sentence.text.slice(0, m.index))
    )
      return null;
    const month = monthNumber(name);
    let year = yearFor(month, 15, context, m.index);
    const modifier = m[1]?.toLowerCase();
    const pubYear = context.anchor.getUTCFullYear();
    const pubMonth = context.anchor.getUTCMonth() + 1;
    if (modifier === 'last') year = month < pubMonth ? pubYear : pubYear - 1;
    if (modifier === 'next') year = month > pubMonth ? pubYear : pubYear + 1;
    if (modifier === 'this') year = pubYear;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: `${year}-${pad(month)}`,
      rule: 'month/by-tense',
    };
  },
};
