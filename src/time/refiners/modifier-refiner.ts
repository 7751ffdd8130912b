import type { TimeRefiner } from '../time-recognizer.js';

const BEFORE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:early|the\s+(?:beginning|start)\s+of)[\s-]*$/i, 'START'],
  [/\b(?:late|the\s+end\s+of)[\s-]*$/i, 'END'],
  [/\b(?:mid|the\s+middle\s+of)[\s-]*$/i, 'MID'],
];

/**
 * Takes a leading "early", "late", "mid-", "the end of" into a date expression with TimeML's `mod`:
 * "late November" (1999-11, END), "the middle of October" (MID), "Earlier Sunday" (START).
 */
export const modifierRefiner: TimeRefiner = {
  name: 'modifier',
  refine(drafts, context) {
    return drafts.map((draft) => {
      // Weekdays and days keep their bare span ("Earlier Friday" is tagged "Friday"); months and years widen.
      if (draft.type !== 'DATE' || draft.mod || !/^\d{3,4}(?:X|-\d{2})?$/.test(draft.value)) return draft;
      const before = context.sentence.text.slice(Math.max(0, draft.start - 20), draft.start);
      for (const [pattern, mod] of BEFORE) {
        const m = pattern.exec(before);
        if (m) return { ...draft, start: draft.start - (before.length - m.index), mod };
      }
      return draft;
    });
  },
};
