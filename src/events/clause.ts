import type { ActorMention, Sentence, Timex, Token } from '../model.js';

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

/** Splits a sentence into segments at punctuation, never inside a time expression ("June 22, 1965"). */
export function segmentsOf(tokens: readonly Token[], sentence: Sentence, timexes: readonly Timex[]): Segment[] {
  const out: Segment[] = [];
  let start = sentence.tokenStart;
  const insideTimex = (t: Token) => timexes.some((x) => t.start > x.start && t.end < x.end);
  const push = (end: number) => {
    if (end <= start) return;
    const first = tokens[start]!;
    out.push({
      start,
      end,
      parenthetical: RELATIVE.has(first.lower) || (APPOSITION.has(first.lower) && out.length > 0),
      fronted: out.length === 0 && SUBORDINATE.has(first.lower),
    });
  };
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
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

/** A mention is oblique when a preposition governs it ("in Canada", "of a G7 summit"): not a subject. */
export function isOblique(tokens: readonly Token[], mention: ActorMention, floor: number): boolean {
  let i = mention.tokenStart - 1;
  while (i >= floor && ['DET', 'ADJ', 'NUM'].includes(tokens[i]!.pos)) i--;
  return i >= floor && tokens[i]!.pos === 'ADP';
}
