import type { Actor, Token } from '../model.js';
import type { LexicalMatch } from './lexicon.js';

/** What a document has introduced so far, for later mentions that only the context resolves. */
export interface DocMemory {
  /** People by surname (and, for known people, by the first word of their canonical name). */
  readonly bySurname: Map<string, Actor>;
  /** People by the title they were named with ("foreign minister") and its head noun ("minister"). */
  readonly byTitle: Map<string, Actor>;
  /** Everyone named with a title, by the title's head noun, for a plural title later ("the Foreign Ministers"). */
  readonly titleHolders: Map<string, { readonly title: string; readonly actor: Actor }[]>;
  /** Countries in order of mention, most recent last, for ambiguous agencies and "the government". */
  readonly countries: string[];
  /** Countries named only as places ("in Iraq and Kuwait"), in order, for "both countries" after a list of them. */
  readonly places: { readonly country: string; readonly tokenStart: number; readonly tokenEnd: number }[];
  /** The last official named by title alone ("Japan's Vice Foreign Minister"), whose name may follow. */
  unnamed?: { readonly actor: Actor; readonly sentence: number } | undefined;
  /** Surnames of known people that the article gives someone else ("Elian Gonzalez"), whose bare use is that other. */
  readonly otherBearers: Set<string>;
  /** Countries whose ambiguous name the article has used in another sense ("Michael Jordan", "Georgia's governor"). */
  readonly otherSenses: Set<string>;
  /** U.S. states whose name the article has used for the state ("Georgia" after "Gov. Brian Kemp of Georgia"). */
  readonly stateSenses: Set<string>;
  /** Whether the article as a whole points at a U.S. state rather than the country of the same name, by state. */
  readonly stateArticles: Map<string, boolean>;
}

/** A fresh memory for one document. */
export function newDocMemory(): DocMemory {
  return {
    bySurname: new Map(),
    byTitle: new Map(),
    titleHolders: new Map(),
    countries: [],
    places: [],
    unnamed: undefined,
    otherBearers: new Set(),
    otherSenses: new Set(),
    stateSenses: new Set(),
    stateArticles: new Map(),
  };
}

// After these a country or capital names where something happened, not who acted ("met in Canada").
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'across', 'around', 'throughout', 'within']);
// A whole country is rarely a point one is "at", "into" or "around": "fired at Russia" aims at the state.
const POINT_LOCATIVE = new Set(['at', 'into', 'around']);

// Travel ends at a place: "a visit to Moscow" names the city, while "a message to Moscow" names its government.
const TRAVEL = new Set(['visit', 'trip', 'travel', 'fly', 'journey', 'return', 'head', 'go', 'come', 'tour']);

const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

const DASHES = new Set(['-', '—', '–', '--']);

// Rank words written in title case before a body: "Senior State Department Official" is no longer name.
const RANKS = new Set(['senior', 'junior', 'top', 'former', 'deputy', 'acting', 'high-ranking', 'unnamed']);

// Words a city stands in apposition to when it is only a place: "north of the capital, Pyongyang".
const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'port', 'village']);

const capitalized = (t: Token | undefined): boolean => Boolean(t && /^\p{Lu}/u.test(t.text));

// Compass words before a place name a part of it: "southern Gaza", "South Lebanon".
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/**
 * Whether the match at `m` names a location rather than an actor: after a locative preposition ("in
 * Seoul", "at the Kremlin"), unless it owns something ("at Tokyo's brothels" names Tokyo's deeds).
 */
