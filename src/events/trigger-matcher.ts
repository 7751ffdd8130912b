import type { Token } from '../model.js';
import type { TriggerPattern } from './pattern-book.js';

/** A pattern that matched tokens `[tokenStart, tokenEnd)` of one sentence. */
export interface TriggerMatch {
  readonly pattern: TriggerPattern;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

// A gap never spans a clause edge: a pattern's words belong to one clause.
const GAP_STOP = new Set(['.', ';', ':', ',', '!', '?', '"', '“', '”', '(', ')']);

/** Finds every pattern occurrence in a sentence, indexed by each pattern's first word. */
export class TriggerMatcher {
  private readonly byHead = new Map<string, TriggerPattern[]>();
  // Each pattern's most selective word after its head: a sentence without any of its words cannot match, and
  // most patterns tried at a head word are ruled out by this one check.
  private readonly anchor = new Map<TriggerPattern, ReadonlySet<string>>();

  constructor(patterns: readonly TriggerPattern[]) {
    for (const p of patterns) {
      const head = p.elements[0];
      if (!head || !('words' in head)) continue;
      const rest = p.elements.slice(1).filter((e): e is { readonly words: ReadonlySet<string> } => 'words' in e);
      const anchor = rest.sort((a, b) => a.words.size - b.words.size)[0];
      if (anchor) this.anchor.set(p, anchor.words);
      for (const word of head.words) {
        const list = this.byHead.get(word) ?? [];
        list.push(p);
        this.byHead.set(word, list);
      }
    }
  }

  match(tokens: readonly Token[], from: number, to: number): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    let words: Set<string> | undefined;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      // Most tokens head no pattern: two map lookups, and no allocation unless one does.
      const byLemma = this.byHead.get(t.lemma);
      const byForm = t.lower === t.lemma ? undefined : this.byHead.get(t.lower);
      const patterns = byLemma && byForm ? this.union(t.lemma, t.lower, byLemma, byForm) : (byLemma ?? byForm);
      if (!patterns) continue;
      words ??= sentenceWords(tokens, from, to);
      this.tryAll(patterns, tokens, i, to, out, words);
    }
    return out;
  }

  // A token whose lemma and form both head patterns ("staged": stage, staged) tries each pattern once; the
  // union is built on first use.
  private readonly unions = new Map<string, readonly TriggerPattern[]>();

  private union(
    lemma: string,
    form: string,
    byLemma: readonly TriggerPattern[],
    byForm: readonly TriggerPattern[],
  ): readonly TriggerPattern[] {
    const key = `${lemma}\u0000${form}`;
    let both = this.unions.get(key);
    if (!both) {
      both = [...new Set([...byLemma, ...byForm])];
      this.unions.set(key, both);
    }
    return both;
  }

  private tryAll(
    patterns: readonly TriggerPattern[],
    tokens: readonly Token[],
    i: number,
    to: number,
    out: TriggerMatch[],
    words: ReadonlySet<string>,
  ): void {
    for (const pattern of patterns) {
      const anchor = this.anchor.get(pattern);
      if (anchor && !intersects(anchor, words)) continue;
      const end = matchFrom(pattern, 0, tokens, i, to);
      if (end !== null) out.push({ pattern, tokenStart: i, tokenEnd: end });
    }
  }
}

function sentenceWords(tokens: readonly Token[], from: number, to: number): Set<string> {
  const words = new Set<string>();
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    words.add(t.lemma);
    if (t.lower !== t.lemma) words.add(t.lower);
  }
  return words;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) return intersects(b, a);
  for (const w of a) if (b.has(w)) return true;
  return false;
}

// Most tokens are their own lemma: one set lookup then.
function wordFits(words: ReadonlySet<string>, t: Token): boolean {
  return words.has(t.lemma) || (t.lower !== t.lemma && words.has(t.lower));
}

// Matches elements[k..] from token i; returns the end token index or null. Gaps are lazy.
function matchFrom(pattern: TriggerPattern, k: number, tokens: readonly Token[], i: number, to: number): number | null {
  if (k === pattern.elements.length) return i;
  const element = pattern.elements[k]!;
  if ('gap' in element) {
    // Numbers, currency signs and hyphens do not use up a gap: "provide about 70 million dollars of aid" is
    // as close as "provide more aid", "lifted a day-old blockade" as "lifted a blockade".
    for (let j = i, used = 0; j <= to; j++) {
      if (j > i) {
        const skipped = tokens[j - 1]!;
        if (GAP_STOP.has(skipped.text)) {
          // "forced the UN refugee agency, UNHCR, out of the country": a name in apposition is part of the gap's
          // noun phrase, not the end of the clause.
          const close = appositionEnd(tokens, j - 1, to);
          if (close === undefined) break;
          j = close + 1;
        } else if (skipped.pos !== 'NUM' && skipped.pos !== 'SYM' && skipped.text !== '-' && ++used > element.gap)
          break;
      }
      const end = matchFrom(pattern, k + 1, tokens, j, to);
      if (end !== null) return end;
    }
    return null;
  }
  if (i >= to || !wordFits(element.words, tokens[i]!)) return null;
  return matchFrom(pattern, k + 1, tokens, i + 1, to);
}

const CLOSING: Readonly<Record<string, string>> = { ',': ',', '(': ')' };
// Longest name in apposition a gap passes over: "UNHCR", "the UNHCR" is no name alone.
const MAX_APPOSITION = 4;

// The index of the mark closing a short name set off after `open` (", UNHCR," or "(UNHCR)"), if there is one.
function appositionEnd(tokens: readonly Token[], open: number, to: number): number | undefined {
  const closing = CLOSING[tokens[open]!.text];
  if (closing === undefined) return undefined;
  for (let k = open + 1; k < Math.min(to, open + MAX_APPOSITION + 2); k++) {
    const t = tokens[k]!;
    if (t.text === closing) return k > open + 1 ? k : undefined;
    if (t.pos !== 'PROPN') return undefined;
  }
  return undefined;
}

/**
 * Of overlapping matches keep the one that starts first (the governing verb decides: "agreed to release"
 * is an agreement, not a release), then the most specific (more words), then the longest.
 */
export function removeOverlaps(matches: readonly TriggerMatch[]): TriggerMatch[] {
  const ranked = [...matches].sort(
    (a, b) =>
      a.tokenStart - b.tokenStart ||
      b.pattern.specificity - a.pattern.specificity ||
      b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) ||
      b.pattern.code.length - a.pattern.code.length,
  );
  const kept: TriggerMatch[] = [];
  for (const m of ranked) {
    if (!kept.some((k) => m.tokenStart < k.tokenEnd && k.tokenStart < m.tokenEnd)) kept.push(m);
  }
  return kept.sort((a, b) => a.tokenStart - b.tokenStart);
}
