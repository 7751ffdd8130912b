import type { Sentence, Timex, Token } from '../model.js';

// Where a sentence's segments and clauses start and end: the comma-delimited segments roles and dates are looked
// up in, and the words that open a subordinate or coordinate clause inside them.

/** A comma- or semicolon-delimited stretch of a sentence, the unit roles and dates are looked up in. */
export interface Segment {
  readonly start: number;
  /** Exclusive token index. */
  readonly end: number;
  /** The segment opens a relative clause or an apposition ("who departed ...", "a special adviser to ..."). */
  readonly parenthetical: boolean;
  /** The segment is a fronted adverbial or subordinate clause ("When Ishiba spoke ...", "On policy toward X"). */
  readonly fronted: boolean;
}

const HARD = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);
const OPENING_QUOTES = new Set(['`', '``', "'", '‘']);
const APPOSITION = new Set(['a', 'an']);
const SUBORDINATE = new Set([
  'when',
  'while',
  'after',
  'before',
  'as',
  'since',
  'although',
  'though',
  'if',
  'because',
  'on',
  'regarding',
  'concerning',
  'in',
  'despite',
  'following',
  'amid',
  'with',
  'noting',
  'describing',
  'referring',
  'saying',
]);

// A preposition opens the segment ("To the people of Kenya", "Under the deal"); the tagger reads a
// sentence-initial "to" as the infinitive's mark, so a "to" before no verb counts too.
function prepositional(tokens: readonly Token[], lead: number, end: number): boolean {
  const opener = tokens[lead]!;
  if (lead >= end - 1) return false;
  return opener.pos === 'ADP' || (opener.lower === 'to' && tokens[lead + 1]!.pos !== 'VERB');
}

/** Splits a sentence into segments at punctuation, never inside a time expression ("June 22, 1965"). */
export function segmentsOf(tokens: readonly Token[], sentence: Sentence, timexes: readonly Timex[]): Segment[] {
  const out: Segment[] = [];
  let start = sentence.tokenStart;
  const insideTimex = (t: Token) => timexes.some((x) => t.start > x.start && t.end < x.end);
  const push = (end: number) => {
    if (end <= start) return;
    const first = tokens[start]!;
    // An opening quotation mark ("``", "'") does not hide the word that opens the clause.
    let lead = start;
    while (lead < end - 1 && OPENING_QUOTES.has(tokens[lead]!.text)) lead++;
    const opener = tokens[lead]!;
    out.push({
      start,
      end,
      parenthetical: RELATIVE.has(first.lower) || (APPOSITION.has(first.lower) && out.length > 0),
      // "To the people of Kenya, I will bring": a phrase a preposition opens is no subject.
      fronted: out.length === 0 && (SUBORDINATE.has(opener.lower) || prepositional(tokens, lead, end)),
    });
  };
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    // "(ICBM)", "(APEC)": a short parenthesis names what precedes it and does not cut the clause.
    const close = t.text === '(' ? tokens.slice(i + 1, i + 5).findIndex((u) => u.text === ')') : -1;
    if (close >= 0 && i + 1 + close < sentence.tokenEnd) {
      i += 1 + close;
      continue;
    }
    if ((t.text === ',' && !insideTimex(t)) || HARD.has(t.text)) {
      push(i);
      start = i + 1;
    }
  }
  push(sentence.tokenEnd);
  return out;
}

export function segmentAt(segments: readonly Segment[], tokenIndex: number): number {
  return segments.findIndex((s) => tokenIndex >= s.start && tokenIndex < s.end);
}

