import type { ActorMention, Token } from '../model.js';

/** The subject of a clause reported by a verb of saying, and the word that follows it. */
export interface SaidClause {
  /** The token the reported clause starts at. */
  readonly start: number;
  /**
   * The clause's subject: one actor, or several conjoined ("the US and British forces must ..."); empty
   * when the subject is a pronoun no actor was resolved for ("said it would not ...").
   */
  readonly mentions: readonly ActorMention[];
  /** The verb or modal that follows the subject ("must", "should", "will", "attacked"). */
  readonly next: string;
}

// Words that may stand between a verb of saying and "that": the time and place of the saying ("said on
// Tuesday that", "declared here Wednesday that").
const BEFORE_THAT = new Set(['on', 'here', 'in', 'at', 'late', 'early', 'last', 'this', 'today', 'yesterday', 'again']);
// ... and whom it was said to: "issued a reminder Saturday to Iraq that", "told the Kenyan government that".
const ADDRESSEE_WORDS = new Set(['to', 'DET', 'ADJ']);
// A pronoun that opens a clause of obligation stands for the party told of it ("told Peru that it must").
const OBLIGATION = new Set(['must', 'should', 'ought']);
const CLAUSE_PRONOUNS = new Set(['it', 'they']);
const NOUN_PHRASE = new Set(['PRON', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const MODALS = new Set(['must', 'should', 'ought', 'will', 'would', 'can', 'could', 'may', 'might', 'shall']);
// Beyond this many tokens after its first actor the clause's verb belongs to a longer noun phrase.
const MAX_SUBJECT_LENGTH = 8;

/**
 * The subject of the clause a verb of saying reports: "said Japan should ...", "said on Tuesday that
 * Sudan must ...", "said US and British forces must ...". The clause starts right after the verb or
 * after a "that" that follows the verb's own time and place words; its subject is the first actor there
 * and any actors conjoined with it before the clause's verb. Undefined when no actor opens a clause.
 *
 * ```ts
 * // "Russia said on Tuesday that Sudan must return a helicopter"
 * saidClause(tokens, triggerEnd, sentenceEnd, mentions); // { mentions: [Sudan], next: 'must' }
 * ```
 */
export function saidClause(
  tokens: readonly Token[],
  triggerEnd: number,
  end: number,
  mentions: readonly ActorMention[],
): SaidClause | undefined {
  let start = triggerEnd;
  for (let i = triggerEnd; i < Math.min(end, triggerEnd + 6); i++) {
    const t = tokens[i]!;
    if (t.lower === 'that') {
      start = i + 1;
      break;
    }
    const word = BEFORE_THAT.has(t.lower) || ADDRESSEE_WORDS.has(t.lower) || ADDRESSEE_WORDS.has(t.pos);
    if (!word && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'NUM' && t.pos !== 'ADV') break;
  }
  if (start === triggerEnd) start = pastOwnPhrase(tokens, start, end, mentions);
  // "told Peru on Monday that it must", "a reminder to Iraq that it must": the party told.
  const addressee = start > triggerEnd ? mentions.filter((m) => m.tokenEnd < start).pop() : undefined;
  const near = mentions.find((m) => m.tokenStart >= start && m.tokenStart - start <= 2 && m.tokenStart < end);
  // Only determiners and adjectives may stand before the actor that opens the clause.
  const first =
    near && tokens.slice(start, near.tokenStart).every((t) => t.pos === 'DET' || t.pos === 'ADJ') ? near : undefined;
  if (!first) {
    // "said it would ...", "said rebels attacked ...": a clause whose subject is a pronoun or a noun phrase
    // no actor was found in.
    let i = start;
    // "said President Kagame and his party must", "said the leaders of Uganda must": a conjoined noun phrase, or
    // one with an "of" phrase, may run longer.
    while (
      i < Math.min(end, start + MAX_SUBJECT_LENGTH) &&
      (NOUN_PHRASE.has(tokens[i]!.pos) || (i > start && (tokens[i]!.pos === 'CCONJ' || tokens[i]!.lower === 'of')))
    )
      i++;
    const verb = tokens[i];
    const subject = tokens.slice(start, i);
    const named = subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    const opens =
      i < end &&
      (verb?.pos === 'AUX' || (verb?.pos === 'VERB' && !verb.lower.endsWith('ing'))) &&
      ((subject.length === 1 && tokens[start]!.pos === 'PRON') || named) &&
      (subject.length <= 5 || MODALS.has(verb!.lower));
    if (!opens) return undefined;
    const told = subject.length === 1 && CLAUSE_PRONOUNS.has(subject[0]!.lower) && OBLIGATION.has(verb!.lower);
    // The actors the noun phrase names ("his Rwandan Patriotic Front") are the clause's subject.
    const inside = mentions.filter((m) => m.tokenStart >= start && m.tokenEnd <= i);
    return { start, mentions: told && addressee ? [addressee] : inside, next: verb!.lower };
  }
  const subject = [first];
  for (let i = first.tokenEnd; i < Math.min(end, first.tokenEnd + MAX_SUBJECT_LENGTH); i++) {
    const t = tokens[i]!;
    // "the US and other developed nations must": a participle between a modifier and its noun is an adjective.
    const attributive = tokens[i + 1]?.pos === 'NOUN' && ['ADJ', 'DET', 'CCONJ'].includes(tokens[i - 1]?.pos ?? '');
    const verb = t.pos === 'VERB' && !t.lower.endsWith('ing') && t.lower !== 'to' && !attributive;
    if (t.pos === 'AUX' || MODALS.has(t.lower) || verb) {
      // Right after the actor any verb opens the clause; after other words only a modal or an auxiliary
      // does ("the Sudanese government and the rebels in Darfur must"), not a participle in a noun phrase.
      return i === subject[subject.length - 1]!.tokenEnd || !verb
        ? { start, mentions: subject, next: t.lower }
        : undefined;
    }
    if (t.pos === 'PUNCT' && t.text !== ',') return undefined;
    const m = mentions.find((x) => x.tokenStart === i);
    if (!m) continue;
    let j = i - 1;
    while (j > first.tokenEnd && tokens[j]!.pos === 'DET') j--;
    if (['and', 'or', ','].includes(tokens[j]?.lower ?? '')) subject.push(m);
    i = m.tokenEnd - 1;
  }
  return undefined;
}

const OWN_PLACE_OR_TIME = new Set(['in', 'at', 'on']);

// "said in Athens the Americans could leave", "said on Tuesday Iraq must": the saying's own place or time, with no
// "that" after it, before the clause it reports.
function pastOwnPhrase(
  tokens: readonly Token[],
  start: number,
  end: number,
  mentions: readonly ActorMention[],
): number {
  if (!OWN_PLACE_OR_TIME.has(tokens[start]?.lower ?? '')) return start;
  let k = start + 1;
  const opensActor = (i: number) => i > start + 1 && mentions.some((m) => m.tokenStart === i);
  while (k < end && (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NUM') && !opensActor(k)) k++;
  return k > start + 1 ? k : start;
}

const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);
const TIME_WORDS = new Set(['NOUN', 'PROPN', 'NUM', 'ADP']);

/**
 * The party a pronoun stands for when it opens a clause of obligation after the party told of it: in
 * "issued a reminder to Iraq that it must cooperate" and "told Peru on Monday that they should withdraw",
 * the one who must act is the one told (Iraq, Peru), not the speaker. Undefined for any other clause.
 */
export function obligedPronoun(
  tokens: readonly Token[],
  triggerStart: number,
  floor: number,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  let i = triggerStart - 1;
  let obliged = false;
  while (i > floor && (VERB_GROUP.has(tokens[i]!.pos) || OBLIGATION.has(tokens[i]!.lower))) {
    if (OBLIGATION.has(tokens[i]!.lower)) obliged = true;
    i--;
  }
  if (!obliged || !CLAUSE_PRONOUNS.has(tokens[i]?.lower ?? '') || tokens[i - 1]?.lower !== 'that') return undefined;
  let j = i - 2;
  // The saying's own time words may stand between: "told Peru on Monday that".
  for (
    let k = 0;
    k < 3 && j > floor && TIME_WORDS.has(tokens[j]!.pos) && !mentions.some((m) => m.tokenEnd === j + 1);
    k++
  )
    j--;
  return mentions.find((m) => m.tokenEnd === j + 1 && m.tokenStart >= floor);
}
