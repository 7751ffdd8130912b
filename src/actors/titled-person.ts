import type { Actor, ActorMention, Token } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { nameAfter, remember } from './actor-context.js';
import {
  type KnowledgeBase,
  type PersonRecord,
  daysFromPosition,
  peopleWithSurname,
  positionOn,
} from './knowledge-base.js';
import { type LexicalEntry, type LexicalMatch, formKeys, personAt, titlePhrases } from './lexicon.js';
import { type SentenceScope, agencyAt } from './sentence-scope.js';
import { bodyServed } from './role-after.js';
import { uniqueSurname } from './bare-surname.js';

const kindAt = (m: LexicalMatch | undefined, kind: string) => m?.entries.find((e) => e.kind === kind);

// Words a title's own qualifier is made of: "Minister for Foreign Affairs and Trade of the Republic of Korea".
const QUALIFIER_PARTICLES = new Set(['for', 'of', 'and', 'the', '&']);

/**
 * People named with a title, as one mention with their country and role:
 * - "Japanese Prime Minister Shigeru Ishiba", "China's new President Xi Jinping", "Algerian President
 *   Abdelaziz X" (an unknown name after a title and a country is learned with that country and role);
 * - "U.S. Special Representative for the DPRK Sung Kim" (the country after "for" is the brief, not the
 *   employer);
 * - "Minister for Foreign Affairs of Japan Seiji Maehara" (the country after "of" is the employer);
 * - "President Moon Jae-in of the Republic of Korea", "Commander David Benham of U.S. Pacific Command";
 * - "President Lee", "Prime Minister Ishiba" (known people by title and surname on the article's date).
 * Returns `null` when the match at `m` does not start such a phrase.
 */
