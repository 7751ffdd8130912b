import type { Actor, Place, Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import { attributive, governorOf } from './noun-phrases.js';
import type { TriggerMatch } from './trigger-matcher.js';

/**
 * The prepositions by which an act's own phrase puts it in a place: "lifted the curfew **in** Montenegro",
 * "sent personnel **to** Bosnia", "deploy peacekeepers **in** Iraq". A withdrawal is also done to the place
 * it leaves ("pulled its troops **from** Lebanon").
 */
const LOCATING = new Set(['in', 'into', 'to', 'inside', 'within', 'throughout', 'across']);
const LEAVING = new Set(['from', 'out']);

// Acts whose place says nothing about whom they are done to: statements made somewhere, meetings and
// signings held somewhere, and criticism (the place of a condemned attack is its victim, not the critic's
// target). Shows of force, visits, protests and violence take a place through the wider rule of the draft.
const VENUE_ONLY = ['01', '04', '057', '11'];
// A place after one of these is in a clause of its own ("will not accept refugees if war starts in Iraq").
const CLAUSE_OPENERS = new Set([
  'if',
  'unless',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'as',
  'until',
  'although',
  'though',
  'where',
  'which',
  'who',
  'whom',
  'that',
]);
const SYMPATHY_FOR = new Set(['for', 'over', 'to', 'with', 'after', 'on']);
// Beyond this many words a place belongs to a later phrase of the clause, not to the act's own; articles, numbers
// and hyphens do not count ("agreed to a six-month extension of the mandate for the force in Lebanon").
const MAX_PLACE_DISTANCE = 10;

/**
 * The country an act is done to when its own phrase names only a place there, as the CAMEO codebook codes
 * location targets: "Serbia lifted a night curfew in Montenegro" (Montenegro), "the UN has sent personnel to
 * Bosnia" (Bosnia). The place must follow the trigger inside its predicate, be governed by a preposition of
 * location, and lie outside every source's country (a government easing a curfew at home has no target).
 *
 * ```ts
 * placeTarget(tokens, match, segment, places, sources, predicateEnd); // { code: 'MNE', country: 'MNE', ... }
 * ```
 */
export function placeTarget(
  tokens: readonly Token[],
  match: TriggerMatch,
  code: string,
  segment: Segment,
  places: readonly Place[],
  sources: readonly Actor[],
  predicateEnd: number,
): Actor | undefined {
  const sympathy = code.startsWith('018');
  if (!sympathy && VENUE_ONLY.some((c) => code.startsWith(c))) return undefined;
  // What is yielded from a place, and people rescued or evacuated from one ("evacuated the wounded from Gorazde"),
  // are the place's.
  const prepositions = /^(08|073)/.test(code) ? new Set([...LOCATING, ...LEAVING]) : LOCATING;
  const place = places.find(
    (p) =>
      p.tokenStart >= match.tokenEnd &&
      p.tokenStart < Math.min(segment.end, predicateEnd) &&
      wordsBetween(tokens, match.tokenEnd, p.tokenStart) <= MAX_PLACE_DISTANCE &&
      // "the summit held in Japan", "if war starts in Iraq": the place belongs to another verb.
      !tokens.slice(match.tokenEnd, p.tokenStart).some(
        (t, k) =>
          CLAUSE_OPENERS.has(t.lower) ||
          // a verb of another clause; not an adjective ("occupied") or part of a compound ("peace-keeping")
          (t.pos === 'VERB' &&
            !attributive(tokens, match.tokenEnd + k) &&
            // "rejected a call for its forces to be deployed in East Timor": what a rejection turns down is done
            // where the act it names would be.
            !(code.startsWith('12') && infinitive(tokens, match.tokenEnd + k)) &&
            // "agreed to set up a center in Tokyo": the verb a pattern ending on "to" governs is the act's own.
            !(k === 0 && tokens[match.tokenEnd - 1]?.lower === 'to') &&
            tokens[match.tokenEnd + k - 1]?.text !== '-' &&
            // "aid to refugees fleeing the war in Liberia": a present participle after its noun describes it.
            !(t.lower.endsWith('ing') && ['NOUN', 'PROPN'].includes(tokens[match.tokenEnd + k - 1]?.pos ?? ''))),
      ) &&
      // The pattern may end on the preposition itself ("sought refuge in").
      prepositions.has(governorOf(tokens, p.tokenStart, match.tokenStart + 1)?.lower ?? '') &&
      !isVenue(tokens, p.tokenStart, match.tokenStart + 1),
  );
  if (!place) return undefined;
  // "expressed sorrow for the shootings in South Carolina": sympathy goes to the people of the place, at home too.
  // Only where the place is in what the sympathy is for, not where it was voiced ("in a speech in Nairobi").
  if (sympathy && !tokens.slice(match.tokenEnd, place.tokenStart).some((t) => SYMPATHY_FOR.has(t.lower)))
    return undefined;
  if (sympathy)
    return { code: `${place.country}CVL`, country: place.country, name: place.name, role: 'CVL', kind: 'group' };
  if (sources.some((s) => s.country === place.country)) return undefined;
  return { code: place.country, country: place.country, name: place.name, kind: 'country' };
}

// "called for an emergency Security Council meeting in Geneva", "urged talks in Oslo": a place in the phrase of a
// gathering is where it would be held, its venue; whom the act is done to is the body that would meet, if any.
const GATHERINGS = new Set([
  'meeting',
  'session',
  'summit',
  'conference',
  'talks',
  'negotiations',
  'consultations',
  'gathering',
  'forum',
]);
function isVenue(tokens: readonly Token[], placeStart: number, floor: number): boolean {
  let i = placeStart - 1;
  while (i >= floor && MODIFIER_POS.has(tokens[i]!.pos)) i--;
  // i: the preposition; the word before it heads the phrase the place is in.
  return i - 1 >= floor && GATHERINGS.has(tokens[i - 1]!.lower);
}
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);

// A verb of an infinitive: "to deploy", "to be deployed".
function infinitive(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  return previous?.lower === 'to' || (previous?.lemma === 'be' && tokens[at - 2]?.lower === 'to');
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.text !== '-') n++;
  }
  return n;
}
