import type { TimeRefiner, TimexDraft } from '../time-recognizer.js';

/** Of overlapping candidates keep the longest (then the earliest): "June 22, 1965" beats "1965". */
export const overlapRemovalRefiner: TimeRefiner = {
  name: 'overlap-removal',
  refine(drafts) {
    const sorted = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: TimexDraft[] = [];
    for (const draft of sorted) {
      // A range's two years are separate expressions sharing one match: keep them both.
      if (!kept.some((k) => draft.start < k.end && k.start < draft.end)) kept.push(draft);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
