import type { KnowledgeBase } from '../actors/knowledge-base.js';
import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import type { ActorMention, Doc, Place, Token } from '../model.js';
import { countriesNamed, countryOfWord, personWords } from './article-countries.js';
import { Gazetteer, type GazetteerEntry, placeKey } from './gazetteer.js';
import { rankPlaces } from './place-ranking.js';
import { pointsAtState } from '../actors/us-states.js';
import { CALENDAR, SENT_WORDS, modifiesNoun, movesTo, struckPlace } from './place-verbs.js';

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'into',
  'across',
  'throughout',
  'within',
  'to',
  'from',
]);
const VISIT_LEMMAS = new Set(['tour', 'visit']);
// Where something is, as opposed to where someone goes or comes from ("a letter from Lee").
const STRONG_LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'throughout', 'within', 'around']);

// A whole country is rarely a point one is "at" or "around": "fired at Russia" aims at the state.
const POINT_PREPOSITIONS = new Set(['at', 'around']);

const gazetteers = new WeakMap<KnowledgeBase, Gazetteer>();

/** The gazetteer built from `kb` (once per knowledge base: loading the city list takes a few hundred ms). */
export function gazetteerFor(kb: KnowledgeBase): Gazetteer {
  let g = gazetteers.get(kb);
  if (!g) gazetteers.set(kb, (g = new Gazetteer(kb)));
  return g;
}

/**
 * Places named after a locative preposition ("in Canada", "at ... in Seoul", "to Tokyo", "the G7 summit in
 * Kananaskis"): the longest capitalized name the gazetteer knows, ranked among the places of that name by
 * population, by the countries the article names and by capital status (`rankPlaces`), with its country
 * and coordinates. `mentions`, when the caller has them, add the countries of the article's actors
 * (people included) to those the text names, and their names to those that are no town.
 *
 * ```ts
 * findPlaces(segment({ id: 'a', published: '2025-06-17', text: 'Canada hosts the G7 summit in Kananaskis.' }))[0].country; // 'CAN'
 * ```
 */