export function titledPerson(scope: SentenceScope, m: LexicalMatch): ActorMention[] | null {
  const { doc, kb, matches, memory, to, make } = scope;
  const tokens = doc.tokens;
  const day = doc.article.published;
  const at = (i: number) => matches.find((n) => n.tokenStart === i);
  const modifier = kindAt(m, 'adjective') ?? kindAt(m, 'country') ?? kindAt(m, 'state');
  let cursor = m.tokenEnd;
  if (modifier && tokens[cursor]?.text === "'s") cursor++;
  // "Republic of Korea (ROK) Foreign Minister Kang": an acronym in parentheses repeats the country.
  if (modifier && tokens[cursor]?.text === '(' && tokens[cursor + 2]?.text === ')') cursor += 3;
  if (modifier && !kindAt(at(cursor), 'title') && isLowerAdjective(tokens[cursor]) && kindAt(at(cursor + 1), 'title'))
    cursor++;
  // "Serbian Labour Minister Dragan Milovanovic", "Iraqi Public Works Minister X": a portfolio the title list
  // lacks, in up to two capitalized words before "Minister".
  else if (modifier && !at(cursor)) cursor += portfolioWords(scope, cursor);
  // "Japanese Ministry of Foreign Affairs Director General X": a capitalized title after the body it serves in.
  else if (modifier) cursor = titleAfterBody(scope, cursor) ?? cursor;
  const titleMatch = modifier ? at(cursor) : m;
  const title = kindAt(titleMatch, 'title') ?? (modifier ? undefined : formerTitle(scope, m));
  if (!titleMatch || !title) return null;
  // "Former President X" (a role phrase read as a title) or "Ex-President X" (one token).
  const pastHolder =
    title.ref !== kindAt(titleMatch, 'title')?.ref || tokens[titleMatch.tokenStart]!.lower.startsWith('ex-');
  // A title in lower case names a person only after a country, after the person it serves ("Yeltsin's spokesman
  // Sergei Yastrzhembsky") or as a post only a state fills ("special ambassador Mikhail Sytenko").
  const owner = modifier ? undefined : ownerBefore(scope, m.tokenStart);
  if (!modifier && !pastHolder && !owner && !nationalPost(title.ref) && !/^\p{Lu}/u.test(tokens[m.tokenStart]!.text))
    return null;
  // "former President Menem", "Pakistan's former Prime Minister X": CAMEO codes a past office holder named
  // as such among the elites (ELI).
  const former = pastHolder || formerBefore(tokens, m.tokenStart) || formerBefore(tokens, titleMatch.tokenStart);
  const officeRole = former ? 'ELI' : title.role;

  // Between the title and the name: "for the DPRK" (a brief) or "of Japan" (an employer).
  let nameAt = titleMatch.tokenEnd;
  let employer = modifier?.ref;
  const qualifier = qualifierEnd(scope, nameAt);
  if (qualifier) {
    nameAt = qualifier.end;
    employer ??= qualifier.employer;
  }
  const name = nameAfter(tokens, nameAt, to) ?? lowerCaseHolder(scope, nameAt, title.ref);
  if (!name) {
    if (!modifier) return null;
    // "a California general partnership": a title word that only describes the noun after it.
    const after = tokens[titleMatch.tokenEnd];
    if (
      titleMatch.tokenEnd - titleMatch.tokenStart === 1 &&
      tokens[titleMatch.tokenStart]!.pos === 'ADJ' &&
      after?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(after.text)
    )
      return null;
    // "An American leader of a U.N. weapons inspection team": the body's, not the country's.
    const served = bodyServed(tokens, matches, titleMatch.tokenEnd);
    if (served) {
      const body = ActorFactory.knownOrganization(kb, served);
      // "... resumed work. Scott Ritter led his team": the name may come in a later sentence.
      memory.unnamed = { actor: body, sentence: tokens[m.tokenStart]!.sentence };
      return [make(m.tokenStart, titleMatch.tokenEnd, body, 'kb')];
    }
    const office = ActorFactory.country(kb, modifier.ref, officeRole);
    // "Japan's Vice Foreign Minister visits China": the name may come in a later sentence.
    memory.unnamed = { actor: office, sentence: tokens[m.tokenStart]!.sentence };
    return [make(m.tokenStart, titleMatch.tokenEnd, office, 'kb')];
  }
  const known =
    personAt(kb, at(nameAt), day, employer) ??
    (employer ? undefined : personByTitle(kb, name.last, title.ref, day, former));
  // "President Moon Jae-in of the Republic of Korea": the employer after the name.
  const after = employer ? undefined : ofCountryAfter(scope, name.end);
  // "Yeltsin's spokesman Sergei Yastrzhembsky": a person's aide serves that person's country.
  const named = employer ?? after?.country ?? known?.country ?? owner?.country;
  // "Special Adviser Akihisa Nagashima": a person an earlier article taught, by full name.
  const taught = known || named ? undefined : learnedNamed(scope, at(nameAt), name.end);
  let actor = known
    ? ActorFactory.person(known, day, former && !positionOn(known, day) ? 'ELI' : undefined)
    : (taught ?? memory.bySurname.get(name.last));
  // "Cabinet minister Michael Eitan", "special ambassador Mikhail Sytenko": a national post with no country named,
  // held by no one the article or the knowledge base knows, is the country's the article named last.
  const home = named || actor || modifier ? undefined : homeCountry(scope, title.ref);
  const country = named ?? home;
  if (!known && country && (!actor || actor.country !== country))
    actor = ActorFactory.learned(name.text, country, after?.role ?? ownerRole(owner, officeRole));
  if (!actor) {
    // "Prime Minister Kishida" years before he was prime minister: the title says who is meant, so the
    // surname is not read alone as whoever else holds it.
    for (let i = nameAt; i < name.end; i++) scope.used.add(i);
    return [];
  }
  const familyFirst = kb.country(actor.country)?.familyNameFirst ?? false;
  remember(memory, actor, name.text, title.ref, familyFirst);
  const via = known ? 'kb' : employer || after || owner || home ? 'title' : taught ? 'learned' : 'coreference';
  const end = after?.absorb ? after.end : name.end;
  const out = [make(m.tokenStart, end, actor, via)];
  if (after && !after.absorb)
    out.push(make(after.start, after.end, ActorFactory.country(kb, after.country, after.role), 'kb'));
  return out;
}

// "President obama": a surname written in lower case after a capitalized title, when a holder of that title on
// the day has it.
function lowerCaseHolder(scope: SentenceScope, i: number, title: string): ReturnType<typeof nameAfter> {
  const t = scope.doc.tokens[i];
  // A noun only: "the Prime Minister may resign" names no one called May.
  if (!t || !/^\p{Ll}{3,}$/u.test(t.text) || t.index >= scope.to || !['NOUN', 'PROPN'].includes(t.pos)) return null;
  const surname = t.text[0]!.toUpperCase() + t.text.slice(1);
  const day = scope.doc.article.published;
  if (!peopleWithSurname(scope.kb, surname).some((p) => positionOn(p, day)?.title.toLowerCase() === title)) return null;
  return { end: i + 1, text: surname, last: surname, first: surname };
}

// How many capitalized words that no name starts stand between a country and a "Minister" title; 0 if none.
function portfolioWords(scope: SentenceScope, i: number): number {
  const tokens = scope.doc.tokens;
  for (let n = 1; n <= 2; n++) {
    const word = tokens[i + n - 1];
    if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || scope.matches.some((m) => m.tokenStart === i + n - 1)) return 0;
    const title = scope.matches.find((m) => m.tokenStart === i + n);
    if (title && kindAt(title, 'title')?.ref === 'minister') return n;
  }
  return 0;
}

function isLowerAdjective(t: Token | undefined): boolean {
  return Boolean(t && t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text));
}

