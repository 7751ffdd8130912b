import type { ActorMention, Span } from '../model.js';

/** One actor a careful reader codes in a sentence: the mention's text, its country and its role. */
export interface GoldActor {
  readonly text: string;
  /** ISO alpha-3, `IGO`/`NGO` for a body, or several countries joined by `+` in sorted order for a group. */
  readonly country: string;
  /** The rest of the CAMEO code: `GOV`, `MIL`, `UNO` for `IGOUNO`; empty for a country alone. */
  readonly role: string;
}

/** A labelled mention with its offsets, the form both gold and system mentions are scored in. */
export interface ScoredActor extends GoldActor, Span {}

/** Precision, recall and F1 with the counts behind them. */
export interface ActorPrf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly matched: number;
  readonly gold: number;
  readonly system: number;
}

/** Scores of (mention, country, role) and, for diagnosis, of mentions alone whatever their labels. */
export interface ActorScore {
  readonly sentences: number;
  readonly labelled: ActorPrf;
  readonly mentions: ActorPrf;
}

/** What one sentence got wrong: gold actors nobody found, and system actors no gold actor matched. */
export interface ActorErrors {
  readonly id: string;
  readonly sentence: string;
  readonly missed: readonly ScoredActor[];
  readonly spurious: readonly ScoredActor[];
}

/** One sentence's gold and system actors, offsets in the same text. */
export interface ScoredSentence {
  readonly id: string;
  readonly sentence: string;
  readonly gold: readonly ScoredActor[];
  readonly system: readonly ScoredActor[];
}

// Pronouns are resolved by coreference, but the gold codes noun phrases only: they are left out of scoring.
const PRONOUNS = new Set(
  'i me my we us our you your he him his she her it its they them their this that these those'.split(' '),
);

/** The label a system mention is scored with: country (or the sorted group) and the rest of the code. */
export function labelOf(m: ActorMention): ScoredActor {
  const members = m.group && m.group.length > 1 ? m.group : [m.actor];
  const countries = [...new Set(members.map((a) => a.country))].sort();
  const roles = new Set(members.map((a) => a.code.slice(a.country.length)));
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    country: countries.join('+'),
    role: roles.size === 1 ? [...roles][0]! : '',
  };
}

/** Whether a system mention is left out of scoring (a bare pronoun). */
export function isPronoun(m: ActorMention): boolean {
  return m.tokenEnd - m.tokenStart === 1 && PRONOUNS.has(m.text.toLowerCase());
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const sameLabel = (a: GoldActor, b: GoldActor): boolean => a.country === b.country && a.role === b.role;

function prf(matched: number, gold: number, system: number): ActorPrf {
  const precision = system ? matched / system : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, matched, gold, system };
}

// Each gold and each system mention in at most one pair; a pair needs overlapping text (and, when
// `labelled`, the same country and role). Boundaries are lenient: "Japanese Foreign Minister Gemba" and
// "Foreign Minister Gemba" are the same mention.
function pair(gold: readonly ScoredActor[], system: readonly ScoredActor[], labelled: boolean): Set<number>[] {
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  gold.forEach((g, gi) => {
    const si = system.findIndex((s, k) => !usedSystem.has(k) && overlaps(g, s) && (!labelled || sameLabel(g, s)));
    if (si < 0) return;
    usedGold.add(gi);
    usedSystem.add(si);
  });
  return [usedGold, usedSystem];
}

/**
 * Micro-averaged precision, recall and F1 of (mention, country, role) over sentences, plus the errors of
 * each sentence that has some.
 *
 * ```ts
 * const { score } = scoreActors([{ id: '2.1', sentence, gold, system }]);
 * score.labelled.f1; // 0.9
 * ```
 */
export function scoreActors(sentences: readonly ScoredSentence[]): { score: ActorScore; errors: ActorErrors[] } {
  let matched = 0;
  let found = 0;
  let gold = 0;
  let system = 0;
  const errors: ActorErrors[] = [];
  for (const s of sentences) {
    const [g, sys] = pair(s.gold, s.system, true);
    found += pair(s.gold, s.system, false)[0]!.size;
    matched += g!.size;
    gold += s.gold.length;
    system += s.system.length;
    const missed = s.gold.filter((_, k) => !g!.has(k));
    const spurious = s.system.filter((_, k) => !sys!.has(k));
    if (missed.length || spurious.length) errors.push({ id: s.id, sentence: s.sentence, missed, spurious });
  }
  return {
    score: { sentences: sentences.length, labelled: prf(matched, gold, system), mentions: prf(found, gold, system) },
    errors,
  };
}
