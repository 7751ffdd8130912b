import type { Token } from '../model.js';

// The words around a place name that say whether the name is where something happened: a move's "to"
// ("flew to Japan"), the object of force ("shelled a district of Aleppo"), a message's "from" ("warnings from
// Moscow"), and a noun the name modifies ("the U.S. Embassy bombings").

// Moves and their nouns, after which "to" names a destination.
const MOTION_LEMMAS = new Set([
  'visit',
  'trip',
  'travel',
  'journey',
  'tour',
  'flight',
  'voyage',
  'mission',
  'delegation',
  'go',
  'come',
  'return',
  'fly',
  'head',
  'move',
  'drive',
  'walk',
  'march',
  'sail',
  'ride',
  'relocate',
  'transfer',
  'send',
  'dispatch',
  'deploy',
  'redeploy',
  'ship',
  'deport',
  'extradite',
  'expel',
  'evacuate',
  'repatriate',
  'flee',
  'escape',
  'defect',
  'retreat',
  'withdraw',
  'welcome',
  'invite',
  'way',
  'route',
  'road',
  'back',
  'bring',
  'take',
  'lead',
  'accompany',
  'follow',
]);
// Words that may stand between a move and its "to": "flew back to", "welcomed President Yoon to", "sent troops and planes to".
const MOTION_GAP = new Set(['ADV', 'PART', 'PRON', 'PROPN', 'DET', 'NUM', 'ADJ', 'NOUN', 'CCONJ']);

// Whether the "to" at `at` follows a move within a few words: a verb or noun of motion ("returned to", "a
// three-day visit to", "flew straight back to", "sent an envoy to"), with nothing but its object or modifiers
// between.
export function movesTo(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const t = tokens[k]!;
    if (MOTION_LEMMAS.has(t.lemma) || MOTION_LEMMAS.has(t.lower)) return true;
    if (!MOTION_GAP.has(t.pos)) return false;
  }
  return false;
}

// Verbs of force whose object may be a place: the place is where the force struck.
const STRIKE_LEMMAS = new Set([
  'attack',
  'bomb',
  'bombard',
  'shell',
  'strike',
  'raid',
  'storm',
  'besiege',
  'overrun',
  'capture',
  'seize',
  'retake',
  'recapture',
  'invade',
  'rocket',
  'blockade',
]);
// Words between such a verb and the phrase of the place: "a rebel-held", "the besieged", "several", "a part of
// Syria's second".
const STRIKE_GAP = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);
const PLACE_PARTS = new Set([
  'part',
  'district',
  'outskirt',
  'outskirts',
  'suburb',
  'area',
  'neighbourhood',
  'neighborhood',
  'quarter',
  'sector',
  'centre',
  'center',
  'city',
  'town',
  'village',
]);

// Whether the place phrase starting at `lead` is the object of a verb of force, past its determiners and
// modifiers ("shelled a rebel-held district of", "bombarded a part of Syria's second city"): up to eight words
// between.
export function struckPlace(tokens: readonly Token[], lead: number): boolean {
  for (let k = lead - 1; k >= Math.max(0, lead - 9); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && STRIKE_LEMMAS.has(t.lemma) && !attributiveVerb(tokens, k)) return true;
    // "rebel-held", "government-controlled": a compound participle describes the place.
    const compound = tokens[k - 1]?.text === '-' || t.text === '-' || tokens[k + 1]?.text === '-';
    const gap =
      STRIKE_GAP.has(t.pos) || PLACE_PARTS.has(t.lemma) || t.lower === 'of' || t.text === "'s" || t.text === '’s';
    if (!gap && !compound) return false;
  }
  return false;
}

// "the besieged town", "the bombed city": a participle before a noun describes it, it does not act on it.
function attributiveVerb(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.pos === 'DET' || tokens[at - 1]?.pos === 'ADJ';
}

// "in August", "on Monday": never a town of that name.
export const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

// Messages and pressure, whose "from" names who sends them.
export const SENT_WORDS = new Set([
  'warning',
  'message',
  'letter',
  'statement',
  'call',
  'appeal',
  'request',
  'demand',
  'pressure',
  'criticism',
  'protest',
  'signal',
  'invitation',
  'offer',
  'response',
  'reply',
  'word',
  'threat',
  'objection',
  'complaint',
]);

// Words after a place that say when, not what the name modifies: "in Japan today", "in Iraq Sunday".
const WHEN_WORDS = new Set([
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'now',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'month',
  'year',
  'weekend',
]);

// Nouns a country's name still places: "in Montenegro province", "in the Kosovo region", "on the Iraq border".
const REGION_NOUNS = new Set([
  'province',
  'region',
  'republic',
  'state',
  'territory',
  'area',
  'border',
  'borders',
  'frontier',
  'coast',
  'countryside',
  'mainland',
  'side',
]);

// Whether the token after a name is a noun the name modifies ("U.S. Embassy bombings", "China market").
export function modifiesNoun(next: Token | undefined): boolean {
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  return !WHEN_WORDS.has(next.lower) && !CALENDAR.has(next.lower) && !REGION_NOUNS.has(next.lower);
}
