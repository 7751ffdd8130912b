import type { Actor, ActorMention, Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import { governorOf } from './noun-phrases.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Phrases that decide who acts or whom an act is aimed at, beyond the clause's plain subject and object
// (used by roles.ts): possessive pronouns before event nouns, participles after acting people, "between X
// and Y", the main verb a trailing participle borrows its subject from.

/** Each international body is its own party: the Arab League can urge the European Union. */
export function partyOf(actor: Actor): string {
  return actor.country === 'IGO' || actor.country === 'NGO' ? actor.code : actor.country;
}

// Who protests when a trigger names the protesters themselves.
export const PROTESTERS: ReadonlySet<string> = new Set([
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'marcher',
  'marchers',
  'rioter',
  'rioters',
  'activists',
  'striker',
  'strikers',
]);

// Gatherings held to press a claim: "a rally in Lagos to protest", "a demonstration calling for".
export const GATHERINGS: ReadonlySet<string> = new Set([
  'rally',
  'march',
  'demonstration',
  'protest',
  'sit-in',
  'vigil',
  'gathering',
  'procession',
  'strike',
]);

// The actor an "its"/"their" before an event noun stands for (adjectives and a year between): the last one
// named before it in the sentence.
export function pronounOwner(
  tokens: readonly Token[],
  at: number,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  let i = at - 1;
  while (i > at - 4 && (tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'NUM')) i--;
  const pronoun = tokens[i];
  if (!pronoun || (pronoun.lower !== 'its' && pronoun.lower !== 'their')) return undefined;
  const before = mentions.filter((m) => m.tokenEnd <= i && tokens[m.tokenStart]!.sentence === pronoun.sentence);
  return before[before.length - 1];
}

// Nouns for people who act on their own: a participle right after one is theirs ("protesters demanding",
// "a movement calling for"), unlike one after a document, whose author speaks ("a resolution calling for").
const ACTING_PEOPLE = new Set(
  (
    'movement movements protester protesters demonstrator demonstrators crowd crowds activist activists critic ' +
    'critics campaigner campaigners group groups people residents students workers voters opponents villagers'
  ).split(' '),
);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);
// Violence names its place as readily as its agent ("the Kuwait invasion", "the Baghdad bombing"): only a
// demonym ("the Iraqi invasion") or an abbreviation ("the U.S. raid") before it is taken for the agent.
const VIOLENCE = /^(18|19|20)/;

/**
 * The party a name before an event noun stands for, within its noun phrase: "the U.S. ultimatum", "an
 * Iraqi attack", "the Japanese proposal", "the U.S.'s demand" (adjectives and numbers between).
 */
export function modifierOwner(
  tokens: readonly Token[],
  at: number,
  code: string,
  mentions: readonly ActorMention[],
  possessiveOnly = false,
): ActorMention | undefined {
  let i = at - 1;
  while (i > at - 4 && (tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'NUM') && !endsMention(i, mentions)) i--;
  // "the U.S.'s demand for", "Iraq's invasion of": a possessive names the agent; before the noun a possessive may
  // be followed by a date, a compound or a participle ("the DPRK's August 24 (KST) attempted space launch").
  let p = i;
  while (p > at - 9 && modifierWord(tokens, p) && !endsMention(p, mentions)) p--;
  if (tokens[p]?.text === "'s" || tokens[p]?.text === '’s') return mentions.find((m) => m.tokenEnd === p);
  if (possessiveOnly) return undefined;
  const owner = mentions.find((m) => m.tokenEnd === i + 1 && m.tokenEnd <= at);
  if (!owner || !DETERMINERS.has(tokens[owner.tokenStart - 1]?.lower ?? '')) return undefined;
  const name = tokens[owner.tokenEnd - 1]!;
  if (VIOLENCE.test(code) && name.pos === 'PROPN' && !/^([A-Z]\.)+$|^[A-Z]{2,5}$/.test(name.text)) return undefined;
  return owner;
}

const endsMention = (i: number, mentions: readonly ActorMention[]) => mentions.some((m) => m.tokenEnd === i + 1);

const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

