import type { Actor, ActorMention, Doc, MentionVia, RoleCode, Token } from '../model.js';
import { mentionOver } from './mention.js';
import { ActorFactory } from './actor-factory.js';
import {
  type DocMemory,
  datelineEnd,
  newDocMemory,
  insideLongerName,
  isDestination,
  isLocative,
  isPlaceName,
  namedAfterPerson,
  remember,
} from './actor-context.js';
import { demonymStandsFor, resolveSharedNames } from './demonym.js';
import { ethnicHosts } from './ethnic-host.js';
import { communityRoles } from './community-role.js';
import { introducedName } from './introduced-names.js';
import { bodyBeforeSeat, civilBodies, listedCompanies, namedBodyAt } from './named-body.js';
import { roleInCountry, stateBody } from './role-in-country.js';
import { localOpposition } from './local-opposition.js';
import { type KnowledgeBase, groupCodeOn, loadKnowledgeBase, positionOn } from './knowledge-base.js';
import { type LexicalEntry, type LexicalMatch, Lexicon, personAt, splitMarks } from './lexicon.js';
import { learnFromAppositions } from './apposition-learner.js';
import { otherBearerNamed, uniqueSurname } from './bare-surname.js';
import { resolveCoreference } from './coreference.js';
import { unidentifiedAgents } from './unidentified-agents.js';
import { speakerTurns } from './transcript-speakers.js';
import { segment } from '../text/segment.js';
import { groupOfficer } from './group-officer.js';
import { type SentenceScope, agencyAt, southOrNorthBefore } from './sentence-scope.js';
import { titledPerson } from './titled-person.js';
import { pluralTitled } from './plural-title.js';
import { LearnedKnowledge, withLearnedNames } from './learned-knowledge.js';
import { learnedAt } from './learned-person.js';
import { leaderGovernment } from './leader-government.js';
import { ambiguousHere, notePersonSense } from './ambiguous-names.js';
import { bodyServed, describes, extendOverRole, roleAfter, sharedRole, thingNamed } from './role-after.js';
import { readStateNames } from './us-states.js';

export { type DocMemory, nameAfter } from './actor-context.js';

const lexicons = new WeakMap<KnowledgeBase, Lexicon>();
function lexiconFor(kb: KnowledgeBase): Lexicon {
  let lex = lexicons.get(kb);
  if (!lex) lexicons.set(kb, (lex = new Lexicon(kb)));
  return lex;
}

/**
 * Finds the actors of a document: countries, capitals and government seats used for governments,
 * national agencies and media, named armed groups and parties, people (known ones with their office on
 * the article's date, and new ones learned from titles and appositions), international bodies, country +
 * role phrases ("South Korea's Foreign Ministry"), then in-document coreference (surnames, "the North",
 * "the two countries", "its northern neighbor", pronouns, quoted "I"). `learned`, when given, adds the
 * people earlier articles taught, by full name (see `LearnedKnowledge`).
 *
 * ```ts
 * recognizeActors(segment({ id: 'a', published: '2025-07-04', text: 'Tokyo protested.' }))[0].actor.code; // 'JPNGOV'
 * ```
 */
export function recognizeActors(
  doc: Doc,
  kb: KnowledgeBase = loadKnowledgeBase(),
  learned: LearnedKnowledge = LearnedKnowledge.empty,
): ActorMention[] {
  const lex = lexiconFor(kb);
  const memory = newDocMemory();
  const mentions: ActorMention[] = [];
  for (const sentence of doc.sentences) {
    const { tokenStart: from, tokenEnd: to } = sentence;
    const { known: named, marks } = splitMarks(lex.match(doc.tokens, from, to, doc.article.published));
    const known = resolveSharedNames(kb, doc.tokens, named, memory);
    const matches = readStateNames(kb, doc, withLearnedNames(known, learned.match(doc.tokens, from, to)), memory);
    const found = composeSentence(doc, kb, learned, { matches, marks }, memory, from, to);
    mentions.push(...found, ...learnFromAppositions(doc, matches, found, memory, from, to));
  }
  const published = doc.article.published;
  // A label names its speaker as the text would ("President Bush"): resolved as a one-line article of that day.
  const turns = speakerTurns(
    doc,
    (name) => recognizeActors(segment({ id: 'label', published, text: name }), kb)[0]?.actor,
  );
  const resolved = resolveCoreference(doc, kb, mentions, memory, turns);
  // Last, so that every country or name that could stand for an agent has had its chance.
  const unidentified = unidentifiedAgents(doc, kb, resolved);
  return unidentified.length ? [...resolved, ...unidentified].sort((a, b) => a.tokenStart - b.tokenStart) : resolved;
}

