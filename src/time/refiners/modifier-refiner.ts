import type { TimeRefiner } from '../time-recognizer.js';

// One end-anchored pattern per kind: the refiner runs on every year and month, so each costs one scan.
const BEFORE = /\b(?:(?:the\s+)?(early|late|mid)|the\s+(beginning|start|end|middle)\s+of)[\s-]*$/i;
// "Late yesterday", "earlier yesterday": TimeBank takes the modifier into the span of the day before.
const BEFORE_DAY = /\b(early|earlier|late|later)\s+$/i;
const MOD: Readonly<Record<string, string>> = {
  early: 'START',
  earlier: 'START',
  beginning: 'START',
  start: 'START',
  late: 'END',
  later: 'END',
  end: 'END',
  mid: 'MID',
  middle: 'MID',
};

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
      if (
        draft.rule.startsWith('clock-time') ||
        draft.rule === 'merge/clock-day' ||
        draft.rule.startsWith('explicit-date')
      ) {
        const around = text.startsWith('around ', draft.start - 7) && !/\w/.test(text[draft.start - 8] ?? '');
        return around ? { ...draft, start: draft.start - 7, mod: 'APPROX' } : draft;
      }
      if (draft.type !== 'DATE') return draft;
      // Weekdays keep their bare span ("Earlier Friday" is tagged "Friday"); months, years and decades
      // widen, and so does "yesterday".
      const pattern = /^\d{3,4}(?:X|-\d{2})?$/.test(draft.value)
        ? BEFORE
        : draft.rule === 'relative/yesterday' || draft.rule === 'relative/tomorrow'
          ? BEFORE_DAY
          : undefined;
      if (!pattern) return draft;
      const before = text.slice(Math.max(0, draft.start - 24), draft.start);
      const m = pattern.exec(before);
      if (!m) return draft;
      const mod = MOD[(m[2] ?? m[1])!.toLowerCase()]!;
      // "The" comes along only before a decade ("the early 1980s"), as TimeBank draws it.
      const lead = m[2] === undefined && pattern === BEFORE ? /^the\s+/i.exec(m[0]) : null;
      const skip = lead !== null && !/^\d{3}$/.test(draft.value);
      const start = draft.start - (before.length - m.index) + (skip ? lead[0].length : 0);
      return { ...draft, start, mod };
    });
  },
};