// "Ministry of Foreign Affairs Director General": where a capitalized title starts right after the body (a role
// or agency match) at `i`; undefined when none does.
function titleAfterBody(scope: SentenceScope, i: number): number | undefined {
  const body = scope.matches.find((n) => n.tokenStart === i);
  if (!body || !(kindAt(body, 'role') || kindAt(body, 'agency'))) return undefined;
  if (!/^\p{Lu}/u.test(scope.doc.tokens[i]!.text)) return undefined;
  const title = scope.matches.find((n) => n.tokenStart === body.tokenEnd);
  return title && kindAt(title, 'title') && /^\p{Lu}/u.test(scope.doc.tokens[body.tokenEnd]!.text)
    ? body.tokenEnd
    : undefined;
}

// Last words of a portfolio a title is "for": "Director General for Asian and Oceanian Affairs Bureau".
const PORTFOLIO_ENDS = new Set(['Affairs', 'Bureau', 'Issues', 'Policy', 'Relations', 'Cooperation', 'Negotiations']);

// "for Korean Peninsula Peace and Security Affairs Noh Kyu-duk": a portfolio of capitalized words and particles
// that ends in one of PORTFOLIO_ENDS, followed by a name that ends the run; the name's start, else undefined.
function portfolioEnd(scope: SentenceScope, i: number): number | undefined {
  const tokens = scope.doc.tokens;
  let end: number | undefined;
  for (let j = i + 1; j < Math.min(scope.to, i + 10); j++) {
    const t = tokens[j]!;
    if (!QUALIFIER_PARTICLES.has(t.lower) && !/^\p{Lu}/u.test(t.text)) break;
    if (PORTFOLIO_ENDS.has(t.text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) end = j + 1;
  }
  const name = end === undefined ? null : nameAfter(tokens, end, scope.to);
  return name && !/^\p{Lu}/u.test(tokens[name.end]?.text ?? '') && !PORTFOLIO_ENDS.has(name.last) ? end : undefined;
}

// The end of "for the DPRK" / "for Foreign Affairs and Trade of the Republic of Korea" after a title, and
// the employer an "of COUNTRY" in it names; undefined when no country or portfolio ends the qualifier.
function qualifierEnd(scope: SentenceScope, i: number): { end: number; employer?: string } | undefined {
  const tokens = scope.doc.tokens;
  if (!QUALIFIER_PARTICLES.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'and') return undefined;
  const portfolio = tokens[i]!.lower === 'for' ? portfolioEnd(scope, i) : undefined;
  if (portfolio !== undefined) return { end: portfolio };
  for (let j = i; j < Math.min(scope.to, i + 10); j++) {
    const t = tokens[j]!;
    const match = scope.matches.find((n) => n.tokenStart === j);
    // "Minister for Foreign Affairs Toshimitsu Motegi": the qualifier ends where a known person begins.
    if (j > i && kindAt(match, 'person')) return { end: j };
    const country = kindAt(match, 'country');
    if (country && match) {
      const prep = tokens[j - 1]?.lower === 'the' ? tokens[j - 2]?.lower : tokens[j - 1]?.lower;
      if (!nameAfter(tokens, match.tokenEnd, scope.to)) return undefined;
      return prep === 'of' ? { end: match.tokenEnd, employer: country.ref } : { end: match.tokenEnd };
    }
    if (!QUALIFIER_PARTICLES.has(t.lower) && !/^\p{Lu}/u.test(t.text)) return undefined;
  }
  return undefined;
}

// "of the Republic of Korea" (absorbed into the person) or "of U.S. Pacific Command" (its own mention).
function ofCountryAfter(
  scope: SentenceScope,
  i: number,
): { country: string; role?: string; start: number; end: number; absorb: boolean } | undefined {
  const tokens = scope.doc.tokens;
  if (tokens[i]?.lower !== 'of') return undefined;
  const start = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const match = scope.matches.find((n) => n.tokenStart === start);
  const country = kindAt(match, 'country') ?? kindAt(match, 'adjective');
  if (!match) return undefined;
  const agency = agencyAt(
    scope,
    scope.matches.find((n) => n.tokenStart === match.tokenEnd),
    country?.ref,
  );
  if (country && agency) return { country: agency.country, role: agency.role, start, end: agency.end, absorb: false };
  const own = agencyAt(scope, match);
  if (own) return { country: own.country, role: own.role, start, end: own.end, absorb: false };
  if (kindAt(match, 'country')) return { country: country!.ref, start, end: match.tokenEnd, absorb: true };
  // "Gov. Brian Kemp of Georgia": a U.S. state's official is the United States' (a province's, its country's).
  const state = kindAt(match, 'state');
  if (state) return { country: state.ref, start, end: match.tokenEnd, absorb: true };
  return undefined;
}

/**
 * "President Lee": the holder of that title on the article's date. Else a past holder of that title: after
 * "former", "ousted" or "the late" ("former President Menem") the one whose tenure ended nearest the date;
 * without those words too, as news looks back ("President Reagan's policy", "Chancellor Kohl signed the
 * treaty"), but only when every past holder of the title and surname served one country ("President Kim"
 * may be South or North Korea's). A future holder is never named by a title he does not hold yet.
 * Returns `undefined` when no one fits.
 */
export function personByTitle(
  kb: KnowledgeBase,
  surname: string,
  title: string,
  day: string,
  former: boolean,
): PersonRecord | undefined {
  const holders = peopleWithSurname(kb, surname);
  const onDay = holders.find((p) => positionOn(p, day)?.title.toLowerCase() === title);
  if (onDay) return onDay;
  let best: { person: PersonRecord; days: number } | undefined;
  const countries = new Set<string>();
  for (const person of holders)
    for (const pos of person.positions) {
      if (pos.title.toLowerCase() !== title || pos.end === null || pos.end >= day) continue;
      countries.add(person.country);
      const days = daysFromPosition(pos, day);
      if (!best || days < best.days) best = { person, days };
    }
  return former || countries.size === 1 ? best?.person : undefined;
}

const FORMER = new Set(['former', 'ex', 'ousted', 'deposed', 'toppled', 'exiled', 'late', 'then']);

function learnedNamed(scope: SentenceScope, match: LexicalMatch | undefined, end: number) {
  const entry = match?.tokenEnd === end ? match.entries.find((e) => e.kind === 'learned') : undefined;
  const person = entry && scope.learned.find(entry.ref);
  return person && ActorFactory.learned(person.name, person.country, person.role);
}

// "former President Menem", "ex-Prime Minister Sharif", "the late King Hussein": a past holder is meant.
function formerBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
  return FORMER.has(prev?.lower ?? '');
}

