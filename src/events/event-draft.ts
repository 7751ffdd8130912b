import type { Actor, ActorMention, Doc, Modality, Place, Token } from '../model.js';
import { type Segment, segmentAt } from './clause-bounds.js';
import { attributive, governorOf, modifiesNoun } from './noun-phrases.js';
import type { CandidateOutcome } from './coding-diagnostics.js';
import { modalityReading } from './modality.js';
import { conditionalThreat, recodeForModality } from './modality-recode.js';
import { controlledAct, unnamedPerformer } from './controlled-act.js';
import { appositionOfName, appositionParty } from './appositions.js';
import { placeTarget } from './place-target.js';
import { hostCountry } from './host-city.js';
import { isUnidentified } from '../actors/unidentified-agents.js';
import { withCustodian } from './custody-agents.js';
import { crowdCode } from './crowd-acts.js';
import { conditionParty, conditional, ultimatum } from './conditions.js';
import { domesticTarget } from './domestic-target.js';
import { describesActor, peacekeepers } from './subject-phrases.js';
import { coordinatedPredicate } from './conjuncts.js';
import { locatesSeat, nearestPlace } from './event-place.js';
import { partiesBetween } from './meeting-parties.js';
import { type Roles, findRoles } from './roles.js';
import { selfDirected } from './self-directed.js';
import type { TriggerMatch } from './trigger-matcher.js';

/**
 * One candidate trigger worked out: its roles, the (source, target) pairs it would code, its modality
 * and final code, and whether it is to be coded (`outcome: 'coded'`) or why not. Refiners look at the
 * drafts of a whole sentence before any event is written.
 */
export interface Draft {
  readonly match: TriggerMatch;
  readonly segment: Segment;
  readonly roles: Roles;
  readonly pairs: readonly (readonly [Actor, Actor | null])[];
  readonly code: string;
  readonly modality: Modality;
  readonly place: Place | undefined;
  readonly outcome: CandidateOutcome;
  readonly reason: string;
}

/** The draft with a new outcome and reason (drafts are never changed in place). */
export function rejectDraft(draft: Draft, outcome: CandidateOutcome, reason: string): Draft {
  return { ...draft, outcome, reason };
}

// Codes that are news without a named target: shows of force (missile tests, drills), a party's own
// yielding ("resigned", "surrendered", "lifted the curfew") and its commitments ("promised to
// democratize"). Statements, appeals, criticism and violence with no target were measured: on the gold
// suites they were mostly background clauses, so they stay dropped.
const OBLIGATION: Readonly<Record<string, string>> = { must: '100', should: '020', ought: '020' };

// A meeting or conference merely held in a country does not make it a party (040 stays target-less).
const PLACE_AS_TARGET = ['042', '13', '14', '15', '18', '19', '20'];

const TARGETLESS_ROOTS = new Set(['15', '08', '03', '09']);
const INSURGENT_ACTS = /^(1712|18|19|20)/;
const REBELS = new Set(['REB', 'SEP', 'UAF']);
const AGREEING = new Set(['agree', 'consensus', 'agreement', 'deal']);
const GENERIC_AGREEMENT = '030/agree-to';
// Acts whose agent may go unnamed and be credited to where they happened: attacks, bombings, killings, and
// arrests and investigations (made by the authorities of the place: "was put under investigation in Italy");
// not threats or statements.
const AGENTLESS = /^(18|19|20|173|09)/;
const DETENTION_PLACES = new Set(['jail', 'prison']);
const LOCATIVE = new Set(['at', 'in', 'from', 'to', 'inside', 'outside', 'into', 'near']);
// Statements and calls, which a news medium receives as a channel to the public.
const TO_THE_PRESS = /^(01|041)/;
// Acts both parties take part in whoever is named first: talks (046) and telephone calls (041).
const TWO_SIDED = ['041', '046'];
// Praise, verbal defence, apologies and forgiveness are given to someone: "Britain and Australia lending support"
// or "Japan and Korea welcomed the accord" are not given to each other.
const ONE_SIDED_COOPERATION = /^05[1256]/;
const EXERCISES = new Set(['150/military-exercise', '150/war-games']);

/**
 * Works out one trigger match: roles from the clause, mutual pairs for conjoined subjects, the
 * modality and what it does to the code, and the sanity checks on the pairs.
 */
