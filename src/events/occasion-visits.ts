import type { Token } from '../model.js';
import { type Draft, rejectDraft } from './event-draft.js';

// Prepositions that make a visit the occasion of another act: "during a visit to Beirut", "on a trip to Asia".
const OCCASION_LEADS = new Set(['during', 'on', 'while', 'amid']);
// Nouns whose "of" phrase names the visit as the time of the act: "at the start of a regional trip", "on the
// sidelines of a visit", "on the last day of his tour".
const PART_OF = new Set(['start', 'end', 'course', 'eve', 'day', 'close', 'conclusion', 'sideline', 'margin', 'leg']);
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
// Copulas: "is on a visit to Japan" makes the visit the clause's own act.
const COPULAS = new Set(['be', 'remain', 'stay']);

/**
 * Drops a visit that is only the occasion of the act the sentence reports: in "X held talks with Y during a
 * surprise visit to Beirut" and "made his remarks in Doha at the start of a regional trip" the event is the
 * talks or the remarks; the visit tells when and where (PETRARCH codes the act, not its frame). The visit
 * stays when nothing else is said of its traveller ("is on a three-day visit to Japan", "during a visit to
 * Tokyo" with no other act).
 */
export function dropOccasionVisits(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  if (drafts.length < 2) return drafts;
  const occasions = drafts.filter((d) => d.outcome === 'coded' && isOccasionVisit(d, tokens));
  if (occasions.length === 0) return drafts;
  return drafts.map((d) => {
    if (!occasions.includes(d)) return d;
    const parties = new Set(d.roles.sources.map((m) => m.actor.code));
    const main = drafts.find(
      (e) =>
        e !== d &&
        !occasions.includes(e) &&
        (e.outcome === 'coded' || e.outcome === 'no-target') &&
        e.roles.sources.some((m) => parties.has(m.actor.code)),
    );
    return main ? rejectDraft(d, 'duplicate', `the occasion of ${main.match.pattern.id}, not an act of its own`) : d;
  });
}

// A visit noun in a phrase of occasion: "during a (surprise) visit", "on a trip", "at the start of a tour".
function isOccasionVisit(d: Draft, tokens: readonly Token[]): boolean {
  if (!d.match.pattern.code.startsWith('042')) return false;
  const floor = d.segment.start;
  const head = d.match.tokenStart;
  // The trigger may begin with the part of the visit ("start of a regional trip").
  if (PART_OF.has(tokens[head]!.lemma) && tokens[head + 1]?.lower === 'of')
    return leadsOccasion(tokens, head, floor, true);
  if (tokens[head]!.pos !== 'NOUN') return false;
  let i = head - 1;
  // "on the first day of President Yoon's two-day visit": a possessive and a compound are modifiers too.
  while (i >= floor && (MODIFIERS.has(tokens[i]!.pos) || tokens[i]!.text === '-' || tokens[i]!.text === "'s")) i--;
  if (tokens[i]?.lower === 'of' && PART_OF.has(tokens[i - 1]?.lemma ?? ''))
    return leadsOccasion(tokens, i - 1, floor, true);
  return leadsOccasion(tokens, i + 1, floor, false);
}

// Whether the phrase whose first word after its determiners is `at` is governed by a preposition of occasion
// ("during", "on"; "at" and "in" only before a part: "at the start of"), not by a copula ("is on a visit").
function leadsOccasion(tokens: readonly Token[], at: number, floor: number, part: boolean): boolean {
  let i = at - 1;
  while (i >= floor && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ')) i--;
  const lead = tokens[i];
  if (!lead || i < floor) return false;
  if (lead.lower === 'at' || lead.lower === 'in') return part;
  if (!OCCASION_LEADS.has(lead.lower)) return false;
  const previous = tokens[i - 1];
  return !(lead.lower === 'on' && previous && COPULAS.has(previous.lemma));
}
