import type { Token } from '../model.js';

// The verbs around a place name that say whether the name is where something happened: a move's "to"
// ("flew to Japan") and the object of force ("shelled a district of Aleppo").

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