export function findPlaces(
  doc: Doc,
  kb: KnowledgeBase = loadKnowledgeBase(),
  mentions: readonly ActorMention[] = [],
): Place[] {
  const gazetteer = gazetteerFor(kb);
  const tokens = doc.tokens;
  const out: Place[] = [];
  let context: { countries: Set<string>; isPerson: (word: string) => boolean } | undefined;
  const keys: string[] = [];
  const keyOf = (i: number): string => (keys[i] ??= placeKey(tokens[i]!.text));
  // "Georgia": the U.S. state where the article points at it, else the country (worked out once per name).
  const states = new Map<string, boolean>();
  const stateOrCountry = (candidates: readonly GazetteerEntry[]): readonly GazetteerEntry[] => {
    const state = candidates.find((c) => c.kind === 'state');
    const country = candidates.find((c) => c.isCountry);
    if (!state || !country) return candidates;
    let isState = states.get(state.name);
    if (isState === undefined) {
      const listed = (end: number) => end > 0 && gazetteer.candidates([keyOf(end - 1)]).some((c) => c.isCountry);
      states.set(state.name, (isState = pointsAtState(kb, doc, state.name, country.country, listed)));
    }
    return candidates.filter((c) => (isState ? !c.isCountry : c.kind !== 'state'));
  };
  // The last place found and the preposition before it: "in Fallujah and Ramadi" places both.
  let last: { end: number; prep: string } | undefined;
  for (let i = 1; i < tokens.length; i++) {
    // Every place name starts with a capital: most words are passed over on their first letter (a-z).
    const first = tokens[i]!.text.charCodeAt(0);
    if (first >= 97 && first <= 122) continue;
    const lead = leadOf(tokens, i);
    // "in the Afghan capital Kabul": a name inside the phrase that already gave a place is that place.
    if (last && lead < last.end) continue;
    const article = tokens[lead - 1]?.lower === 'the';
    const before = article ? lead - 2 : lead - 1;
    // "outside of the city": the preposition is "outside"; "out of the enclave of Gorazde": "from".
    const of = tokens[before]?.lower === 'of' ? tokens[before - 1]?.lower : undefined;
    const own = of === 'outside' ? 'outside' : of === 'out' ? 'from' : tokens[before]?.lower;
    const joined = last && !LOCATIVE.has(own ?? '') ? joinedTo(tokens, lead, last.end) : undefined;
    // "touring Dar es Salaam", "visited Basra": a city a visit takes as its object is where it happened; so is a
    // city shelled or stormed ("shelled a rebel-held district of Aleppo", "bombed the outskirts of Gaza City").
    const struck = !joined && !LOCATIVE.has(own ?? '') && struckPlace(tokens, lead);
    const visited =
      !joined && !struck && VISIT_LEMMAS.has(tokens[before]?.lemma ?? '') && tokens[before]!.pos === 'VERB';
    const prep = joined ? last?.prep : visited || struck ? 'in' : own;
    if (!LOCATIVE.has(prep ?? '') || !/^\p{Lu}/u.test(tokens[i]!.text) || CALENDAR.has(tokens[i]!.lower)) continue;
    // A country after "to" is a place only after a move ("flew to Japan", "a visit to Japan"): "aid to South
    // Korea", "in response to North Korea's tests" name a recipient or a topic, left to the actors.
    const recipient = prep === 'to' && !joined && !movesTo(tokens, before);
    // The word before the preposition: "according to Pentagon sources" names a source, not a destination.
    const beforePrep = tokens[lead - (article ? 3 : 2)];
    if (prep === 'to' && beforePrep?.lower === 'according') continue;
    // "warnings from Moscow", "a letter from Tokyo": a capital a message comes from is the government speaking.
    if (prep === 'from' && SENT_WORDS.has(beforePrep?.lemma ?? '')) continue;
    // "in the Afghan capital", "in the Iraqi capital's suburbs": the country's capital city.
    const capital = tokens[i + 1]?.lower === 'capital' ? countryOfWord(kb, keyOf(i)) : undefined;
    const capitalCity = capital && gazetteer.capitalOf(capital);
    if (capitalCity) {
      // "the Tanzanian capital Dar es Salaam": the city named after it, where the list's capital is another.
      const named = capital ? namedCityAfter(gazetteer, tokens, i + 2, capital, keyOf) : undefined;
      const end = named?.end ?? i + 2;
      out.push(placeAt(named?.entry ?? capitalCity, tokens, i, end));
      last = { end, prep: prep ?? '' };
      i = end - 1;
      continue;
    }
    for (let n = Math.min(gazetteer.maxTokens, 4, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n).filter((t) => t.text !== '-');
      if (span.length === 0 || span.some((t) => t.sentence !== tokens[i]!.sentence)) continue;
      const candidates = stateOrCountry(gazetteer.candidates(span.map((t) => keyOf(t.index))));
      if (candidates.length === 0) continue;
      // The article's countries and names are worked out once, and only for an article that names a place.
      context ??= {
        countries: countriesNamed(doc, kb, mentions, keyOf),
        isPerson: personWords(kb, mentions),
      };
      const entry = rankPlaces(candidates, {
        countries: context.countries,
        ...(qualifierAfter(gazetteer, tokens, i + n) ?? describedBy(kb, tokens, lead, i, keyOf)),
        locative: STRONG_LOCATIVE.has(prep ?? ''),
        personName: span.some((t) => context!.isPerson(t.text)) || tokens[i + n]?.text === "'s",
      });
      if (!entry) continue;
      if (entry.isCountry && (POINT_PREPOSITIONS.has(prep ?? '') || recipient)) break;
      // "a suspect in the U.S. Embassy bombings", "in the China market": a country before a noun modifies it.
      if (entry.isCountry && modifiesNoun(tokens[i + n])) break;
      // "visited Japan": a country a visit takes is the party visited, left to the actors; "visited the Miami
      // relatives" visits people.
      const modifies = tokens[i + n]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i + n]!.text);
      if (visited && (entry.isCountry || entry.kind === 'seat' || modifies)) break;
      // "would strike Iraq": a country struck is the party attacked, left to the actors.
      if (struck && entry.isCountry) break;
      // "in Seoul, South Korea", "Atlanta, Georgia": a country or state after a comma says where the city is; and a
      // name after a comma is the list's only while the list goes on ("in Washington, Pentagon spokesman ...").
      if (
        joined === 'comma' &&
        (entry.isCountry || entry.kind === 'state' || !LIST_GOES_ON.has(tokens[i + n]?.lower ?? ''))
      )
        break;
      out.push(placeAt(entry, tokens, i, i + n));
      last = { end: i + n, prep: prep ?? '' };
      i += n - 1;
      break;
    }
  }
  return out;
}

// Words that may stand between a locative preposition and the name: "in northern Israel", "in the occupied West
// Bank", "in southern Gaza".
const BEFORE_NAME = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'occupied',
  'besieged',
  'neighbouring',
  'neighboring',
]);
// Not "Central": "Central America" is no part of the United States.
const REGION_WORDS = new Set(['Northern', 'Southern', 'Eastern', 'Western']);
// "near the town of Samarra", "in the northern city of Mosul": a place noun whose "of" names the place.
const MODIFIER_POS = new Set(['ADJ', 'PROPN']);
const PLACE_NOUNS = new Set([
  'town',
  'city',
  'village',
  'capital',
  'province',
  'region',
  'port',
  'district',
  'enclave',
  'exclave',
  'republic',
  // "in the east of the Gaza Strip", "on the outskirts of Kabul": a part of the place.
  'east',
  'west',
  'north',
  'south',
  'outskirts',
  'outskirt',
  'centre',
  'center',
]);

// Nouns for a settlement that may stand right before its name, lower case: "in the capital Kabul".
const SETTLEMENT_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port']);

