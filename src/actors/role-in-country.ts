import type { ActorMention, Token } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import type { LexicalEntry, LexicalMatch } from './lexicon.js';
import type { SentenceScope } from './sentence-scope.js';

const kindAt = (m: LexicalMatch | undefined, kind: string) => m?.entries.find((e) => e.kind === kind);

// Offices that belong to the country they sit in: "officials in South Korea", "police in Tokyo", and the
// people who rise up or speak out at home: "rebels in the Ivory Coast", "opposition groups in Zimbabwe",
// "students throughout Indonesia". Troops, diplomats, leaders, refugees or tourists "in" a country are as
// often another country's ("Leaders in Tokyo" at a summit, "refugees in Kenya").
const LOCAL_OFFICES = new Set([
  'official',
  'officials',
  'authorities',
  'government',
  'police',
  'security forces',
  'security officials',
  'prosecutors',
  'lawmakers',
  'legislators',
  'rebels',
  'insurgents',
  'militias',
  'militiamen',
  'gunmen',
  'tribesmen',
  'guerrillas',
  'opposition',
  'opposition groups',
  'opposition parties',
  'opposition leaders',
  'opposition movement',
  'students',
  'university students',
  'protesters',
  'demonstrators',
  'activists',
  'dissidents',
  'civilians',
  'residents',
  'villagers',
  'farmers',
]);

// Offices a place's name after "of" makes that country's: state offices, not people who merely come from it
// ("the leader of Hamas" is no country's; "refugees of Syria" are left to the demonym rules).
const OWNED_ROLES = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY', 'DIP']);

// "the people of Iraq", "residents of Kabul", "inhabitants of the Golan": a place's people are its country's.
const PEOPLE_OF = new Set(['people', 'citizens', 'residents', 'inhabitants', 'population', 'villagers']);

const SUMMIT_WORDS = new Set(['leader', 'leaders', 'delegation', 'delegations']);

// Words that name a division after its name: "Sindh province", "the Tyumen region".
const DIVISIONS = new Set(['province', 'region', 'state', 'governorate', 'prefecture', 'oblast', 'district']);

// "in", "from", "throughout" or "across" the country.
const LOCAL_PREPOSITIONS = new Set(['in', 'from', 'throughout', 'across']);

export const OUTSIDERS = new Set(['foreign', 'western', 'international', 'visiting', 'diplomatic', 'aid', 'relief']);

// "anti-government protesters in Bangkok", "opposition demonstrators from Harare": a word that sets the people
// against their government says they are the place's own, and belongs to the mention.
export const AGAINST_THE_GOVERNMENT = new Set(['anti-government', 'antigovernment', 'opposition', 'pro-democracy']);

/**
 * "Officials in South Korea and Japan", "authorities from China", "police in Tokyo", "rebels in the Ivory
 * Coast", "students throughout Indonesia", "anti-government protesters in Bangkok": a local role word before "in"/"from"/"throughout"/"across" and a
 * country or capital, and each country joined to it by "and" or a comma, as that
 * country with that role. Returns null when the match at `m` starts no such phrase.
 */
export function roleInCountry(scope: SentenceScope, m: LexicalMatch): ActorMention[] | null {
  const { doc, kb, matches, make } = scope;
  const tokens = doc.tokens;
  // "a terror group based in Trinidad": what is based in a country is that country's, whatever its role.
  const based = tokens[m.tokenEnd]?.lower === 'based' && tokens[m.tokenEnd + 1]?.lower === 'in' ? 1 : 0;
  const preposition = tokens[m.tokenEnd + based]?.lower ?? '';
  const owned = preposition === 'of';
  if (!owned && !LOCAL_PREPOSITIONS.has(preposition)) return null;
  const role = kindAt(m, 'role');
  const words = tokens
    .slice(m.tokenStart, m.tokenEnd)
    .map((t) => t.lower)
    .join(' ');
  // "the government of Sindh province", "the army of Chad": what a place has is that country's, whatever
  // the office; "in" a place, only the offices that are local.
  if (!role || (!owned && !based && !LOCAL_OFFICES.has(words))) return null;
  // "the leaders of South Korea, Japan and China" name the countries that meet, not one office each.
  if (owned && (SUMMIT_WORDS.has(words) || !(OWNED_ROLES.has(role.ref) || PEOPLE_OF.has(words)))) return null;
  // "relief officials in Nairobi", "Western officials in Kabul", "foreign officials in Beijing": someone else's.
  // A count or an article before them ("Seven opposition parties in Nepal", "The government of Chad") still
  // leaves them local.
  const start = AGAINST_THE_GOVERNMENT.has(tokens[m.tokenStart - 1]?.lower ?? '') ? m.tokenStart - 1 : m.tokenStart;
  const prev = tokens[start - 1];
  // A people's name before them ("Druze inhabitants of the Golan", "Kurdish residents of Kirkuk") does not
  // make them another country's.
  const named =
    prev &&
    !['NUM', 'DET'].includes(prev.pos) &&
    !kb.ethnicGroups.has(prev.text) &&
    (['NOUN', 'PROPN'].includes(prev.pos) || /^\p{Lu}/u.test(prev.text));
  if (named || (prev && OUTSIDERS.has(prev.lower))) return null;
  const place = (i: number) => {
    const at = describedFrom(tokens, tokens[i]?.lower === 'the' ? i + 1 : i, kb.ethnicGroups);
    const match = matches.find((n) => n.tokenStart === at);
    // "officials in Japan's ruling party" belong to what Japan owns, composed elsewhere.
    if (!match || tokens[match.tokenEnd]?.text === "'s") return undefined;
    const country = kindAt(match, 'country') ?? seatInContext(scope, match) ?? kindAt(match, 'state');
    // "inhabitants of the Syrian Golan Heights", "police in the Iraqi city of Basra": a place a demonym
    // describes is in that country.
    const adjective = country ? undefined : kindAt(match, 'adjective');
    const described = adjective && describedPlaceEnd(tokens, match.tokenEnd, matches);
    if (adjective && described) return { match: { ...match, tokenEnd: described }, country: adjective.ref };
    // "the governor of Helmand province": the division's word joins the place.
    const end = DIVISIONS.has(tokens[match.tokenEnd]?.lower ?? '') ? match.tokenEnd + 1 : match.tokenEnd;
    return country ? { match: { ...match, tokenEnd: end }, country: country.ref } : undefined;
  };
  // "the governments of both Britain and the Irish Republic": a plural office of each country listed.
  const both = owned && tokens[m.tokenEnd + 1]?.lower === 'both' ? 1 : 0;
  const first = place(m.tokenEnd + based + both + 1);
  if (!first) return null;
  const out = [make(start, first.match.tokenEnd, ActorFactory.country(kb, first.country, role.ref), 'kb')];
  let end = first.match.tokenEnd;
  const each = !owned || /s$/.test(words);
  while (each && [',', 'and'].includes(tokens[end]?.lower ?? '')) {
    const next = place(tokens[end + 1]?.lower === 'and' ? end + 2 : end + 1);
    if (!next) break;
    out.push(make(next.match.tokenStart, next.match.tokenEnd, ActorFactory.country(kb, next.country, role.ref), 'kb'));
    end = next.match.tokenEnd;
  }
  return out;
}

