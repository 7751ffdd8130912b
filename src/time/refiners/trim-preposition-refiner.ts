import { NUMBER_PATTERN, type TimeRefiner } from '../time-recognizer.js';

// "About" before a count is TimeML's APPROX modifier ("about two years ago"), not a preposition.
const LEAD = new RegExp(
  `^(?:on|in|at(?!\\s+least\\b)|since|by|during|for|of|about(?!\\s+${NUMBER_PATTERN}\\b))\\s+`,
  'i',
);

/** TimeML spans exclude a leading preposition or article that a pattern may have taken in. */
export const trimPrepositionRefiner: TimeRefiner = {
  name: 'trim-preposition',
  refine(drafts, context) {
    return drafts.map((draft) => {
      const text = context.sentence.text.slice(draft.start, draft.end);
      const lead = LEAD.exec(text);
      return lead ? { ...draft, start: draft.start + lead[0].length } : draft;
    });
  },
};
