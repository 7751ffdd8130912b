import type { Span } from '../model.js';

/** What the scorer reads of a time expression: gold (`GoldTimex`) and ours (`Timex`) both fit. */
export interface ScoredTimex extends Span {
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly mod?: string;
}

/** One document's gold and system time expressions, offsets in the same text. */
export interface ScoredDocument {
  readonly id: string;
  readonly gold: readonly ScoredTimex[];
  readonly system: readonly ScoredTimex[];
}

/**
 * TempEval-3 task A figures over a set of documents, micro-averaged (counts are summed over documents
 * before dividing). Ratios are 0–1; a ratio with nothing to divide by is 0.
 */
export interface TimexScores {
  readonly documents: number;
  readonly gold: number;
  readonly system: number;
  /** Pairs with the same start and end. */
  readonly strictMatches: number;
  /** Pairs that overlap (strict ones included), each gold and each system timex in at most one pair. */
  readonly relaxedMatches: number;
  /** Relaxed pairs with the same type / the same value. */
  readonly typeCorrect: number;
  readonly valueCorrect: number;
  readonly strictP: number;
  readonly strictR: number;
  readonly strictF1: number;
  readonly relaxedP: number;
  readonly relaxedR: number;
  readonly relaxedF1: number;
  /** Over relaxed pairs: typeCorrect / relaxedMatches. */
  readonly typeAccuracy: number;
  /** Over relaxed pairs: valueCorrect / relaxedMatches. */
  readonly valueAccuracy: number;
  /** F1 of valueCorrect / system and valueCorrect / gold. */
  readonly valueF1: number;
}

/** A gold timex no system timex overlaps (after one-to-one matching). */
export interface MissedTimex {
  readonly kind: 'missed';
  readonly gold: ScoredTimex;
}
/** A system timex that overlaps no (unmatched) gold timex. */
export interface SpuriousTimex {
  readonly kind: 'spurious';
  readonly system: ScoredTimex;
}
/** A relaxed pair whose spans differ. */
export interface WrongSpan {
  readonly kind: 'wrong-span';
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
}
/** A relaxed pair whose types differ. */
export interface WrongType {
  readonly kind: 'wrong-type';
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
}
/** A relaxed pair whose values differ. */
export interface WrongValue {
  readonly kind: 'wrong-value';
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
}
export type TimexError = MissedTimex | SpuriousTimex | WrongSpan | WrongType | WrongValue;
export type TimexErrorKind = TimexError['kind'];

/** The errors of one document, in text order. */
export interface DocumentErrors {
  readonly document: string;
  readonly errors: readonly TimexError[];
}

export interface TimexPair {
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
  readonly strict: boolean;
}

/** The one-to-one alignment of one document's gold and system timexes. */
export interface TimexAlignment {
  readonly pairs: readonly TimexPair[];
  readonly missed: readonly ScoredTimex[];
  readonly spurious: readonly ScoredTimex[];
}

export interface TimexEvaluation {
  readonly result: TimexScores;
  readonly errors: readonly DocumentErrors[];
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Aligns gold and system timexes one to one: every overlapping pair is a candidate, and candidates are
 * taken greedily — exact spans first, then by characters shared, then by the smaller length difference,
 * then in text order — skipping any whose gold or system timex is already taken.
 *
 * ```ts
 * alignTimexes(gold, system).pairs.filter((p) => p.strict).length; // strict matches
 * ```
 */
export function alignTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexAlignment {
  const candidates: { g: number; s: number; exact: boolean; shared: number; gap: number }[] = [];
  gold.forEach((g, gi) => {
    system.forEach((s, si) => {
      const shared = overlap(g, s);
      // Zero-width spans never overlap anything; a positive overlap is the relaxed criterion.
      if (shared > 0) {
        const gap = Math.abs(g.end - g.start - (s.end - s.start));
        candidates.push({ g: gi, s: si, exact: sameSpan(g, s), shared, gap });
      }
    });
  });
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.shared - a.shared ||
      a.gap - b.gap ||
      gold[a.g]!.start - gold[b.g]!.start ||
      system[a.s]!.start - system[b.s]!.start,
  );
  const goldTaken = new Set<number>();
  const systemTaken = new Set<number>();
  const pairs: TimexPair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.g) || systemTaken.has(c.s)) continue;
    goldTaken.add(c.g);
    systemTaken.add(c.s);
    pairs.push({ gold: gold[c.g]!, system: system[c.s]!, strict: c.exact });
  }
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return {
    pairs,
    missed: gold.filter((_, i) => !goldTaken.has(i)),
    spurious: system.filter((_, i) => !systemTaken.has(i)),
  };
}