// A word that may stand between a possessive and its event noun: adjectives, numbers, dates, a parenthesized
// abbreviation, the parts of a hyphenated compound, an attributive participle ("attempted", "self-claimed").
function modifierWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return (
    t.pos === 'ADJ' ||
    t.pos === 'NUM' ||
    t.text === '-' ||
    t.text === '(' ||
    t.text === ')' ||
    tokens[i + 1]?.text === '-' ||
    tokens[i - 1]?.text === '-' ||
    MONTHS.has(t.lower) ||
    (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') ||
    (t.pos === 'VERB' && t.lower.endsWith('ed'))
  );
}

export function reducedRelative(tokens: readonly Token[], at: number, mentions: readonly ActorMention[]): boolean {
  const head = tokens[at]!;
  const before = tokens[at - 1];
  if (head.pos !== 'VERB' || !head.lower.endsWith('ing') || !before || before.sentence !== head.sentence) return false;
  return ACTING_PEOPLE.has(before.lower) && !mentions.some((m) => m.tokenStart < at && m.tokenEnd >= at);
}

// The other side of "between X and Y" (or "X-Y ties") after the trigger, when one side is the source's own.
export function betweenCounterpart(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  from: number,
  end: number,
  sourceParties: ReadonlySet<string>,
): ActorMention | undefined {
  for (let i = from; i < end; i++) {
    if (tokens[i]!.lower !== 'between') continue;
    const first = mentions.find(
      (m) => m.tokenStart === i + 1 || (m.tokenStart === i + 2 && tokens[i + 1]!.lower === 'the'),
    );
    if (!first || tokens[first.tokenEnd]?.lower !== 'and') return undefined;
    const second = mentions.find((m) => m.tokenStart === first.tokenEnd + 1);
    if (!second) return undefined;
    if (sourceParties.has(partyOf(first.actor)) && !sourceParties.has(partyOf(second.actor))) return second;
    if (sourceParties.has(partyOf(second.actor)) && !sourceParties.has(partyOf(first.actor))) return first;
    return undefined;
  }
  return undefined;
}

// The first verb of a clause after its first actor ("Lee ... expressed a desire to visit Japan": expressed),
// else the clause's end.
export function mainVerb(tokens: readonly Token[], segment: Segment, mentions: readonly ActorMention[]): number {
  const first = mentions.find((m) => m.tokenStart >= segment.start && m.tokenStart < segment.end);
  if (!first) return segment.end;
  for (let i = first.tokenEnd; i < segment.end; i++) if (tokens[i]!.pos === 'VERB') return i;
  return segment.end;
}

// Verbs of saying that put their speaker after them when they follow the words said ("…," said X).
const SAYING = new Set(
  (
    'say add declare state insist warn write reply explain note argue claim remark observe continue conclude ' +
    'acknowledge admit answer comment assert caution predict recall stress emphasize'
  ).split(' '),
);
// ("''" is two "'" tokens in the tagger's hands.)
const CLOSING = new Set([',', '"', '”', "''", "'", '’']);
const SPEAKER_LEAD = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);

/**
 * The speaker of a verb of saying that follows the words said: `"We will not withdraw," said the Iraqi
 * president`, `…, says Christine Helms`. Undefined when the verb does not follow a quotation or comma;
 * otherwise the actor right after it, or none (`said a spokesman`): never an actor inside the quotation.
 */
export function invertedSpeaker(
  tokens: readonly Token[],
  at: number,
  end: number,
  mentions: readonly ActorMention[],
): ActorMention[] | undefined {
  const verb = tokens[at]!;
  // "…, saying Uganda must withdraw" is a participle of the clause before, not an inverted verb.
  if (verb.pos !== 'VERB' || !SAYING.has(verb.lemma) || verb.lower.endsWith('ing')) return undefined;
  if (!CLOSING.has(tokens[at - 1]?.text ?? '')) return undefined;
  if (tokens[at - 1]!.sentence !== verb.sentence) return undefined;
  if (reportedClauseAfter(tokens, at, end, mentions)) return undefined;
  let i = at + 1;
  while (i < end && i < at + 5) {
    const speaker = mentions.find((m) => m.tokenStart === i);
    if (speaker) return [speaker];
    if (!SPEAKER_LEAD.has(tokens[i]!.pos)) break;
    i++;
  }
  return [];
}