const kindAt = (m: LexicalMatch | undefined, kind: LexicalEntry['kind']) => m?.entries.find((e) => e.kind === kind);

function composeSentence(
  doc: Doc,
  kb: KnowledgeBase,
  learned: LearnedKnowledge,
  { matches, marks }: { matches: readonly LexicalMatch[]; marks: readonly LexicalMatch[] },
  memory: DocMemory,
  from: number,
  to: number,
): ActorMention[] {
  const tokens = doc.tokens;
  const day = doc.article.published;
  const out: ActorMention[] = [];
  const used = new Set<number>();
  const make = (start: number, end: number, actor: Actor, via: MentionVia): ActorMention => {
    for (let i = start; i < end; i++) used.add(i);
    if (actor.kind !== 'organization') memory.countries.push(actor.country);
    return mentionOver(doc, start, end, actor, via);
  };
  const scope: SentenceScope = { doc, kb, learned, matches, marks, memory, from, to, used, make };
  const matchedAt = new Set<number>();
  for (const m of matches) for (let i = m.tokenStart; i < m.tokenEnd; i++) matchedAt.add(i);
  for (let i = from; i < datelineEnd(doc.article.text, tokens, from, to); i++) used.add(i);

  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (used.has(m.tokenStart)) continue;
    const titled = pluralTitled(scope, m) ?? titledPerson(scope, m) ?? groupOfficer(scope, m);
    if (titled) {
      out.push(...titled);
      continue;
    }
    // "Akihisa Nagashima", taught by an earlier article: that person, and "Nagashima" from here on.
    const taught = learnedAt(scope, m);
    if (taught) {
      out.push(taught);
      continue;
    }
    // "Georgia's governor", "Ohio lawmakers": a U.S. state modifies as the United States does.
    // "the Cuban American National Foundation": Americans of Cuban descent are Americans.
    if (kindAt(m, 'adjective') && tokens[m.tokenEnd]?.text === 'American') continue;
    const modifier = kindAt(m, 'adjective') ?? kindAt(m, 'country') ?? kindAt(m, 'state');
    let cursor = m.tokenEnd;
    if (modifier && tokens[cursor]?.text === "'s") cursor++;
    // "Vietnamese-led forces", "U.S.-led troops": forces a country leads are its forces.
    else if (modifier && tokens[cursor]?.text === '-' && tokens[cursor + 1]?.lower === 'led') cursor += 2;
    // "Iraqi Kurds", "Bosnian Serbs", "Croatian Serb refugees": CAMEO codes a people by the country the
    // demonym before it names, and a role word after it still applies.
    // "Egyptian Islamic Jihad": not where a group's name starts.
    // "Kosovo Albanians", "Kosovo Serbs": a land's name before a people, as a demonym.
    const ethnic =
      (kindAt(m, 'adjective') ?? kindAt(m, 'country')) &&
      cursor === m.tokenEnd &&
      kb.ethnicGroups.has(tokens[cursor]?.text ?? '') &&
      !matches.some((n) => n.tokenStart === cursor && n.entries.some((e) => e.kind === 'group'));
    if (ethnic) cursor++;
    // "China's official Xinhua news agency": one lower-case word may sit between.
    const skipAdj = /^\p{Ll}/u.test(tokens[cursor]?.text ?? '') ? 1 : 0;
    const next = matches.find((n) => n.tokenStart === cursor);
    const agencyNext =
      agencyAt(
        scope,
        matches.find((n) => n.tokenStart === cursor),
        modifier?.ref,
      ) ??
      agencyAt(
        scope,
        matches.find((n) => n.tokenStart === cursor + skipAdj),
        modifier?.ref,
      );
    const adjectival = describes(tokens, matches, next);
    const roleWord = adjectival || thingNamed(tokens, matches, next) ? undefined : kindAt(next, 'role');
    const role =
      roleWord && next
        ? { code: roleWord.ref, end: next.tokenEnd }
        : adjectival
          ? undefined
          : (roleAfter(matches, cursor, tokens, cursor > m.tokenEnd && tokens[m.tokenEnd]?.text === "'s") ??
            (kindAt(m, 'adjective') ? sharedRole(matches, tokens, m) : undefined));

    // "South Korea's Yonhap news agency", "the Japanese Self-Defense Forces".
    if (modifier && agencyNext) {
      const end = extendOverRole(matches, agencyNext.end);
      // "South Korea's Supreme Court": a body another country also has belongs to the modifier's country.
      out.push(make(m.tokenStart, end, ActorFactory.country(kb, modifier.ref, agencyNext.role), 'kb'));
      continue;
    }
    // "Iraq's al-Qaeda", "Yemeni al-Qaeda": the branch a country has of a movement that spans countries.
    const branch = modifier && transnationalGroup(kb, kindAt(next, 'group'), day);
    if (modifier && next && branch) {
      out.push(make(m.tokenStart, next.tokenEnd, ActorFactory.country(kb, modifier.ref, branch), 'kb'));
      continue;
    }
    // "the Japanese Embassy", "South Korea's Foreign Ministry", "North Korean troops".
    // "Egypt's official Middle East News Agency": a role word that only describes the named body after it.
    const official = modifier && skipAdj && role?.end === cursor + 1 && namedBodyAt(kb, tokens, cursor + 1, to);
    if (modifier && official) {
      out.push(make(m.tokenStart, official.end, ActorFactory.country(kb, modifier.ref, official.role), 'kb'));
      continue;
    }
    const served = modifier && role ? bodyServed(tokens, matches, role.end) : undefined;
    if (served) {
      out.push(make(m.tokenStart, role!.end, ActorFactory.knownOrganization(kb, served), 'kb'));
      continue;
    }
    if (modifier && role) {
      // "Argentina's ex-president": a past office holder is coded among the elites.
      const code = tokens[role.end - 1]!.lower.startsWith('ex-') && role.code === 'GOV' ? 'ELI' : role.code;
      // "Yoruba leaders": a people's leaders are its country's people, not its government, so what they ask of
      // that government is an event.
      const people = modifier.people === true && code === 'GOV';
      // "Israel's militia ally in southern Lebanon", "Iran's militia allies in Iraq": another country's force.
      const ally = allyIn(tokens, matches, role.end);
      const country = ally?.country ?? modifier.ref;
      const end = ally?.end ?? sameRoleJoined(tokens, matches, role.end, role.code);
      out.push(make(m.tokenStart, end, ActorFactory.country(kb, country, people ? 'CVL' : code), 'kb'));
      continue;
    }
    // "North Korea's National Aerospace Technology Administration", "Nippon Steel": a body named by its last word.
    // "a Libyan World Court case": an international body after the demonym is that body, not a court of Libya's.
    const body = modifier && !kindAt(next, 'organization') && namedBodyAt(kb, tokens, cursor, to);
    if (modifier && body) {
      out.push(make(m.tokenStart, body.end, ActorFactory.country(kb, modifier.ref, body.role), 'kb'));
      continue;
    }
    if (modifier && ethnic) {
      // A community the demonym places ("Bosnian Serbs", "Kosovo Albanians") is its country's people, not the
      // state: its demands on that state's forces are events, not the state acting on itself.
      out.push(make(m.tokenStart, cursor, ActorFactory.country(kb, modifier.ref, 'CVL'), 'demonym'));
      continue;
    }
    const local = roleInCountry(scope, m) ?? stateBody(scope, m) ?? localOpposition(scope, m);
    if (local) {
      out.push(...local);
      continue;
    }
    const record = personAt(kb, m, day);
    // "Ho Chi Minh City", "Kennedy Airport", "the Carter Center", "the carrier Dwight D. Eisenhower": a place, a
    // body or a ship named after a person.
    if (record && namedAfterPerson(tokens, m)) {
      for (let i = m.tokenStart; i < m.tokenEnd; i++) used.add(i);
      continue;
    }
    if (record) {
      const actor = ActorFactory.person(record, day);
      remember(memory, actor, record.name, positionOn(record, day)?.title, kb.country(record.country)?.familyNameFirst);
      out.push(make(m.tokenStart, m.tokenEnd, actor, 'kb'));
      continue;
    }
    if (isLocative(tokens, m)) {
      const place = kindAt(m, 'country');
      if (place) memory.places.push({ country: place.ref, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });
      continue;
    }
    const group = kindAt(m, 'group');
    // "IRA" is the Irish Republican Army in a story that names Sinn Fein or Belfast, a retirement account elsewhere.
    if (group?.cues && !group.cues.some((cue) => scope.doc.article.text.includes(cue))) continue;
    if (group) {
      const record = kb.groups.find((g) => g.id === group.ref)!;
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.group(record, day), 'kb'));
      continue;
    }
    const org = kindAt(m, 'organization');
    if (org) {
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.knownOrganization(kb, org.ref), 'kb'));
      continue;
    }
    // "Korea North": a name that runs on into other capitalized words is part of that longer name.
    if (insideLongerName(tokens, m, from, (i) => matchedAt.has(i))) {
      const named = kindAt(m, 'country');
      if (named) notePersonSense(scope, named.ref, m);
      continue;
    }
    const agency = agencyAt(scope, m);
    if (agency) {
      const start = southOrNorthBefore(tokens, m.tokenStart) ?? m.tokenStart;
      out.push(
        make(start, extendOverRole(matches, agency.end), ActorFactory.country(kb, agency.country, agency.role), 'kb'),
      );
      continue;
    }
    const country = kindAt(m, 'country');
    // "former Yugoslavia", "the former Soviet Union": the lands a state that is gone once held.
    const region = country?.formerState && tokens[m.tokenStart - 1]?.lower === 'former';
    if (country && !region && !ambiguousHere(scope, country.ref, m)) {
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.country(kb, country.ref), 'kb'));
      continue;
    }
    const metonym = kindAt(m, 'metonym');
    // "the United Bus Company of Tehran": a body named after the city is in its country, not its government.
    const named = metonym && bodyBeforeSeat(kb, tokens, m.tokenStart, from);
    if (metonym && named) {
      out.push(make(named.start, m.tokenEnd, ActorFactory.country(kb, metonym.ref, named.role), 'kb'));
      continue;
    }
    if (metonym && !isDestination(tokens, m) && !isPlaceName(tokens, m)) {
      // "Cairo's security chief", "Moscow's mayor": an office a seat has is its country's office.
      const office =
        tokens[m.tokenEnd]?.text === "'s" ? matches.find((n) => n.tokenStart === m.tokenEnd + 1) : undefined;
      // "Tokyo's military-run brothels": a role word inside a compound describes, it names no office.
      const owned = office && tokens[office.tokenEnd]?.text !== '-' ? kindAt(office, 'role') : undefined;
      const end = owned ? extendOverRole(matches, m.tokenEnd + 1) : extendOverRole(matches, m.tokenEnd);
      // "Moscow police", "Baghdad University", "Kabul residents": after a capital city the role word says who;
      // after a seat ("Pentagon officials", "State Department official") the seat does.
      const after =
        end > m.tokenEnd && !owned
          ? kindAt(
              matches.find((n) => n.tokenStart === m.tokenEnd),
              'role',
            )
          : undefined;
      const city = after && isCapitalCity(kb, metonym.ref, tokens.slice(m.tokenStart, m.tokenEnd));
      const role = owned?.ref ?? (city ? after.ref : undefined) ?? metonym.role ?? 'GOV';
      out.push(make(m.tokenStart, end, ActorFactory.country(kb, metonym.ref, role), 'metonym'));
      continue;
    }
    // "fewer Japanese are visiting", "Russian-Chinese relations": a demonym standing for its people or state.
    const adjective = kindAt(m, 'adjective');
    if (adjective && demonymStandsFor(tokens, m)) {
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.country(kb, adjective.ref), 'demonym'));
      continue;
    }
    // "a human rights group protested": a body of civil society no country is named for is CAMEO's NGO.
    const civil = kindAt(m, 'role');
    if (civil && CIVIL_ROLES.has(civil.ref) && CIVIL_BODY.test(tokens[m.tokenEnd - 1]!.lower))
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.civilSociety(civil.ref), 'kb'));
  }

  out.push(...listedCompanies(scope, out));
  out.push(...communityRoles(scope, out), ...civilBodies(scope));
  const introduced = introducedName(scope, out);
  if (introduced) out.push(introduced);
  // Learned names on later mention: "Nagashima" after "Akihisa Nagashima, a special adviser to ...".
  for (let i = from; i < to; i++) {
    if (used.has(i)) continue;
    const token = tokens[i]!;
    if (token.pos !== 'PROPN' || !/^\p{Lu}/u.test(token.text)) continue;
    const government = leaderGovernment(scope, i);
    if (government) {
      out.push(government);
      continue;
    }
    // "the Prophet Mohammed": a name that a ruler shares with a figure of faith is not the ruler there.
    if (tokens[i - 1]?.lower === 'prophet') continue;
    // "said Christian Andersson": a surname after another name is someone else's full name.
    const before = tokens[i - 1];
    if (
      i > from &&
      before?.pos === 'PROPN' &&
      /^\p{Lu}/u.test(before.text) &&
      !used.has(i - 1) &&
      !HONORIFICS.has(before.lower)
    )
      continue;
    const known = memory.bySurname.get(token.text);
    const unique = known ? undefined : uniqueSurname(kb, token.text, day);
    const other = unique !== undefined && otherBearerNamed(tokens, token.text, unique);
    if (other) memory.otherBearers.add(token.text);
    const actor = known ?? (other ? undefined : unique);
    if (actor && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      remember(memory, actor, token.text);
      out.push(make(i, i + 1, actor, 'coreference'));
    }
  }
  return ethnicHosts(scope, out).sort((a, b) => a.tokenStart - b.tokenStart);
}

