import type { TimeRefiner } from '../time-recognizer.js';

const BEFORE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:(?:the\s+)?early|the\s+(?:beginning|start)\s+of)[\s-]*$/i, 'START'],
  [/\b(?:(?:the\s+)?late|the\s+end\s+of)[\s-]*$/i, 'END'],
  [/\b(?:(?:the\s+)?mid|the\s+middle\s+of)[\s-]*$/i, 'MID'],
];
// "Late yesterday", "earlier yesterday": TimeBank takes the modifier into the span of the day before.
const BEFORE_DAY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:early|earlier)\s+$/i, 'START'],
  [/\b(?:late|later)\s+$/i, 'END'],
];

/**
 * Takes a leading "early", "late", "mid-", "the end of" into a date expression with TimeML's `mod`:
 * "late November" (1999-11, END), "the middle of October" (MID), "the early 1980s" (198, START),
 * "late yesterday" (END).
 */
export const modifierRefiner: TimeRefiner = {
  name: 'modifier',
  refine(drafts, context) {
    const text = context.sentence.text;
    return drafts.map((draft) => {
      // "the next year or so": approximate, and the words belong to the expression.
      if (
        text.startsWith(' or so', draft.end) &&
        !draft.mod &&
        draft.type !== 'SET' &&
        !/\w/.test(text[draft.end + 6] ?? '')
      ) {
        return { ...draft, end: draft.end + 6, mod: 'APPROX' };
      }
      if (draft.mod) return draft;
      // "around 7:15 p.m.", "around Nov. 1": an approximate time, modifier included.
      if (/^(?:clock-time|merge\/clock-day|explicit-date)/.test(draft.rule)) {
        const around = text.startsWith('around ', draft.start - 7) && !/\w/.test(text[draft.start - 8] ?? '');
        return around ? { ...draft, start: draft.start - 7, mod: 'APPROX' } : draft;
      }
      if (draft.type !== 'DATE') return draft;
      // Weekdays keep their bare span ("Earlier Friday" is tagged "Friday"); months, years and decades
      // widen, and so does "yesterday".
      const patterns = /^\d{3,4}(?:X|-\d{2})?$/.test(draft.value)
        ? BEFORE
        : /^relative\/(?:yesterday|tomorrow)$/.test(draft.rule)
          ? BEFORE_DAY
          : undefined;
      if (!patterns) return draft;
      const before = text.slice(Math.max(0, draft.start - 24), draft.start);
      for (const [pattern, mod] of patterns) {
        const m = pattern.exec(before);
        if (!m) continue;
        // "The" comes along only before a decade ("the early 1980s"), as TimeBank draws it.
        const lead = /^the\s+/i.exec(m[0]);
        const skip = lead && !/^\d{3}$/.test(draft.value) && !/^the\s+(?:beginning|start|end|middle)/i.test(m[0]);
        const start = draft.start - (before.length - m.index) + (skip ? lead[0].length : 0);
        return { ...draft, start, mod };
      }
      return draft;
    });
  },
};