function errorsOf(alignment: TimexAlignment): TimexError[] {
  const errors: { at: number; error: TimexError }[] = [];
  for (const gold of alignment.missed) errors.push({ at: gold.start, error: { kind: 'missed', gold } });
  for (const system of alignment.spurious) errors.push({ at: system.start, error: { kind: 'spurious', system } });
  for (const { gold, system, strict } of alignment.pairs) {
    if (!strict) errors.push({ at: gold.start, error: { kind: 'wrong-span', gold, system } });
    if (gold.type !== system.type) errors.push({ at: gold.start, error: { kind: 'wrong-type', gold, system } });
    if (!sameValue(gold.value, system.value))
      errors.push({ at: gold.start, error: { kind: 'wrong-value', gold, system } });
  }
  return errors.sort((a, b) => a.at - b.at).map((e) => e.error);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Scores system time expressions against gold ones with the TempEval-3 task A measures: strict span
 * match (same start and end) and relaxed span match (overlap) precision, recall and F1; type and value
 * accuracy over relaxed pairs; and value F1, where a system timex is correct when it relaxed-matches a gold
 * one with the same value (P = correct / system, R = correct / gold). Each gold timex is matched at most
 * once (`alignTimexes`). Also lists every document's errors: missed gold, spurious system, and relaxed
 * pairs with the wrong span, type or value.
 *
 * ```ts
 * const { result, errors } = scoreTimexes([{ id: 'a', gold, system }]);
 * result.valueF1; // 0.8
 * ```
 */
export function scoreTimexes(documents: readonly ScoredDocument[]): TimexEvaluation {
  let gold = 0;
  let system = 0;
  let strictMatches = 0;
  let relaxedMatches = 0;
  let typeCorrect = 0;
  let valueCorrect = 0;
  const errors: DocumentErrors[] = [];
  for (const doc of documents) {
    const alignment = alignTimexes(doc.gold, doc.system);
    gold += doc.gold.length;
    system += doc.system.length;
    relaxedMatches += alignment.pairs.length;
    for (const pair of alignment.pairs) {
      if (pair.strict) strictMatches++;
      if (pair.gold.type === pair.system.type) typeCorrect++;
      if (sameValue(pair.gold.value, pair.system.value)) valueCorrect++;
    }
    errors.push({ document: doc.id, errors: errorsOf(alignment) });
  }
  const strictP = ratio(strictMatches, system);
  const strictR = ratio(strictMatches, gold);
  const relaxedP = ratio(relaxedMatches, system);
  const relaxedR = ratio(relaxedMatches, gold);
  const result: TimexScores = {
    documents: documents.length,
    gold,
    system,
    strictMatches,
    relaxedMatches,
    typeCorrect,
    valueCorrect,
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1: f1(relaxedP, relaxedR),
    typeAccuracy: ratio(typeCorrect, relaxedMatches),
    valueAccuracy: ratio(valueCorrect, relaxedMatches),
    valueF1: f1(ratio(valueCorrect, system), ratio(valueCorrect, gold)),
  };
  return { result, errors };
}

/**
 * Whether two TimeML values denote the same time. Values are compared as written, except that an ISO
 * week number may be written with or without its leading zero (the gold has both `2000-W7` and
 * `2000-W07`).
 */
export function sameValue(a: string, b: string): boolean {
  const canonical = (v: string) => v.replace(/-W0(\d)\b/, '-W$1');
  return canonical(a) === canonical(b);
}
