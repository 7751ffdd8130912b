import type { Token } from '../model.js';
import { type Draft, rejectDraft } from './event-draft.js';

// Charges the law brings: a crime, violence or another hostile act (CAMEO roots 10-20).
const HOSTILE = /^(1\d|20)/;
// Crimes named by a gerund that no trigger pattern codes.
const CRIMES = new Set(
  'spy smuggle plot conspire incite traffic launder steal bribe embezzle defraud insult possess abet attempt'.split(
    ' ',
  ),
);

/**
 * Drops "charged with" that gives someone a task rather than a criminal charge: "the UN commission charged
 * with monitoring the ceasefire", "an envoy charged with overseeing the talks". A charge names a crime by a
 * noun ("charged with espionage") or by a hostile act ("charged with killing two soldiers", "charged with
 * spying"); a gerund of any other act ("monitoring", "overseeing", "drafting") is a task.
 */
export function dropTaskedWith(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  if (!drafts.some((d) => d.outcome === 'coded' && d.match.pattern.id === '173/charge-with')) return drafts;
  return drafts.map((d) => {
    if (d.outcome !== 'coded' || d.match.pattern.id !== '173/charge-with') return d;
    const gerund = tokens[d.match.tokenEnd];
    if (!gerund || !gerund.lower.endsWith('ing') || (gerund.pos !== 'VERB' && gerund.pos !== 'NOUN')) return d;
    const hostile = drafts.some(
      (e) => e !== d && e.match.tokenStart === d.match.tokenEnd && HOSTILE.test(e.match.pattern.code),
    );
    return hostile || CRIMES.has(gerund.lemma)
      ? d
      : rejectDraft(d, 'no-source', `"charged with ${gerund.text}" gives a task, not a charge`);
  });
}
