import type { ActorMention, Token } from '../model.js';
import { SUBORDINATORS } from './clause-bounds.js';

// How a noun phrase sits in its clause: the word that governs it, whether a preposition makes it oblique,
// whether a participle before it is an attribute, whether a noun modifies the noun after it.

/** A mention is oblique when a preposition governs it ("in Canada", "of a G7 summit"): not a subject. */
export function isOblique(tokens: readonly Token[], mention: ActorMention, floor: number): boolean {
  const governor = governorOf(tokens, mention.tokenStart, floor);
  // "the largest operation since Vietnam,": a subordinator the tagger reads as such may govern a noun phrase that
  // ends the clause (one that goes on opens a clause: "since Ethiopia and Sudan signed").
  const phrase =
    governor?.pos === 'SCONJ' && SUBORDINATORS.has(governor.lower) && tokens[mention.tokenEnd]?.pos === 'PUNCT';
  if (governor?.pos !== 'ADP' && !phrase) return false;
  // "came as Israel announced", "after Russia attacked": a subordinator the tagger reads as a preposition opens
  // a clause whose subject the mention is ("after Beijing repeatedly sent": adverbs between).
  let after = mention.tokenEnd;
  while (tokens[after]?.pos === 'ADV' && after - mention.tokenEnd < 2) after++;
  const next = tokens[after];
  // The tagger reads some past tenses before "that" as adjectives ("after officials alleged that").
  const verb =
    next?.pos === 'AUX' ||
    (next?.pos === 'VERB' && !next.lower.endsWith('ing')) ||
    (next?.pos === 'ADJ' && next.lower.endsWith('ed') && tokens[after + 1]?.lower === 'that');
  return !(SUBORDINATORS.has(governor.lower) && verb);
}

const MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);
// "for new EU members": the tagger reads a lower-case word before a name as part of it.
// "by pro-Russia rebels", "against anti-Kremlin protesters": a word of allegiance joined by its hyphen is a modifier
// whatever the tagger calls it.
const mistaggedName = (t: Token): boolean =>
  (t.pos === 'PROPN' && /^[a-z]+$/.test(t.text)) || /^(pro|anti)-\p{L}+$/iu.test(t.text);
const QUANTIFIERS = new Set([
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'many as',
  'much as',
  'scores of',
  'dozens of',
  'hundreds of',
  'thousands of',
  'tens of',
  'millions of',
  'number of',
  'handful of',
]);
const HEADS = new Set(['NOUN', 'PROPN']);
const APPROXIMATORS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'approximately', 'roughly']);
const COMPASS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest'.split(' '),
);
// Nouns that stand for people or bodies: "the president of Armenia" is Armenia's president, while
// "the denuclearization of the DPRK" is not the DPRK.
const ACTOR_HEADS = new Set(
  (
    'president prime minister leader government king queen emir prince sultan head chief army force troop ' +
    'people citizen resident group member delegation representative official opponent supporter ambassador ' +
    'embassy parliament senate spokesman spokeswoman envoy secretary chairman director commander navy ' +
    'military ministry authority regime soldier police party coalition cabinet council court judge ' +
    'mayor governor inspector observer monitor peacekeeper diplomat negotiator staff personnel officer ' +
    'activist doctor student fighter militant rebel guerrilla deployment contingent unit team ' +
    // bodies of people counted as one: "a first batch of Bangladeshi peacekeepers"
    'batch patch band column detachment squad battalion brigade company crowd wave ' +
    // and what belongs to a party, when force is aimed at it: "shelled positions of the security forces"
    'position base headquarters office home village town camp stronghold territory convoy installation ' +
    'facility outpost computer network system website account ' +
    // and what a party is supported or judged by: "defended the right of Russia", "condemned the actions of X"
    'right interest sovereignty activity action conduct behavior behaviour policy program programme'
  ).split(' '),
);

// A noun for people; a capitalized plural at the start of a sentence is tagged a proper noun and keeps its "s".
function isPeople(t: Token): boolean {
  const lemma = t.pos === 'PROPN' && t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lemma;
  return ACTOR_HEADS.has(lemma) || PEOPLE_FROM.has(lemma);
}

// The words that tie people to a body, by the preposition after them.
const AFFILIATED: Readonly<Record<string, ReadonlySet<string>>> = {
  with: new Set(['affiliated', 'associated', 'allied', 'aligned', 'linked']),
  to: new Set(['loyal', 'linked', 'allied', 'close']),
};

// Places kept for a party: "a camp for Congolese refugees" is theirs.
const SHELTERS = new Set(['camp', 'shelter', 'settlement']);

// People named by where they come from: "activists from the Fatah party", "doctors from two aid groups".
// Troops "from" a place are leaving it, so forces are not among them.
const PEOPLE_FROM = new Set(
  (
    'activist doctor student official member representative delegation delegate leader supporter worker ' +
    'expert envoy diplomat minister lawmaker dissident exile refugee opponent politician journalist'
  ).split(' '),
);

/**
 * The word that governs the noun phrase a mention heads, at or after `floor`: the token before its
 * determiners and adjectives. A mention inside an "of" phrase after a noun for people or a body takes
 * the place of that noun ("the president of Armenia", "a group of Moroccan diplomats", "opponents of
 * Rwanda's Senate"): the whole phrase is the subject or object, so its governor is the one before that
 * noun. Undefined at the clause's start.
 */
