import type { Timex, Token } from '../model.js';
import { type Draft, rejectDraft } from './event-draft.js';

// Words that put an act before the clause's own: "a reciprocal visit following the Secretary's travel to Beijing".
const EARLIER = new Set(['following', 'after', 'since']);
// Words between the possessor's "'s" (or "its") and the act noun: "Russia's full-scale invasion".
const NOUN_MODIFIERS = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);
const POSSESSIVE = new Set(["'s", '’s', 'its', 'their', 'his', 'her']);
const POSSESSOR = new Set(['PROPN', 'NOUN', 'DET', 'ADJ']);
// Beyond the act noun, its own phrase ("travel to Beijing in June") runs this many tokens at most.
const PHRASE = 6;

/**
 * Drops an act named by a noun with its agent after "following", "after" or "since" when no time of its own is
 * told: "The meeting was part of a reciprocal visit following the Secretary's travel to Beijing" names an earlier
 * trip as the background of today's, not a new event, and it has no date to give it (the article's date would be
 * wrong). With its own time ("after Russia's 2022 invasion", "following last week's visit") it is kept, dated.
 */
export function dropBackgroundActs(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  timexes: readonly Timex[],
): readonly Draft[] {
  return drafts.map((d) => {
    if (d.outcome !== 'coded' || tokens[d.match.tokenStart]!.pos !== 'NOUN') return d;
    // "following" may open the trigger's segment or close the one before it.
    const lead = earlierLead(tokens, d.match.tokenStart, Math.max(0, d.segment.start - 1));
    if (lead < 0) return d;
    const last = tokens[Math.min(d.segment.end, d.match.tokenEnd + PHRASE) - 1]!;
    const from = tokens[lead]!.start;
    // Only a calendar time dates it: "recent" (PAST_REF) says no more than "earlier" does.
    if (timexes.some((t) => t.start >= from && t.start < last.end && /^\d{4}/.test(t.value))) return d;
    return rejectDraft(d, 'background', 'an earlier act named as the background of another, with no time of its own');
  });
}

// The index of "following" in "following the Secretary's travel", or -1.
function earlierLead(tokens: readonly Token[], at: number, floor: number): number {
  let i = at - 1;
  while (i > floor && NOUN_MODIFIERS.has(tokens[i]!.pos) && !POSSESSIVE.has(tokens[i]!.lower)) i--;
  if (!POSSESSIVE.has(tokens[i]?.lower ?? '')) return -1;
  if (tokens[i]!.pos !== 'PRON') {
    i--;
    while (i > floor && POSSESSOR.has(tokens[i]!.pos)) i--;
  } else i--;
  return i >= floor && EARLIER.has(tokens[i]!.lower) ? i : -1;
}
