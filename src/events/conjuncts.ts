import type { ActorMention, Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import { governorOf } from './noun-phrases.js';

// How actors and verbs are joined in a clause: lists of objects, conjoined subjects, coordinated predicates,
// and the verb a purpose clause serves.

const LIST_LINKS = new Set(['and', 'or', ', and', ', or']);
// "…, Sudan, and with strings attached, Cuba": a short aside between the last link and the last item.
const PARENTHESIZED_LINK = /^(, )?(and|or) (, )?(\S+ ){1,5},$/;

/**
 * The target and the actors listed with it: "relations with China and Russia", "met the leaders of Uganda,
 * Tanzania and Rwanda". Items after a comma count only when the list closes with "and" or "or" ("met
 * Museveni, Uganda's president" is an apposition), and an item followed by its own verb is the subject of
 * another clause ("attacked Uganda and Sudan condemned the raid").
 */
export function listedWith(
  tokens: readonly Token[],
  target: ActorMention,
  mentions: readonly ActorMention[],
  end: number,
): ActorMention[] {
  const targets = [target];
  let pending: ActorMention[] = [];
  let previous = target;
  for (let next = mentions.indexOf(target) + 1; next < mentions.length; next++) {
    const m = mentions[next]!;
    if (m.tokenStart >= end) break;
    const between = tokens
      .slice(previous.tokenEnd, m.tokenStart)
      .filter((t) => t.pos !== 'DET')
      .map((t) => t.lower)
      .join(' ');
    let v = m.tokenEnd;
    while (tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    // A copula is as often the verb of the clause the list sits in ("commitments to defend the ROK and Japan are
    // ironclad").
    const ownVerb =
      (verb?.pos === 'AUX' && verb.lemma !== 'be') || (verb?.pos === 'VERB' && !verb.lower.endsWith('ing'));
    if ((between !== ',' && !LIST_LINKS.has(between) && !PARENTHESIZED_LINK.test(between)) || ownVerb) break;
    if (between === ',') pending.push(m);
    else {
      targets.push(...pending, m);
      pending = [];
    }
    previous = m;
  }
  return targets;
}

/**
 * The actors of a "by" phrase, from its first: "by U.N. Secretary-General Kofi Annan and Iraqi Deputy Prime Minister
 * Tariq Aziz" (a body's name written before its officer's is one party).
 */
export function byList(
  tokens: readonly Token[],
  first: ActorMention,
  mentions: readonly ActorMention[],
  end: number,
): ActorMention[] {
  let head = first;
  for (let k = mentions.indexOf(first) + 1; mentions[k]?.tokenStart === head.tokenEnd; k++) head = mentions[k]!;
  return [first, ...listedWith(tokens, head, mentions, end).filter((m) => m !== first)];
}

// Verbs whose object may be the subject of what follows: "said Kenya and Uganda would meet", "urged Kenya and
// Uganda to talk".
const CLAUSE_TAKING = new Set(
  (
    'say tell announce declare report state add note confirm insist believe think expect want urge ask hope ' +
    'warn claim allege see consider call invite allow help let make force order persuade encourage need'
  ).split(' '),
);

/**
 * The index of the verb whose object `m` is, or -1: in "Kenyan troops attacked Uganda and Sudan condemned the
 * raid" Uganda is the object of "attacked", not a subject conjoined with Sudan. Verbs whose object may be the
 * subject of what follows ("said Kenya and Uganda would", "urged Kenya to") do not count.
 */
export function objectOfVerb(tokens: readonly Token[], m: ActorMention, floor: number): number {
  let i = m.tokenStart - 1;
  const governor = governorOf(tokens, m.tokenStart, floor);
  if (governor?.pos !== 'VERB' || CLAUSE_TAKING.has(governor.lemma)) return -1;
  while (i >= floor && tokens[i] !== governor) i--;
  return i;
}

// The verb a purpose clause serves when the actor before the clause is that verb's object (the first of
// conjoined objects), with no other verb between: "blockade Paris from Monday to demand", not "support a
// resolution that aims to tighten".
export function servedVerb(
  tokens: readonly Token[],
  sources: readonly ActorMention[],
  mentions: readonly ActorMention[],
  at: number,
  floor: number,
): number {
  const last = sources[sources.length - 1];
  if (!last || tokens.slice(last.tokenEnd, at).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return -1;
  let first = sources[0]!;
  for (;;) {
    let j = first.tokenStart - 1;
    while (j > floor && tokens[j]!.pos === 'DET') j--;
    if (!LIST_WORDS.has(tokens[j]?.lower ?? '')) break;
    const conjunct = mentions.find((m) => m.tokenEnd === j && m.tokenStart >= floor);
    if (!conjunct) break;
    first = conjunct;
  }
  return objectOfVerb(tokens, first, floor);
}
const LIST_WORDS = new Set(['and', 'or', ',']);

// "to demand", "to help defend": the trigger opens an infinitive of purpose.
export function purposeClause(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.lemma === 'help' ? tokens[at - 2] : tokens[at - 1];
  return before?.lower === 'to' && before.pos === 'PART';
}

// "A and B", "A, B", "A, B, and the C": the words between two conjoined actors.
export function conjoined(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.pos !== 'DET');
  const between = words.map((t) => t.lower).join(' ');
  return ['and', 'or', ',', ', and', ', or'].includes(between) || coordinatedTitle(tokens, words, to);
}

/**
 * Whether actor `m` is conjoined with the actor `next` after it: "Kuchma and Yeltsin", and "Presidents Leonid
 * Kuchma of Ukraine and Boris Yeltsin of Russia", where a person's "of" country stays with him.
 */
export function conjoinedWith(
  tokens: readonly Token[],
  m: ActorMention,
  next: ActorMention,
  mentions: readonly ActorMention[],
): boolean {
  const of = tokens[m.tokenEnd]?.lower === 'of' ? mentions.find((q) => q.tokenStart === m.tokenEnd + 1) : undefined;
  return conjoined(tokens, of && of.tokenEnd < next.tokenStart ? of.tokenEnd : m.tokenEnd, next.tokenStart);
}

const CAPITALIZED = /^\p{Lu}/u;

// "The Secretary and Director and Foreign Minister Wang": a title joined to the next person's own title
// ("Director and Foreign Minister") is that person's second office, so the two persons are still conjoined.
// The words between are capitalised title words, and the actor after them opens on a title before a name.
function coordinatedTitle(tokens: readonly Token[], words: readonly Token[], to: number): boolean {
  if (words.length < 3 || words.length > 6 || words[0]!.lower !== 'and' || words[words.length - 1]!.lower !== 'and')
    return false;
  const title = words.slice(1, -1);
  const next = tokens.slice(to, to + 2);
  return (
    title.every((t) => CAPITALIZED.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN')) &&
    next.length === 2 &&
    next.every((t) => CAPITALIZED.test(t.text) && t.pos === 'PROPN')
  );
}

/**
 * "The US, Russia, and Switzerland met": commas cut the conjoined subject into segments, so a subject
 * that opens its segment ("and Switzerland") takes in the segments before it that hold one actor each.
 */
export function withConjoinedSegments(
  tokens: readonly Token[],
  segments: readonly Segment[],
  k: number,
  sources: ActorMention[],
  mentions: readonly ActorMention[],
): ActorMention[] {
  const first = sources[0];
  const segment = segments[k];
  if (!first || !segment) return sources;
  const lead = tokens.slice(segment.start, first.tokenStart).filter((t) => !LINKS.has(t.lower) && t.pos !== 'DET');
  if (lead.length > 0) return sources;
  const out = [...sources];
  for (let j = k - 1; j >= 0; j--) {
    const previous = segments[j]!;
    const inside = mentions.filter((m) => m.tokenStart >= previous.start && m.tokenEnd <= previous.end);
    const only = inside.length === 1 ? inside[0]! : undefined;
    const from = only ? afterDateline(tokens, previous.start, only.tokenStart) : previous.start;
    const rest = only
      ? tokens
          .slice(from, previous.end)
          .filter(
            (t, i) =>
              (i + from < only.tokenStart || i + from >= only.tokenEnd) && t.pos !== 'DET' && !LINKS.has(t.lower),
          )
      : [];
    if (!only || rest.length > 0) break;
    out.unshift(only);
  }
  // Two actors split by a comma are as often an apposition ("Japan, the host") as a list: only three or
  // more make a list.
  return out.length >= 3 ? out : sources;
}

const LINKS = new Set(['and', 'or']);
const DASHES = new Set(['-', '–', '—', '_', '--']);

// "Dec. 7 - Japan's Maehara, …": a date line closed by a dash before the first item is not part of the list.
function afterDateline(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (DASHES.has(t.text)) return i > start ? i + 1 : start;
    if (t.pos !== 'NUM' && t.pos !== 'PROPN' && t.text !== ',' && t.text !== '.') return start;
  }
  return start;
}
/**
 * Where the trigger's predicate ends: "released the prisoners and returned them to Egypt" — a coordinated
 * verb starts a predicate of its own, whose objects are not the trigger's.
 */
export function coordinatedPredicate(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end - 1; i++) {
    if (!['and', 'but', 'or'].includes(tokens[i]!.lower)) continue;
    let j = i + 1;
    while (j < end && tokens[j]!.pos === 'ADV') j++;
    if (tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX') return i;
  }
  return end;
}

/**
 * The first actor of the list `m` ends: "with President Havel and Lech Walesa" gives Havel for Walesa, so that
 * the second of two conjuncts is governed by the preposition the first is.
 */
export function listHead(tokens: readonly Token[], m: ActorMention, mentions: readonly ActorMention[]): ActorMention {
  let head = m;
  for (let k = mentions.indexOf(m) - 1; k >= 0; k--) {
    const previous = mentions[k]!;
    const between = tokens
      .slice(previous.tokenEnd, head.tokenStart)
      .filter((t) => t.pos !== 'DET')
      .map((t) => t.lower)
      .join(' ');
    if (between !== ',' && !LIST_LINKS.has(between)) break;
    head = previous;
  }
  return head;
}

// People who act for the parties named after them: "the leaders of the United States, Japan, and South Korea".
const REPRESENTATIVES = new Set([
  'leader',
  'head',
  'minister',
  'president',
  'representative',
  'delegation',
  'government',
  'envoy',
  'official',
  'negotiator',
]);
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

/**
 * The parties of "the leaders of A, B, and C" when that phrase is the subject of the verb at `verb`: each of
 * them acts ("the leaders of the United States, Japan, and South Korea will hold a summit"). Empty otherwise.
 */
export function representedParties(
  tokens: readonly Token[],
  verb: number,
  mentions: readonly ActorMention[],
): ActorMention[] {
  let end = verb;
  while (end > 0 && BEFORE_VERB.has(tokens[end - 1]!.pos)) end--;
  const last = mentions.find((m) => m.tokenEnd === end);
  if (!last) return [];
  const head = listHead(tokens, last, mentions);
  if (head === last) return [];
  let i = head.tokenStart - 1;
  if (tokens[i]?.pos === 'DET') i--;
  const noun = tokens[i - 1];
  if (tokens[i]?.lower !== 'of' || !noun?.lower.endsWith('s') || !REPRESENTATIVES.has(noun.lemma)) return [];
  return mentions.slice(mentions.indexOf(head), mentions.indexOf(last) + 1);
}

// Where a verb (or a gerund the tagger reads as a noun) joined by "and"/"but" opens a predicate.
function opensPredicate(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'and' && tokens[i]!.lower !== 'but') return false;
  // "but also criticized", "and then met": adverbs may stand before the verb.
  let j = i + 1;
  while (tokens[j]?.pos === 'ADV' && j < i + 3) j++;
  const next = tokens[j];
  return next !== undefined && (next.pos === 'VERB' || (next.pos === 'NOUN' && next.lower.endsWith('ing')));
}

/**
 * The tokens of the predicate at `at` within its segment: from the conjunction that opens it (if any) to the one
 * that opens the next ("toured Dar es Salaam Thursday | and met Kenyan police Friday").
 */
export function conjunctBounds(tokens: readonly Token[], at: number, segment: Segment): [number, number] {
  let from = segment.start;
  for (let i = at - 1; i > segment.start; i--) {
    if (opensPredicate(tokens, i)) {
      from = i;
      break;
    }
  }
  let to = segment.end;
  for (let i = at + 1; i < segment.end - 1; i++) {
    if (opensPredicate(tokens, i)) {
      to = i;
      break;
    }
  }
  return [from, to];
}