/**
 * "…, a UK-based group, said eight people were killed", "…, said Israel must withdraw": an actor or a number after
 * the verb of saying that a verb follows is the subject of the reported clause, so the speaker stands before.
 * ("…, said a statement issued by the ministry" stays inverted: a participle after a described speaker.)
 */
function reportedClauseAfter(
  tokens: readonly Token[],
  at: number,
  end: number,
  mentions: readonly ActorMention[],
): boolean {
  const first = tokens[at + 1];
  if (!first || (first.pos !== 'NUM' && !mentions.some((m) => m.tokenStart === at + 1))) return false;
  let i = at + 1;
  while (i < end && (SPEAKER_LEAD.has(tokens[i]!.pos) || tokens[i]!.pos === 'NUM' || tokens[i]!.lower === "'s")) i++;
  const next = tokens[i];
  return next !== undefined && i < end && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')));
}

/** Whether a verb or auxiliary stands between two tokens (`from` inclusive, `to` exclusive). */
export function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}

/** Whether "to" + verb opens an infinitive between `from` and `to` ("met on Wednesday to discuss"). */
export function infinitiveBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++)
    if (tokens[i]!.lower === 'to' && tokens[i]!.pos === 'PART' && tokens[i + 1]!.pos === 'VERB') return true;
  return false;
}

/** The actor of a "by" phrase after the trigger, unless it names a mishap ("killed by the ... crash"). */
export function byPhrase(
  tokens: readonly Token[],
  match: TriggerMatch,
  segment: Segment,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  return mentions.find(
    (m) =>
      m.tokenStart > match.tokenStart &&
      m.tokenStart < segment.end &&
      governorOf(tokens, m.tokenStart, match.tokenStart + 1)?.lower === 'by' &&
      !namesAccident(tokens, m.tokenEnd),
  );
}

/**
 * The "by" phrase of a passive resumed after an aside: "has been accused of misusing public funds, much of it
 * believed embezzled, by Haitian government officials". The next segment or the one after it must open with
 * "by" and an actor.
 */
export function resumedAgent(
  tokens: readonly Token[],
  segments: readonly Segment[],
  k: number,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  for (let j = k + 1; j <= k + 2 && j < segments.length; j++) {
    const s = segments[j]!;
    if (tokens[s.start]?.lower !== 'by') continue;
    return mentions.find(
      (m) =>
        m.tokenStart > s.start && m.tokenStart < s.end && governorOf(tokens, m.tokenStart, s.start)?.lower === 'by',
    );
  }
  return undefined;
}

// Mishaps that kill without an agent: "killed by the Malaysia Airlines flight MH17 crash" names no killer.
const ACCIDENTS = new Set([
  'crash',
  'accident',
  'collision',
  'derailment',
  'landslide',
  'earthquake',
  'flood',
  'storm',
]);
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

// Whether the noun phrase that a by-phrase's actor modifies ends on a mishap ("the Airlines flight MH17 crash").
function namesAccident(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < from + 5 && NOUN_PHRASE.has(tokens[i]?.pos ?? ''); i++)
    if (ACCIDENTS.has(tokens[i]!.lemma)) return true;
  return false;
}

// Not "before": what the subject does before the main clause's act is mostly still to come ("Before leaving
// for Beijing on Thursday, Bush is scheduled to speak").
const GERUND_OPENERS = new Set(['after', 'while', 'when', 'since', 'upon', 'on', 'by']);

/**
 * A gerund in the sentence's opening clause of time, with no actor of its own before it: "After touring Dar es
 * Salaam and meeting with Kenyan police, the FBI chief said" (the FBI chief met them).
 */
export function frontedGerund(
  tokens: readonly Token[],
  segment: Segment,
  k: number,
  at: number,
  mentions: readonly ActorMention[],
): boolean {
  const head = tokens[at]!;
  if (k !== 0 || !segment.fronted || !GERUND_OPENERS.has(tokens[segment.start]!.lower)) return false;
  if (!head.lower.endsWith('ing') || (head.pos !== 'VERB' && head.pos !== 'NOUN')) return false;
  return !mentions.some((m) => m.tokenStart >= segment.start && m.tokenEnd <= at);
}

