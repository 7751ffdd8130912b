import type { TimeRefiner } from '../time-recognizer.js';

/** TimeML spans exclude a leading preposition or article that a pattern may have taken in. */
export const trimPrepositionRefiner: TimeRefiner = {
  name: 'trim-preposition',
  refine(drafts, context) {
    return drafts.map((draft) => {
      const text = context.sentence.text.slice(draft.start, draft.end);
      const lead = /^(?:on|in|at(?!\s+least\b)|since|by|during|for|of|about)\s+/i.exec(text);
      return lead ? { ...draft, start: draft.start + lead[0].length } : draft;
    });
  },
};