export function draftEvent(
  doc: Doc,
  match: TriggerMatch,
  segments: readonly Segment[],
  mentions: readonly ActorMention[],
  places: readonly Place[],
  context: { readonly topic?: ActorMention | undefined; readonly occasionHost?: ActorMention | undefined },
): Draft {
  const tokens = doc.tokens;
  const segment = segments[segmentAt(segments, match.tokenStart)]!;
  let found = findRoles(doc, match, segments, mentions, { ...context, places });
  found = partiesBetween(tokens, match, found, mentions);
  const code0 = match.pattern.code;
  const place = nearestPlace(tokens, places, match, segment);
  const reading = modalityReading(
    tokens,
    meansVerb(tokens, match.tokenStart, segment.start) ?? match.tokenStart,
    segment.start,
    match.pattern.modality ?? (code0.startsWith('03') ? 'intended' : undefined),
  );
  let modality = reading.modality;
  let code = recodeForModality(code0, reading);
  // "will withdraw its force from Chad unless the president arranges a ceasefire": a commitment made on a
  // condition the other side must meet is an ultimatum (the CAMEO codebook's 139).
  if (code.startsWith('03') && !code0.startsWith('03') && ultimatum(tokens, match.tokenEnd, segment.end)) code = '139';
  // "the army prepared to resume shelling rebel territory": force being readied is a show of force now (the
  // CAMEO codebook's 15), not an attack yet.
  if (modality === 'planned' && READIED_FORCE.test(code) && readied(tokens, match.tokenStart, segment.start)) {
    code = '150';
    modality = 'asserted';
  }
  // "may halt mediation if cooperation founders": coercion held out on a condition is a threat.
  const threat = modality === 'hypothetical' ? conditionalThreat(code) : undefined;
  if (threat && conditional(tokens, match.tokenEnd, doc.sentences[doc.tokens[match.tokenStart]!.sentence]?.tokenEnd))
    code = threat;
  // "Israeli tank shelling", "a Russian air strike": an actor written into an event noun is its agent.
  const agent = prenominalAgent(tokens, match, mentions);
  if (agent && !found.sources.includes(agent))
    found = { ...found, sources: [agent], targets: found.targets.filter((t) => t !== agent) };
  found = withCustodian(found, tokens, match, segment, mentions);
  // "Georgia received weapons from Russia": the giver is the source.
  let roles =
    match.pattern.converse && found.targets.length
      ? { ...found, sources: found.targets, targets: found.sources }
      : found;
  // "Obama wants Putin to attack Switzerland": Obama's appeal to Putin, not Putin's attack.
  const asked = controlledAct(doc, match, segments, mentions, places);
  if (asked) {
    code = asked.code;
    roles = asked.roles;
    // The asking happened, whatever becomes of the act ("wants", "urged" are not hedges of the appeal).
    if (modality === 'intended' || modality === 'planned') modality = 'asserted';
  }
  // "said Libya must hand over the suspects": a statement that an actor must act is a demand on it,
  // one that it should act an appeal (the CAMEO codebook's 10 and 02).
  const obliged = roles.complement?.mentions.length && OBLIGATION[roles.complement.next];
  if (obliged && roles.complement) {
    code = obliged;
    roles = { ...roles, targets: roles.complement.mentions, targetVia: 'complement' };
  }
  let sources: readonly Actor[] = roles.sources.flatMap((m) => m.group ?? [m.actor]);
  // "Three US servicemen were killed by a bomb outside Basra": violence with no agent named is credited to
  // the country where it happened, as CAMEO coders do (the victims must be named).
  const located =
    sources.length === 0 &&
    AGENTLESS.test(code) &&
    roles.targets.length > 0 &&
    roles.targets.every((t) => victimOf(tokens, t, match)) &&
    place !== undefined &&
    // "pushed forward into Iraq and Kuwait": the place is what the act enters, not where its victims were.
    roles.targets.every((t) => (t.group ?? [t.actor]).every((a) => a.country !== place.country)) &&
    // "attacked the Japanese embassy in Beijing": the place is where the target stands, not who attacked it.
    !roles.targets.some((t) => locatesSeat(tokens, t, place));
  if (located) sources = [{ code: place.country, country: place.country, name: place.name, kind: 'country' }];
  // "Brazil and the United States are seeking a partnership": an appeal two parties make together, to no
  // one else, is their shared intent (02x → 03x).
  const shared =
    code.startsWith('02') && roles.targets.length === 0 && new Set(sources.map((s) => s.country)).size >= 2;
  if (shared) code = `03${code.slice(2)}`;
  // "French and Egyptian warships launched war games": exercises held by two countries together are
  // military cooperation (062), not a show of force.
  const together = EXERCISES.has(match.pattern.id) && new Set(sources.map((s) => s.country)).size >= 2;
  if (together) code = '062';
  // "NATO peacekeeping troops have arrived in Bosnia", "deployed peacekeepers to Haiti": peacekeepers that arrive
  // or are sent somewhere provide military protection there (the CAMEO codebook's 074), not a visit or a show of
  // force.
  if (/^(042|154)/.test(code) && modality === 'asserted' && peacekeepers(tokens, match, roles.sources)) code = '074';
  code = crowdCode(code, match, sources, tokens, segment.start);
  const base = { match, segment, roles, code, modality, place };
  const head = tokens[match.tokenStart]!;
  // "the banned movement", "the Israeli-occupied sector": a participle used as an adjective names a state,
  // not an act of the clause.
  if (attributive(tokens, match.tokenStart))
    return { ...base, pairs: [], outcome: 'no-source', reason: 'a participle used as an adjective' };
  // "promised to allow them to fly back to Cuba": the flight is theirs, and they are no actor.
  if (!asked && unnamedPerformer(tokens, match, mentions))
    return { ...base, pairs: [], outcome: 'no-source', reason: 'the act of an object that is no actor' };
  // "decided to admit Poland, Hungary and the Czech Republic": a party admitted is a member taken in, not a
  // confession (015 admits a fault or a claim).
  if (head.lemma === 'admit' && admitsParty(tokens, match.tokenEnd, mentions))
    return { ...base, pairs: [], outcome: 'no-source', reason: 'a party admitted as a member, not a confession' };
  // "Jordan's visiting King Abdullah", "the visiting Chinese premier": a participle before an actor describes it.
  if (describesActor(tokens, match, mentions))
    return { ...base, pairs: [], outcome: 'no-source', reason: 'a participle used as an adjective' };
  if (modifiesNoun(tokens, match.tokenEnd) || modifiesNoun(tokens, match.tokenStart + 1))
    return { ...base, pairs: [], outcome: 'no-source', reason: 'a noun modifying the noun after it' };
  // "rioted at this jail", "released from prison": a place of detention after a locative preposition says where.
  if (
    head.pos === 'NOUN' &&
    DETENTION_PLACES.has(head.lemma) &&
    LOCATIVE.has(governorOf(tokens, match.tokenStart, segment.start)?.lower ?? '')
  )
    return { ...base, pairs: [], outcome: 'no-source', reason: 'a place of detention, not an act' };
  if (sources.length === 0)
    return { ...base, pairs: [], outcome: 'no-source', reason: 'no actor stands as its subject' };

  let targets: readonly (Actor | null)[] = roles.targets.flatMap((m) => m.group ?? [m.actor]);
  // "told AFP", "said in an interview with the BBC", "told Reuters by telephone": what is said to a news medium
  // is said to the public, not to the medium's country.
  if (TO_THE_PRESS.test(code)) targets = targets.filter((t) => t?.role !== 'MED');
  let pairs: (readonly [Actor, Actor | null])[];
  // "pledged to consult each other on relations with NATO": the parties do it to one another, whatever
  // the phrase names after.
  // "announced the dispatching of U.S. troops", "mobilized its army": a show of force moves one's own
  // forces; they are what it moves, not whom it is aimed at.
  if (code.startsWith('15'))
    targets = targets.filter((t) => t === null || !sources.some((s) => s.country === t.country));
  const eachOther = reciprocalObject(tokens, match.tokenEnd, segment.end);
  if (eachOther) targets = [];
  // Statements and threats by two parties are not addressed to each other; meetings, pledges and deals are.
  const reciprocal =
    eachOther ||
    together ||
    shared ||
    match.pattern.mutual ||
    // The generic "agreed to" names no act the parties could do with each other ("who … agree to buy equipment").
    (['03', '04', '05', '06'].includes(code0.slice(0, 2)) &&
      match.pattern.id !== GENERIC_AGREEMENT &&
      !ONE_SIDED_COOPERATION.test(code0)) ||
    // "X and Y agreed to allow access": what two parties agree to do they commit to each other.
    (code.startsWith('03') && reading.governor !== undefined && AGREEING.has(reading.governor));
  // "Lee and Ishiba met", "the two leaders agreed", "the Sudanese government and the SPLA agreed to allow": each
  // did it with the other, two countries or two sides of one.
  const counterparts = (s: Actor) => sources.filter((o) => !selfDirected(s, o));
  if (targets.length === 0 && reciprocal && sources.some((s) => counterparts(s).length > 0)) {
    pairs = sources.flatMap((s) => counterparts(s).map((o): readonly [Actor, Actor] => [s, o]));
  } else {
    // A visit, a protest, a show of force or an attack in a foreign country is aimed at that country:
    // "travelled to Seoul", "staged a protest in Beijing", "held exercises in Alaska", "shelled Aleppo".
    // Rebels' bombings and sabotage at home ("blew up power lines into Kabul", "exploded bombs in the capital") are
    // aimed at the country they are fought in.
    const insurgent =
      place &&
      INSURGENT_ACTS.test(code) &&
      sources.every((s) => s.country === place.country && REBELS.has(s.role ?? ''));
    const foreign = place && (insurgent || sources.every((s) => s.country !== place.country)) ? place : undefined;
    if (targets.length === 0 && foreign && (insurgent || PLACE_AS_TARGET.some((p) => code0.startsWith(p)))) {
      targets = [{ code: foreign.country, country: foreign.country, name: foreign.name, kind: 'country' }];
    }
    // "released the mayor of Kisumu, a member of the Hamas movement": an apposition right after the object
    // names the party the person belongs to.
    if (targets.length === 0) {
      const member =
        appositionParty(tokens, segments, segment, match, mentions) ??
        appositionOfName(tokens, segments, segment, match, mentions);
      if (member) targets = member.group ?? [member.actor];
    }
    // "threatened to stop negotiations if the United States goes ahead": the party the condition names.
    if (targets.length === 0 && code.startsWith('13')) targets = conditionParty(tokens, match, segment, mentions);
    // "lifted a night curfew in Montenegro", "sent personnel to Bosnia": the act's own phrase puts it in a
    // foreign country, which is what it is done to.
    if (targets.length === 0 && places.length > 0) {
      const end = coordinatedPredicate(tokens, match.tokenEnd, segment.end);
      const at = placeTarget(tokens, match, code, segment, places, sources, end);
      if (at) targets = [at];
    }
    // "attend the Beijing Olympics": the trip goes where its occasion is held.
    const host = targets.length === 0 && code0.startsWith('042') ? hostCountry(tokens, match, sources) : undefined;
    if (host) targets = [host];
    // A protest or a curfew with no named target is aimed at home: the government of the place (or of
    // the protesters' country), or the people under the authority that imposes it.
    const home = targets.length === 0 ? domesticTarget(code, sources, place) : undefined;
    if (home) {
      pairs = sources.filter((s) => s.code !== home.code).map((s): readonly [Actor, Actor] => [s, home]);
      if (pairs.length)
        return { ...base, pairs, outcome: 'coded', reason: 'coded with a domestic target (none named)' };
    }
    // A yielding is news only when it happened; a commitment is an intent by nature; an investigation may name no one.
    // A bare "allowed" is news only with the party let act ("allowed them to demonstrate" names none).
    const targetless =
      TARGETLESS_ROOTS.has(code.slice(0, 2)) &&
      (!code.startsWith('08') || modality === 'asserted') &&
      // "opened a hearing into the legality of …" investigates no party; "the probe into the bombings" has no agent.
      (!code.startsWith('09') || head.pos === 'VERB') &&
      match.pattern.id !== '080/allow' &&
      // An assurance is news only with the party assured ("I can assure you" names none).
      match.pattern.id !== '030/assure' &&
      // A generic "agreed to" is news only with the party or the place its act is done to.
      match.pattern.id !== GENERIC_AGREEMENT;
    if (targets.length === 0 && targetless) targets = [null];
    if (targets.length === 0)
      return { ...base, pairs: [], outcome: 'no-target', reason: 'no target actor, and this code needs one' };
    pairs = sources.flatMap((s) => targets.map((t): readonly [Actor, Actor | null] => [s, t]));
    // "X held talks with Y", "negotiated with Y", "telephoned Y": a negotiation or a telephone conversation is
    // held by both sides, the party named by "with" or called as much as the subject (CAMEO 046, 041), as when
    // both are the subject ("X and Y held talks").
    if (TWO_SIDED.some((c) => code.startsWith(c)) && match.pattern.mutual)
      pairs = [...pairs, ...pairs.flatMap(([s, t]): (readonly [Actor, Actor])[] => (t ? [[t, s]] : []))];
  }
  // An actor named twice ("sanctions on Iran and Iran retaliated") is one party.
  const seen = new Set<string>();
  const kept = pairs.filter(([source, target]) => {
    const key = `${source.code}>${target?.code ?? ''}`;
    // "Rebels and government troops clashed": with neither side placed in a country, nothing is said of any.
    if (selfDirected(source, target) || seen.has(key) || (isUnidentified(source) && isUnidentified(target ?? source)))
      return false;
    seen.add(key);
    return true;
  });
  if (kept.length === 0)
    return { ...base, pairs: [], outcome: 'same-actor', reason: 'source and target are the same actor' };
  return { ...base, pairs: kept, outcome: 'coded', reason: `coded from ${roles.targetVia} roles` };
}