export function isLocative(tokens: readonly Token[], m: LexicalMatch): boolean {
  if (tokens[m.tokenEnd]?.text === "'s") return false;
  const country = m.entries.some((e) => e.kind === 'country') && !m.entries.some((e) => e.kind === 'metonym');
  // "in southern Gaza", "in the eastern Congo", "in South Lebanon": a compass word names a part of the place.
  let k = m.tokenStart - 1;
  if (COMPASS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'the') k--;
  // "in Iraq and Kuwait", "in Syria, Jordan and Egypt": a place joined to a place after a locative is one too;
  // a comma alone joins only inside a list ("In Kuwait, Iraq said" names Iraq).
  if (tokens[k]?.text === ',' && !LIST_JOINERS.has(tokens[m.tokenEnd]?.lower ?? '')) return false;
  for (let hops = 0; hops < 6 && LIST_JOINERS.has(tokens[k]?.lower ?? ''); hops++) {
    // "in Nairobi, Kenya, and Dar es Salaam": a serial comma before the last.
    if (tokens[k]!.text !== ',' && tokens[k - 1]?.text === ',') k--;
    let j = k - 1;
    while (j > k - 5 && ((capitalized(tokens[j]) && tokens[j]!.pos === 'PROPN') || nameParticle(tokens, j))) j--;
    if (j === k - 1) return false;
    if (COMPASS.has(tokens[j]?.lower ?? '')) j--;
    k = tokens[j]?.lower === 'the' ? j - 1 : j;
  }
  const prep = tokens[k]?.lower;
  return LOCATIVE.has(prep ?? '') && !(country && POINT_LOCATIVE.has(prep ?? ''));
}

const LIST_JOINERS = new Set(['and', ',', 'or']);

// "es" in "Dar es Salaam", "-" in "Dar-es-Salaam": a short lower-case word or a hyphen between capitalized words.
function nameParticle(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  const short = t.text === '-' || (/^\p{Ll}{1,3}$/u.test(t.text) && ['NOUN', 'PROPN', 'X'].includes(t.pos));
  return short && capitalized(tokens[j - 1]) && /^[\p{Lu}\p{Ll}]/u.test(tokens[j + 1]?.text ?? '');
}

// "a London-based rights group", "the Doha-headquartered channel": the city says where the body sits.
const SEATED = new Set(['base', 'based', 'headquarter', 'headquartered']);

/**
 * A city named only as a place: in apposition to "the capital" or "the city" ("north of the capital,
 * Pyongyang", "the port city Busan", "the city of Osaka"), inside a place after a locative ("at
 * Yeongbingwan of Blue House"), or as the seat of a body ("a London-based group").
 */
export function isPlaceName(tokens: readonly Token[], m: LexicalMatch): boolean {
  if (tokens[m.tokenEnd]?.text === "'s") return false;
  if (tokens[m.tokenEnd]?.text === '-' && SEATED.has(tokens[m.tokenEnd + 1]?.lemma ?? '')) return true;
  const prev = tokens[m.tokenStart - 1];
  const nounAt = prev?.text === ',' || prev?.lower === 'of' ? m.tokenStart - 2 : m.tokenStart - 1;
  if (PLACE_NOUNS.has(tokens[nounAt]?.lower ?? '')) {
    // Only where the capital is itself a place ("north of the capital, Pyongyang", "in East Timor's capital
    // Dili"); "rebels shelled the regional capital Juba" aims at the city's state.
    let k = nounAt - 1;
    while (k >= 0 && (['DET', 'ADJ', 'PROPN', 'PART'].includes(tokens[k]!.pos) || tokens[k]!.text === "'s")) k--;
    return tokens[k]?.pos === 'ADP';
  }
  if (prev?.lower !== 'of') return false;
  let k = m.tokenStart - 2;
  while (k >= 0 && capitalized(tokens[k]) && k > m.tokenStart - 5) k--;
  return k < m.tokenStart - 2 && LOCATIVE.has(tokens[k]?.lower ?? '');
}

/** A city reached by travel: "a three-day visit to Moscow", "flew to Tokyo". */
export function isDestination(tokens: readonly Token[], m: LexicalMatch): boolean {
  const prev = tokens[m.tokenStart - 1];
  const before = tokens[m.tokenStart - 2];
  return prev?.lower === 'to' && Boolean(before && TRAVEL.has(before.lemma));
}