// "Former President Clinton": the lexicon reads "former president" as a role phrase (ELI); the title after
// "former" is still a title, of a past holder.
function formerTitle(scope: SentenceScope, m: LexicalMatch): LexicalEntry | undefined {
  const tokens = scope.doc.tokens;
  const role = kindAt(m, 'role');
  // "Former prime minister Paul Keating": in lower case, only before a name.
  const capital = /^\p{Lu}/u.test(tokens[m.tokenStart + 1]?.text ?? '');
  if (!role || !FORMER.has(tokens[m.tokenStart]!.lower) || (!capital && !nameAfter(tokens, m.tokenEnd, scope.to)))
    return undefined;
  const rest = tokens
    .slice(m.tokenStart + 1, m.tokenEnd)
    .flatMap((t) => formKeys(t.text))
    .join(' ');
  return titlePhrases(scope.kb).has(rest)
    ? { kind: 'title', ref: rest, role: role.ref, caseSensitive: false, properName: false }
    : undefined;
}

// "Yeltsin's spokesman", "Netanyahu's envoy": the person named by possessive right before the title at `i`, as
// the article resolved them (or the knowledge base on the day); undefined when none is.
function ownerBefore(scope: SentenceScope, i: number): Actor | undefined {
  const tokens = scope.doc.tokens;
  if (tokens[i - 1]?.text !== "'s") return undefined;
  const end = i - 1;
  const match = scope.matches.find((n) => n.tokenEnd === end && kindAt(n, 'person'));
  const day = scope.doc.article.published;
  const surname = tokens[end - 1]?.text ?? '';
  const record = personAt(scope.kb, match, day);
  const actor =
    scope.memory.bySurname.get(surname) ??
    (record ? ActorFactory.person(record, day) : uniqueSurname(scope.kb, surname, day));
  return actor?.kind === 'person' && actor.country !== 'IGO' && actor.country !== 'NGO' ? actor : undefined;
}

// An aide of a person in government has the post's own role (a spokesman GOV, an envoy DIP); an aide of anyone
// else shares theirs (a former leader's ELI, a rebel chief's REB).
function ownerRole(owner: Actor | undefined, role: string | undefined): string | undefined {
  return !owner || owner.role === 'GOV' || !owner.role ? role : owner.role;
}

// Posts that only a state fills: named with no country, the country is the one the article is about.
const NATIONAL_POSTS = new Set(['minister', 'ambassador', 'envoy', 'consul', 'treasurer', 'attorney general']);

function nationalPost(title: string): boolean {
  return NATIONAL_POSTS.has(title) || NATIONAL_POSTS.has(title.split(' ').pop()!);
}

// The country the article named last, for a national post named with no country ("special ambassador X");
// undefined for other titles or before any country.
function homeCountry(scope: SentenceScope, title: string): string | undefined {
  if (!nationalPost(title)) return undefined;
  const countries = scope.memory.countries.filter((c) => scope.kb.country(c));
  return countries[countries.length - 1];
}