const READIED_FORCE = /^(18|19|20)/;
// Verbs that may stand between "prepared to" and the act: "prepared to resume shelling", "poised to launch".
const ONSET = new Set(['resume', 'launch', 'begin', 'start', 'carry', 'mount', 'step']);

// Whether the act at `at` is what its subject is getting ready for: "prepared to (resume) shelling", "was
// poised to attack", "readied to strike" (not "is prepared to", a commitment the modality reads as one).
function readied(tokens: readonly Token[], at: number, floor: number): boolean {
  let i = at - 1;
  while (i > floor && (ONSET.has(tokens[i]!.lemma) || tokens[i]!.lower === 'to' || tokens[i]!.pos === 'ADV')) i--;
  const verb = tokens[i];
  if (!verb || !['prepare', 'poise', 'ready'].includes(verb.lemma) || tokens[i + 1]?.lower !== 'to') return false;
  return tokens[i - 1]?.lemma !== 'be';
}

// Force and protest named by a noun: the acts whose agent a noun modifier names.
const AGENT_IN_NOUN = /^(14|15|17|18|19|20)/;

// The actor that ends right at an event noun, or inside it ("Israeli tank" in "Israeli tank shelling"),
// with no preposition or possessive between: its agent. "the attack on Israeli positions" is not such a case
// (the actor follows the noun), nor "Russia's attack" (the possessive is found by the clause).
function prenominalAgent(
  tokens: readonly Token[],
  match: TriggerMatch,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  const head = tokens[match.tokenStart];
  // The tagger reads "shelling", "bombing" after a noun as verbs; in that place they are nouns.
  const nominal = head?.pos === 'NOUN' || (head?.pos === 'VERB' && head.lower.endsWith('ing'));
  if (!nominal || !AGENT_IN_NOUN.test(match.pattern.code)) return undefined;
  return mentions.find(
    (m) =>
      m.tokenStart < match.tokenStart &&
      m.tokenEnd >= match.tokenStart &&
      m.tokenEnd < match.tokenEnd &&
      tokens[m.tokenEnd - 1]?.text !== "'s",
  );
}