/** Words that subordinate the clause they open ("after Russia attacked", "as the embassy held"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as',
  'after',
  'before',
  'since',
  'while',
  'because',
  'until',
  'once',
  'although',
  'though',
  'whereas',
]);

// Words that open an adverbial clause; "if", "unless" and "whether" are left out: they are hypotheses of
// their own, read inside the window.
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'when', 'whenever']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose', 'where']);
const OPENING_WORDS = new Set([...CLAUSE_OPENERS, ...RELATIVE_PRONOUNS, 'that']);
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'CCONJ']);
const FINITE_POS = new Set(['VERB', 'AUX']);
const HEADS = new Set(['NOUN', 'PROPN']);

/**
 * Where the innermost subordinate clause that holds `at` opens, looking back no further than `floor`:
 * an adverbial clause ("as the embassy held …", "since the two countries normalized …") or a relative
 * clause ("the party which won …", "the leaders that attended …"). -1 when `at` is in the clause that
 * `floor` starts.
 */
export function subordinateClauseStart(tokens: readonly Token[], floor: number, at: number): number {
  for (let i = at - 1; i > floor; i--) if (opensClause(tokens, i, at + 1, at)) return i;
  return -1;
}

/**
 * The first subordinate clause opener in `[from, end)`, or `end`: what follows it is another clause,
 * whose subject is not the object of a verb before it ("held a ceremony since Ethiopia and Sudan signed").
 */
export function nextClauseOpener(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (opensClause(tokens, i, end) || coordinateClause(tokens, i, end)) return i;
  return end;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Whether a coordinator at `i` opens a clause with a subject of its own: "attacked Uganda **and Sudan
 * condemned** the raid", "China remained mum **but Russia's envoy said** …". A bare noun phrase after it is a
 * conjoined object ("attacked Uganda and Sudan on Monday"), a verb right after it a conjoined predicate.
 */
export function coordinateClause(tokens: readonly Token[], i: number, end: number): boolean {
  if (!COORDINATORS.has(tokens[i]!.lower)) return false;
  let j = i + 1;
  let nominal = false;
  while (j < end && (SUBJECT_POS.has(tokens[j]!.pos) || tokens[j]!.lower === "'s" || tokens[j]!.text === '-')) {
    if (tokens[j]!.pos === 'CCONJ') return false;
    if (NOMINAL.has(tokens[j]!.pos)) nominal = true;
    j++;
  }
  while (j < end && tokens[j]!.pos === 'ADV') j++;
  const verb = tokens[j];
  if (!nominal || j >= end || !verb) return false;
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing'));
}

/**
 * Whether the word at `i` opens a clause that ends no later than `end`: a subordinator with a subject and
 * a verb after it ("since 2011", "as a guest", "after the talks" are phrases, not clauses), or a relative
 * pronoun after a noun ("the party which won", "the leaders that attended").
 */
function opensClause(tokens: readonly Token[], i: number, end: number, verbAt = -1): boolean {
  const t = tokens[i]!;
  const w = t.lower;
  // This runs for most tokens near each candidate trigger: one lookup turns the rest away.
  if (!OPENING_WORDS.has(w)) return false;
  if (RELATIVE_PRONOUNS.has(w)) return true;
  if (w === 'that') return HEADS.has(tokens[i - 1]?.pos ?? '') && FINITE_POS.has(tokens[i + 1]?.pos ?? '');
  if (!CLAUSE_OPENERS.has(w) || t.pos === 'VERB') return false;
  // "as proof of …", "as part of …", "as head of …": "as" before a bare singular noun is a preposition.
  const first = tokens[i + 1];
  if (w === 'as' && first?.pos === 'NOUN' && first.lower === first.lemma) return false;
  let j = i + 1;
  // The subject: a noun phrase, with at most one short "of"/"in" phrase ("the embassy in Seoul").
  let adp = false;
  while (
    j < end &&
    j !== verbAt &&
    (SUBJECT_POS.has(tokens[j]!.pos) || tokens[j]!.text === '-' || tokens[j]!.lower === "'s")
  ) {
    j++;
    const p = tokens[j];
    if (!adp && j < end && j !== verbAt && p?.pos === 'ADP' && (p.lower === 'of' || p.lower === 'in')) {
      adp = true;
      j++;
    }
  }
  // The trigger itself may be the clause's verb, whatever its tag.
  return j > i + 1 && j < end && (j === verbAt || FINITE_POS.has(tokens[j]!.pos));
}