const LIST_GOES_ON = new Set([',', 'and', 'or']);

// How the phrase at `lead` is joined to a place ending at `end`: by a comma ("in Fallujah, Ramadi") or by "and"
// or "or" ("... and Samarra"); undefined when it is not.
function joinedTo(tokens: readonly Token[], lead: number, end: number): 'comma' | 'conjunction' | undefined {
  if (lead <= end || lead - end > 2) return undefined;
  const gap = tokens.slice(end, lead).map((t) => t.lower);
  if (gap.length === 0 || gap.length > 2 || !gap.every((w) => w === ',' || w === 'and' || w === 'or')) return undefined;
  return gap.length === 1 && gap[0] === ',' ? 'comma' : 'conjunction';
}

/** Where the phrase naming a place at `i` starts, past direction words, "the town of" and "the east of the". */
function leadOf(tokens: readonly Token[], i: number): number {
  let j = i;
  const of = tokens[j - 1]?.lower === 'the' ? j - 1 : j;
  const noun = tokens[of - 1]?.lower === 'of' && PLACE_NOUNS.has(tokens[of - 2]?.lemma ?? '') ? of - 2 : undefined;
  // "in the capital Kabul", "Syria's second city Aleppo": a settlement noun before the name, in apposition.
  const apposed = noun === undefined && SETTLEMENT_NOUNS.has(tokens[i - 1]?.text ?? '') ? i - 1 : undefined;
  if (noun !== undefined || apposed !== undefined) {
    j = (noun ?? apposed)!;
    // "the northern city of", "the Iraqi city of": up to two modifiers before the place noun.
    for (let k = 0; k < 2 && j > 0 && MODIFIER_POS.has(tokens[j - 1]!.pos) && tokens[j - 1]!.lower !== 'the'; k++) j--;
  }
  // "Northern Ireland" is a name, tried before the word after it; a capitalized "-ern" word no name starts with
  // only describes ("in Western Cambodia"). "South" stays a name's: "in the South China Sea" is not China.
  while (j > 0 && (BEFORE_NAME.has(tokens[j - 1]!.text) || REGION_WORDS.has(tokens[j - 1]!.text))) j--;
  return j;
}

// "Seoul, South Korea", "Paris, France": the country written after a city decides which city it is.
function qualifierAfter(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  end: number,
): { qualifier?: string } | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  for (let n = 3; n >= 1; n--) {
    const span = tokens.slice(end + 1, end + 1 + n);
    if (span.length < n || !/^\p{Lu}/u.test(span[0]!.text)) continue;
    // "Taylor, Texas" and "Paris, France": a U.S. state after the name qualifies it as a country does.
    const country = gazetteer
      .candidates(span.map((t) => placeKey(t.text)))
      .find((c) => c.isCountry || c.kind === 'state');
    if (country) return { qualifier: country.country };
  }
  return undefined;
}

// "the Bosnian town of Gorazde", "the autonomous Azerbaijani republic of Nakhichevan": a demonym before the place
// noun says which country the place is in, as a country after the name does.
function describedBy(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  lead: number,
  i: number,
  keyOf: (i: number) => string,
): { qualifier?: string } {
  if (lead >= i || (tokens[i - 1]?.lower !== 'of' && tokens[i - 2]?.lower !== 'of')) return {};
  for (let k = lead; k < i; k++) {
    // "the Serb-held town of Knin", "the Israeli-occupied city": a compound says who holds it, not where it is.
    if (tokens[k + 1]?.text === '-') continue;
    const country = /^\p{Lu}/u.test(tokens[k]!.text) ? countryOfWord(kb, keyOf(k)) : undefined;
    if (country) return { qualifier: country };
  }
  return {};
}

// A city of `country` whose name starts at `at`, up to three tokens long; undefined when none does.
function namedCityAfter(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  at: number,
  country: string,
  keyOf: (i: number) => string,
): { entry: GazetteerEntry; end: number } | undefined {
  if (!/^\p{Lu}/u.test(tokens[at]?.text ?? '')) return undefined;
  for (let n = Math.min(3, tokens.length - at); n >= 1; n--) {
    const keys = Array.from({ length: n }, (_, k) => keyOf(at + k));
    const entry = gazetteer.candidates(keys).find((c) => c.country === country && c.kind === 'city');
    if (entry) return { entry, end: at + n };
  }
  return undefined;
}

function placeAt(entry: GazetteerEntry, tokens: readonly Token[], start: number, end: number): Place {
  const first = tokens[start]!;
  return {
    kind: 'Place',
    name: entry.name,
    country: entry.country,
    ...(entry.lat === undefined ? {} : { lat: entry.lat }),
    ...(entry.lon === undefined ? {} : { lon: entry.lon }),
    start: first.start,
    end: tokens[end - 1]!.end,
    sentence: first.sentence,
    tokenStart: start,
    tokenEnd: end,
  };
}