/**
 * Where the trigger's own predicate ends: at an "and" before another verb when a noun stands between (it has
 * an object of its own: "touring Dar es Salaam and meeting with Kenyan police" tours no police); "condemned
 * and criticized Y" shares its object; or at a relative clause with a subject of its own. The tagger reads some
 * gerunds as nouns ("meeting/NOUN").
 */
export function ownPredicateEnd(tokens: readonly Token[], from: number, end: number): number {
  let nominal = false;
  for (let i = from; i < end - 1; i++) {
    const t = tokens[i]!;
    if (objectRelative(tokens, i)) return i;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') nominal = true;
    if (!nominal || (t.lower !== 'and' && t.lower !== 'but')) continue;
    const next = tokens[i + 1]!;
    if (next.pos === 'VERB' || next.pos === 'AUX' || (next.pos === 'NOUN' && next.lower.endsWith('ing'))) return i;
  }
  return end;
}

const TIME_NOUNS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const CONTENT_NOUNS = new Set(
  (
    'demand call request appeal plea report claim statement warning assurance promise pledge hope fear belief ' +
    'view word news message proposal insistence fact notion idea suggestion charge allegation accusation sign ' +
    'condition threat decision announcement confirmation evidence indication impression rumor rumour'
  ).split(' '),
);
const RELATIVE_SUBJECT = new Set(['PROPN', 'PRON', 'DET', 'ADJ', 'NOUN']);

// "visit the sites that Baghdad had placed off-limits to U.N. inspectors": a relative clause with a subject of its
// own after a noun; its actors are not the verb's object.
function objectRelative(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'that') return false;
  let h = i - 1;
  while (TIME_NOUNS.has(tokens[h]?.lower ?? '')) h--;
  // "its demand today that Israel ease restrictions", "a report that arrests had been made": what a demand or a
  // report says is its content, not a relative clause.
  if (tokens[h]?.pos !== 'NOUN' || CONTENT_NOUNS.has(tokens[h]!.lemma)) return false;
  let j = i + 1;
  while (j < i + 4 && RELATIVE_SUBJECT.has(tokens[j]?.pos ?? '')) j++;
  return j > i + 1 && (tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX');
}

// Verbs of intent whose third person the tagger may read as a plural noun before "to" ("…, plans to impose").
const INTENT_BEFORE_TO = new Set(['plan', 'aim', 'vow', 'pledge', 'hope', 'intend', 'seek', 'promise', 'threaten']);

export function verbBeforeTo(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    t.pos === 'NOUN' &&
    t.lower.endsWith('s') &&
    INTENT_BEFORE_TO.has(t.lemma) &&
    tokens[i + 1]?.lower === 'to' &&
    tokens[i + 2]?.pos === 'VERB'
  );
}

// "prevented the demonstration staged by students … to protest the sending of troops to Iraq", "a hearing into
// techniques used against detainees": a participle after a noun opens a reduced relative clause, and the phrases
// past it are that clause's, all but its own agent ("crimes committed by Croat forces").
export function pastReducedRelative(tokens: readonly Token[], from: number, m: ActorMention): boolean {
  for (let i = from; i < m.tokenStart; i++) {
    const t = tokens[i]!;
    const participle = t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing');
    if (!participle || !['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '')) continue;
    const agent = tokens[i + 1]?.lower === 'by' && i + 2 === m.tokenStart;
    if (!agent) return true;
  }
  return false;
}

const FOR_TO_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/**
 * Whether "for <noun phrase> to" stands right before the act, after the actor at `after`: "Castro must be
 * dreaming for the family to allow spies in" makes the family, no actor, the subject of "allow".
 */
export function forToSubject(tokens: readonly Token[], after: number, before: number): boolean {
  if (tokens[before - 1]?.lower !== 'to') return false;
  let i = before - 2;
  while (i > after && FOR_TO_PHRASE.has(tokens[i]!.pos)) i--;
  return i < before - 2 && i >= after && tokens[i]!.lower === 'for';
}