/**
 * Whether a country or seat name is only part of a longer proper name: "East China Sea", "the Grand
 * Kremlin Palace", "Nippon Steel", "the VOA Moscow Bureau". Text in capitals (headlines, speaker labels)
 * says nothing about names, and days and months after a name ("Seoul Tuesday") do not extend it.
 */
export function insideLongerName(
  tokens: readonly Token[],
  m: LexicalMatch,
  sentenceStart: number,
  matched: (i: number) => boolean,
): boolean {
  const words = tokens.slice(m.tokenStart, m.tokenEnd);
  if (words.every((t) => t.text === t.text.toUpperCase())) return false;
  // "the U.S.-Japan Alliance": the last party of a hyphenated pair, not a longer name.
  if (tokens[m.tokenStart - 1]?.text === '-' && matched(m.tokenStart - 2)) return false;
  const prev = tokens[m.tokenStart - 1];
  const next = tokens[m.tokenEnd];
  const joins = (t: Token | undefined, i: number): boolean =>
    capitalized(t) &&
    !matched(i) &&
    !CALENDAR_WORDS.has(t!.lower) &&
    !RANKS.has(t!.lower) &&
    // "Danish Web sites": the Web is capitalized, and no name.
    !(t!.lower === 'web' && /^sites?$/.test(tokens[i + 1]?.lower ?? '')) &&
    (t!.pos === 'PROPN' || t!.pos === 'NOUN');
  // "South Lebanon", "Northern Iraq": a compass word before a country names a part of it, not a longer name;
  // before a city it names another place ("East Jerusalem", "West Berlin").
  const part = COMPASS.has(prev?.lower ?? '') && m.entries.some((e) => e.kind === 'country');
  // The first word of a sentence is capitalized whatever it is.
  return (m.tokenStart - 1 > sentenceStart && !part && joins(prev, m.tokenStart - 1)) || joins(next, m.tokenEnd);
}

/**
 * The end (exclusive) of a dateline that opens a sentence, "Seoul, South Korea -" or "SEOUL/TOKYO —",
 * or `start` when there is none: the places there say where the story was filed, not who acted. A
 * dateline's dash stands apart ("Lee Jae-myung" is no dateline), after places in capitals or listed
 * with a comma or a slash.
 */
export function datelineEnd(text: string, tokens: readonly Token[], start: number, end: number): number {
  let listed = false;
  let capitals = true;
  let agency = false;
  for (let i = start; i < Math.min(end, start + 12); i++) {
    const t = tokens[i]!;
    // "MOSCOW (AP)_": the wire's mark may follow the agency's parenthesis without a space.
    const spaced = /\s/.test(text[t.start - 1] ?? '') || (agency && text[t.start - 1] === ')');
    if (DASHES.has(t.text) || t.text === '_')
      return i > start && spaced && (listed || capitals || agency) ? i + 1 : start;
    // Wire styles: "DAR ES SALAAM, Tanzania (AP) _", "NAIROBI, August 21 (Xinhua) --".
    if (t.text === '(' && capitalized(tokens[i + 1]) && tokens[i + 2]?.text === ')') {
      agency = true;
      i += 2;
      continue;
    }
    if (t.text === ',' || t.text === '/') listed = true;
    else if (listed && t.pos === 'NUM') continue;
    else if (t.text !== '.' && /\p{Ll}/u.test(t.text)) capitals = false;
    if (!capitalized(t) && t.text !== ',' && t.text !== '/' && t.text !== '.') return start;
  }
  return start;
}