/**
 * "a report carried by state media", "state television said": state-run bodies of the country the article
 * is about, here the country it named last. Returns null when the match at `m` is no such phrase or no
 * country was named yet.
 */
export function stateBody(scope: SentenceScope, m: LexicalMatch): ActorMention[] | null {
  const { doc, kb, memory, make } = scope;
  const role = kindAt(m, 'role');
  const first = doc.tokens[m.tokenStart]!;
  // Lower case only: "State Department" is a seat of its own.
  if (!role || m.entries.length > 1 || first.text !== 'state' || doc.tokens[m.tokenStart - 1]?.text === "'s")
    return null;
  const country = memory.countries[memory.countries.length - 1];
  return country ? [make(m.tokenStart, m.tokenEnd, ActorFactory.country(kb, country, role.ref), 'coreference')] : null;
}

// "dissidents from military-ruled Myanmar", "rebels in eastern Congo", "students in war-torn Syria": up to two
// lower-case adjectives or hyphened compounds between the preposition and the country describe the country;
// so do a quarter and the community that lives there ("a newspaper based in Christian east Beirut").
function describedFrom(tokens: readonly Token[], i: number, communities: ReadonlySet<string>): number {
  let at = i;
  for (let words = 0; words < 3; words++) {
    const t = tokens[at];
    if (!t) return at;
    if (communities.has(t.text) && words === 0 && /^\p{Ll}/u.test(tokens[at + 1]?.text ?? '')) at += 1;
    else if (!/^\p{Ll}/u.test(t.text) || words === 2) return at;
    else if (tokens[at + 1]?.text === '-' && /^\p{Ll}/u.test(tokens[at + 2]?.text ?? '')) at += 3;
    else if (t.pos === 'ADJ' || COMPASS.test(t.lower)) at += 1;
    else return at;
  }
  return at;
}

const COMPASS = /^(?:north|south|east|west|central)(?:ern)?$/;

// Words for a place a demonym can describe before "of" and its name: "the Iraqi city of Basra".
const PLACE_WORDS = new Set([
  'city',
  'town',
  'village',
  'port',
  'enclave',
  'province',
  'region',
  'capital',
  'district',
]);

// The end of the place after a demonym: "Golan Heights" (capitalized words no actor starts) or "city of
// Basra"; undefined when none follows.
function describedPlaceEnd(tokens: readonly Token[], i: number, matches: readonly LexicalMatch[]): number | undefined {
  let at = i;
  if (PLACE_WORDS.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'of') at += 2;
  const start = at;
  // "the Iraqi province of Basra": a division the knowledge base knows is the place.
  const division = matches.find((m) => m.tokenStart === at && m.entries.some((e) => e.kind === 'state'));
  if (division) return division.tokenEnd;
  while (
    /^\p{Lu}/u.test(tokens[at]?.text ?? '') &&
    tokens[at]!.pos === 'PROPN' &&
    !matches.some((m) => m.tokenStart === at)
  )
    at++;
  return at > start ? at : undefined;
}

// A seat whose name another city shares ("Tripoli" is also Lebanon's) names its country only once the article
// has named that country.
function seatInContext(scope: SentenceScope, match: LexicalMatch): LexicalEntry | undefined {
  const seat = kindAt(match, 'metonym');
  if (!seat) return undefined;
  const text = scope.doc.tokens
    .slice(match.tokenStart, match.tokenEnd)
    .map((t) => t.text)
    .join(' ');
  const shared = scope.kb.country(seat.ref)?.ambiguousNames.includes(text) ?? false;
  return !shared || scope.memory.countries.includes(seat.ref) ? seat : undefined;
}