// Titles of courtesy before a surname, which leave it the surname ("Mr. Putin").
const HONORIFICS = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'madame',
  'mme',
  'sir',
  'lord',
  'sheikh',
]);

const CIVIL_ROLES = new Set(['HRI', 'NGO', 'ENV']);
const CIVIL_BODY = /^(?:groups?|organi[sz]ations?|agency|agencies|watchdog|charity|charities|ngos?)$/;

const ALLIES = new Set(['ally', 'allies', 'proxy', 'proxies']);

// After a country's role phrase, "ally in (southern) Lebanon": the country the ally fights in, and the end of
// the phrase; undefined when none follows.
function allyIn(
  tokens: readonly Token[],
  matches: readonly LexicalMatch[],
  at: number,
): { country: string; end: number } | undefined {
  if (!ALLIES.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'in') return undefined;
  let k = at + 2;
  if (tokens[k]?.lower === 'the') k++;
  if (/^(?:north|south|east|west|central)(?:ern)?$/.test(tokens[k]?.lower ?? '')) k++;
  const place = matches.find((x) => x.tokenStart === k);
  const country = place?.entries.find((e) => e.kind === 'country');
  return place && country ? { country: country.ref, end: at + 1 } : undefined;
}

// "Israeli helicopters and tanks": a role word of the same role joined by "and" shares the demonym; the end of
// the joined word, else `end`.
function sameRoleJoined(tokens: readonly Token[], matches: readonly LexicalMatch[], end: number, code: string): number {
  if (tokens[end]?.lower !== 'and' || !/^\p{Ll}/u.test(tokens[end + 1]?.text ?? '')) return end;
  const next = matches.find((n) => n.tokenStart === end + 1);
  const same = next && next.entries.length === 1 && kindAt(next, 'role')?.ref === code;
  return same && !/^\p{Lu}/u.test(tokens[next.tokenEnd]?.text ?? '') ? next.tokenEnd : end;
}

// The role of a group coded as an international militant group on `day` (al-Qaeda), else undefined.
function transnationalGroup(kb: KnowledgeBase, entry: LexicalEntry | undefined, day: string): RoleCode | undefined {
  const record = entry && kb.groups.find((g) => g.id === entry.ref);
  const code = record && groupCodeOn(record, day);
  return code?.country === 'IMG' ? code.role : undefined;
}

// Whether a seat's words are its country's capital city ("Moscow"), not a building or an office ("the Kremlin").
function isCapitalCity(kb: KnowledgeBase, country: string, words: readonly Token[]): boolean {
  const text = words.map((t) => t.text).join(' ');
  return kb.country(country)?.capital.includes(text) ?? false;
}
