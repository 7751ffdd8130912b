import type { Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import { AFTERMATH } from './noun-phrases.js';
import { verbBeforeTo } from './role-phrases.js';
import type { TriggerMatch } from './trigger-matcher.js';

// What the roles stage asks of a clause before it takes a subject from elsewhere: whether the clause has a subject
// of its own, and whether an act of violence is only the occasion named in a phrase ("after the shooting").

const OWN_SUBJECT = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
// Words that open a clause before its subject: "where 24 people were killed", "and the rebels attacked".
const CONNECTORS = new Set(['CCONJ', 'SCONJ', 'ADV']);

// Whether the clause the trigger sits in has a noun phrase of its own before its first verb.
export function hasOwnSubject(tokens: readonly Token[], from: number, at: number): boolean {
  let i = from;
  while (i < at && (CONNECTORS.has(tokens[i]!.pos) || tokens[i]!.lower === 'where')) i++;
  // A phrase ("in a statement") or a participle ("offering support", which the tagger may read as a noun) is no
  // subject.
  if (tokens[i]?.pos === 'ADP' || tokens[i]?.lower.endsWith('ing')) return false;
  // A pronoun points back to an actor before ("…, and they will meet again"); a name's suffix belongs to the
  // name before the comma ("Joseph R. Biden, Jr. spoke").
  return clauseSubject(tokens, i, at + 1).some((t) => t.pos !== 'PRON' && !NAME_SUFFIXES.has(t.lower));
}

// The nouns and pronouns before a clause's first verb: its own subject ("where 28 people were killed"), none
// when the verb comes first ("the treaty that normalized relations and provided aid").
export function clauseSubject(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (
    let i = from;
    i < to &&
    (tokens[i]!.pos !== 'VERB' || estimate(tokens, i)) &&
    tokens[i]!.pos !== 'AUX' &&
    !verbBeforeTo(tokens, i);
    i++
  )
    if (OWN_SUBJECT.has(tokens[i]!.pos)) out.push(tokens[i]!);
  return out;
}

// "an estimated 20,000 GIs", "a reported 300 troops": a participle between an article and a number modifies it.
const estimate = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.pos === 'DET' && tokens[i]!.lower.endsWith('ed') && tokens[i + 1]?.pos === 'NUM';

export const OCCASION_OF_VIOLENCE = /^(1[4-9]|20)/;
const OCCASION_PREPOSITIONS = new Set([
  'after',
  'following',
  'amid',
  'despite',
  'since',
  'over',
  'as',
  'while',
  'when',
]);

const NOMINAL_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

// "after the museum shooting", "amid deadly clashes": the preposition before the noun and its modifiers.
export function inOccasionPhrase(tokens: readonly Token[], match: TriggerMatch, segment: Segment): boolean {
  let i = match.tokenStart - 1;
  while (i >= segment.start && i >= match.tokenStart - 5 && NOMINAL_MODIFIERS.has(tokens[i]!.pos)) i--;
  if (i < segment.start) return false;
  const w = tokens[i]!.lower;
  // "to help victims of terrorist attacks", "the anniversary of the bombing": the act is what the noun is of.
  return OCCASION_PREPOSITIONS.has(w) || (w === 'of' && AFTERMATH.has(tokens[i - 1]?.lower ?? ''));
}