/** A capitalized name of one to four words starting at `i` (hyphenated parts joined): "Lee Jae Myung". */
export function nameAfter(
  tokens: readonly Token[],
  i: number,
  to: number,
): { end: number; text: string; last: string; first: string } | null {
  let j = i;
  const words: string[] = [];
  while (j < to && words.length < 4) {
    const t = tokens[j]!;
    if (t.text === '-' && words.length > 0 && /^\p{L}/u.test(tokens[j + 1]?.text ?? '')) {
      words[words.length - 1] += '-' + tokens[j + 1]!.text;
      j += 2;
      continue;
    }
    // The tagger calls some capitalized given names verbs ("Sung Kim"): after a title they are names.
    if (!/^\p{Lu}[\p{L}'.]*$/u.test(t.text) || !['PROPN', 'NOUN', 'ADJ', 'VERB'].includes(t.pos)) break;
    // "Syrian President Bashar Assad Tuesday": a day or month ends a name.
    if (CALENDAR_WORDS.has(t.lower)) break;
    words.push(t.text);
    j++;
  }
  if (words.length === 0) return null;
  return { end: j, text: words.join(' '), last: words[words.length - 1]!, first: words[0]! };
}

/** Records a person for later bare-surname and title mentions. */
export function remember(memory: DocMemory, actor: Actor, name: string, title?: string, familyFirst = false): void {
  // A monarch's name ends in the realm ("Hussein of Jordan"): the realm alone names the country, not the king.
  const parts = name.split(/\s+of\s+/)[0]!.split(/\s+/);
  memory.bySurname.set(parts[parts.length - 1]!, actor);
  // Family name first (a country fact in the knowledge base): "Cheng Guoping" is "Cheng" on second mention.
  if (parts.length === 2 && familyFirst) memory.bySurname.set(parts[0]!, actor);
  if (actor.entity) memory.bySurname.set(actor.name.split(/[\s]+/)[0]!, actor);
  if (title) {
    const key = title.toLowerCase();
    memory.byTitle.set(key, actor);
    // "the Secretary" after "Secretary of State Blinken", "the minister" after "Foreign Minister Motegi".
    const head = key
      .split(/ (?:of|for) /)[0]!
      .split(' ')
      .pop()!;
    memory.byTitle.set(head, actor);
    const holders = memory.titleHolders.get(head) ?? [];
    if (!holders.some((h) => h.actor.code === actor.code && h.actor.name === actor.name))
      memory.titleHolders.set(head, [...holders, { title: key, actor }]);
  }
}

// Capitalized words that make a person's name the name of a place, a thing or a body ("Kennedy Airport").
const NAMED_AFTER = new Set(
  (
    'City Airport International Street Avenue Road Boulevard Square Bridge Stadium University College School ' +
    'Institute Foundation Center Centre Library Museum Memorial Prize Award Hospital Doctrine Plan Mausoleum ' +
    'Park Dam Canal Highway Trail Line'
  ).split(' '),
);

// Lower-case words for a building or a road that make a person's name its name too ("the Jomo Kenyatta
// airport"); not "plan", "line" or "center", which follow a leader's name as the leader's own.
const NAMED_AFTER_LOWER = new Set(
  'airport stadium university hospital bridge highway avenue street boulevard mausoleum museum library dam canal'.split(
    ' ',
  ),
);

// Words before a ship's name.
const SHIPS = new Set(['carrier', 'uss', 'hms', 'ship', 'warship', 'vessel', 'destroyer', 'frigate', 'submarine']);

/**
 * Whether a person's name at `m` names a place, a body or a ship named after them: "Ho Chi Minh City",
 * "Kennedy Airport", "the Jomo Kenyatta airport", "the Carter Center", "the carrier Dwight D. Eisenhower".
 */
export function namedAfterPerson(tokens: readonly Token[], m: LexicalMatch): boolean {
  const after = tokens[m.tokenEnd]?.text ?? '';
  if (NAMED_AFTER.has(after) || NAMED_AFTER_LOWER.has(after)) return true;
  // "a fourth aircraft carrier -- the John F. Kennedy": an article and a dash may stand between.
  let k = m.tokenStart - 1;
  while (k > m.tokenStart - 4 && (tokens[k]?.lower === 'the' || DASHES.has(tokens[k]?.text ?? ''))) k--;
  return SHIPS.has(tokens[k]?.lower ?? '');
}