const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);

// The victim of an act is its object, or the subject right before its passive verb group ("three soldiers
// were killed"), not an actor further back ("Serbia lifted the curfew where 28 people were killed").
function victimOf(tokens: readonly Token[], victim: ActorMention, match: TriggerMatch): boolean {
  if (victim.tokenStart >= match.tokenEnd) return true;
  // "a US national has been put under investigation": the noun the actor modifies heads the subject.
  let i = victim.tokenEnd;
  while (i < match.tokenStart && (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'ADJ')) i++;
  return tokens.slice(i, match.tokenStart).every((t) => VERB_GROUP.has(t.pos));
}

// "each other" or "one another" right after the trigger (a word or two of manner between).
function reciprocalObject(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < Math.min(end - 1, from + 3); i++) {
    const pair = `${tokens[i]!.lower} ${tokens[i + 1]!.lower}`;
    if (pair === 'each other' || pair === 'one another') return true;
  }
  return false;
}

function admitsParty(tokens: readonly Token[], at: number, mentions: readonly ActorMention[]): boolean {
  const start = tokens[at]?.pos === 'DET' ? at + 1 : at;
  return mentions.some((m) => m.tokenStart === start && (m.actor.kind === 'country' || m.actor.country === 'IGO'));
}

// "will strengthen cooperation … by conducting exercises", "ways that we can make the world better by working
// together": a gerund of means is as planned or as hypothetical as the verb whose act it is the means of, the
// nearest finite or infinitive verb before it.
function meansVerb(tokens: readonly Token[], at: number, floor: number): number | undefined {
  if (tokens[at - 1]?.lower !== 'by' || !tokens[at]!.lower.endsWith('ing')) return undefined;
  for (let i = at - 2; i >= floor; i--) if (tokens[i]!.pos === 'VERB' && !tokens[i]!.lower.endsWith('ing')) return i;
  return undefined;
}
