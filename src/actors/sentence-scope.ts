import type { Actor, ActorMention, Doc, MentionVia, Token } from '../model.js';
import type { DocMemory } from './actor-context.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { LearnedKnowledge } from './learned-knowledge.js';
import type { LexicalMatch } from './lexicon.js';

/** Everything one sentence's composition needs. */
export interface SentenceScope {
  readonly doc: Doc;
  readonly kb: KnowledgeBase;
  /** People learned from earlier articles (`LearnedKnowledge.empty` when none). */
  readonly learned: LearnedKnowledge;
  readonly matches: readonly LexicalMatch[];
  /** Words that name no actor alone, for stages that look for them (`splitMarks`). */
  readonly marks: readonly LexicalMatch[];
  readonly memory: DocMemory;
  readonly from: number;
  readonly to: number;
  readonly used: Set<number>;
  make(start: number, end: number, actor: Actor, via: MentionVia): ActorMention;
}

/**
 * The agency a match names, with its country: a name several countries use ("Joint Chiefs of Staff")
 * goes to the modifier's country, else to the country the article named last, else to the first owner.
 */
export function agencyAt(
  scope: SentenceScope,
  m: LexicalMatch | undefined,
  preferred?: string,
): { country: string; role: string; end: number } | undefined {
  const owners = m?.entries.filter((e) => e.kind === 'agency') ?? [];
  if (!m || owners.length === 0) return undefined;
  const recent = [...scope.memory.countries].reverse();
  const korea = southOrNorthBefore(scope.doc.tokens, m.tokenStart);
  const direction = korea === undefined ? undefined : scope.doc.tokens[korea + 1]!.text === 'South' ? 'KOR' : 'PRK';
  const pick =
    owners.find((e) => e.ref === preferred) ??
    owners.find((e) => e.ref === direction) ??
    recent.map((c) => owners.find((e) => e.ref === c)).find(Boolean) ??
    owners[0]!;
  return { country: pick.ref, role: pick.role ?? 'GOV', end: m.tokenEnd };
}

/** "the South's Joint Chiefs of Staff": the start of "the South's" right before `i`, if any. */
export function southOrNorthBefore(tokens: readonly Token[], i: number): number | undefined {
  const [the, side, s] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
  return the?.lower === 'the' && (side?.text === 'South' || side?.text === 'North') && s?.text === "'s"
    ? i - 3
    : undefined;
}