export function governorOf(tokens: readonly Token[], start: number, floor: number): Token | undefined {
  let i = start - 1;
  for (let climbs = 0; ; climbs++) {
    for (;;) {
      while (i >= floor && (MODIFIERS.has(tokens[i]!.pos) || mistaggedName(tokens[i]!))) i--;
      // "war-torn Mozambique", "the U.S.-led coalition": a hyphenated modifier.
      if (i - 1 >= floor && tokens[i]!.text === '-') {
        i -= 2;
        continue;
      }
      if (i - 2 >= floor && tokens[i - 1]!.text === '-' && tokens[i]!.pos !== 'ADP') {
        i -= 3;
        continue;
      }
      // "About 200 supporters of ...", "some 500,000 workers": a word of approximation before a number, and
      // "South Lebanon", "Northern Iraq": a compass word before a name, are modifiers.
      const word = tokens[i];
      if (
        i >= floor &&
        word &&
        ((APPROXIMATORS.has(word.lower) && tokens[i + 1]?.pos === 'NUM') ||
          (COMPASS.has(word.lower) && word.pos === 'PROPN'))
      ) {
        i--;
        continue;
      }
      // "arrested more than 100 Palestinians", "killed at least eight ...": a quantifier is a modifier,
      // not a preposition governing the noun phrase.
      const pair = i - 1 >= floor ? `${tokens[i - 1]!.lower} ${tokens[i]!.lower}` : '';
      if (!QUANTIFIERS.has(pair)) break;
      i -= 2;
      if (tokens[i]?.lower === 'as' && i >= floor) i--;
    }
    const t = tokens[i];
    if (i < floor || !t) return undefined;
    const head = tokens[i - 1];
    // "workers affiliated with the Serbian Workers' Union", "militants loyal to X": people named by whom they
    // belong to take the place of that body, past the participle or adjective that ties them to it.
    if (
      climbs < 2 &&
      head &&
      i - 2 >= floor &&
      (AFFILIATED[t.lower]?.has(head.lower) ?? false) &&
      isPeople(tokens[i - 2]!)
    ) {
      i -= 2;
      while (i >= floor && (HEADS.has(tokens[i]!.pos) || MODIFIERS.has(tokens[i]!.pos))) i--;
      continue;
    }
    const climbing =
      t.lower === 'of' ? ACTOR_HEADS : t.lower === 'from' ? PEOPLE_FROM : t.lower === 'for' ? SHELTERS : undefined;
    if (climbs >= 2 || !climbing || i - 1 < floor || !head) return t;
    // A capitalized plural at the start of a sentence is tagged a proper noun and keeps its "s".
    const lemma = head.pos === 'PROPN' && head.lower.endsWith('s') ? head.lower.slice(0, -1) : head.lemma;
    if (!climbing.has(lemma)) return t;
    i -= 2;
    // "exiled dissidents", "armed fighters": a participle before the head noun modifies it.
    while (
      i >= floor &&
      (HEADS.has(tokens[i]!.pos) ||
        MODIFIERS.has(tokens[i]!.pos) ||
        (tokens[i]!.pos === 'VERB' && tokens[i]!.lower.endsWith('ed') && HEADS.has(tokens[i + 1]?.pos ?? '')))
    )
      i--;
  }
}

const BEFORE_ATTRIBUTE = new Set(['DET', 'ADJ', 'ADP']);
const ATTRIBUTE_HEAD = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Whether the participle at `at` is used as an adjective, naming a state rather than an act of the clause:
 * "the (recently) banned party", "the Israeli-occupied Golan", "from frozen facilities" — a determiner, an
 * adjective, a preposition or a hyphen before it (past any adverbs), a noun or adjective after it.
 */
export function attributive(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  if (t.lower === t.lemma || !/(ed|en)$/.test(t.lower) || !ATTRIBUTE_HEAD.has(tokens[at + 1]?.pos ?? '')) return false;
  let b = at - 1;
  while (tokens[b]?.pos === 'ADV') b--;
  const before = tokens[b];
  return before !== undefined && (BEFORE_ATTRIBUTE.has(before.pos) || before.text === '-');
}

/** Nouns an act is "of" when they name what it left: "victims of terrorist attacks", "the anniversary of the bombing". */
export const AFTERMATH: ReadonlySet<string> = new Set(
  'victim victims survivor survivors aftermath anniversary wake scene site memory memorial toll casualties'.split(' '),
);

// Nouns that make the noun before them a modifier: "arms inspectors" inspect, "aid workers" work, "an
// attack option" is an option, "attack helicopters" are aircraft; none is the act the first noun names.
const MODIFIED_HEADS = new Set(
  (
    'inspector inspectors worker workers agency agencies group groups official officials option options ' +
    'control embargo race dealer dealers expert experts monitor monitors helicopter helicopters plane planes ' +
    'submarine submarines team teams organization organizations committee commission plan plans'
  ).split(' '),
);

/**
 * The trigger ends in a noun that modifies the noun after it ("gave the U.N. arms inspectors access"); called
 * with the token after the trigger's first word too ("battle plans call for operating against").
 */
export function modifiesNoun(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  const next = tokens[end];
  return last?.pos === 'NOUN' && next?.sentence === last.sentence && MODIFIED_HEADS.has(next.lower);
}
