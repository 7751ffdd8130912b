import type { Actor, Doc } from '../model.js';
import type { CandidateDiagnostic, DiagnosticCollector } from './coding-diagnostics.js';
import type { Draft } from './event-draft.js';

// What `codeEvents` tells a diagnostic collector about each candidate trigger: the draft's outcome, or the
// match that overlapped it. Apart from the coder so that the record kept for `explain` can grow alone.

/**
 * The diagnostic of one drafted trigger: its rule, outcome and reason, the actors found, and how many
 * events it produced.
 *
 * ```ts
 * collector?.add(diagnosticOf(doc, sentence.index, draft, produced));
 * ```
 */
export function diagnosticOf(doc: Doc, sentence: number, draft: Draft, events: number): CandidateDiagnostic {
  const { match } = draft;
  const name = (a: Actor | null) => (a ? `${a.name} (${a.code})` : '—');
  return {
    kind: 'CandidateDiagnostic',
    sentence,
    rule: match.pattern.id,
    code: match.pattern.code,
    ...(draft.code === match.pattern.code ? {} : { codedAs: draft.code }),
    trigger: triggerText(doc, match.tokenStart, match.tokenEnd),
    tokenStart: match.tokenStart,
    tokenEnd: match.tokenEnd,
    outcome: draft.outcome,
    reason: draft.reason,
    sources: draft.roles.sources.flatMap((m) => m.group ?? [m.actor]).map(name),
    targets: draft.roles.targets.flatMap((m) => m.group ?? [m.actor]).map(name),
    targetVia: draft.roles.targetVia,
    modality: draft.modality,
    events,
  };
}

function triggerText(doc: Doc, from: number, to: number): string {
  return doc.article.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end);
}

/**
 * Adds to `collector` one `overlapped` diagnostic for every match in `all` that `kept` left out, naming
 * the match that won.
 *
 * ```ts
 * reportOverlaps(doc, sentence.index, all, removeOverlaps(all), collector);
 * ```
 */
export function reportOverlaps(
  doc: Doc,
  sentence: number,
  all: readonly { pattern: { id: string; code: string }; tokenStart: number; tokenEnd: number }[],
  kept: readonly { pattern: { id: string }; tokenStart: number; tokenEnd: number }[],
  collector: DiagnosticCollector,
): void {
  for (const m of all) {
    if (kept.includes(m as (typeof kept)[number])) continue;
    const winner = kept.find((k) => m.tokenStart < k.tokenEnd && k.tokenStart < m.tokenEnd);
    collector.add({
      kind: 'CandidateDiagnostic',
      sentence,
      rule: m.pattern.id,
      code: m.pattern.code,
      trigger: triggerText(doc, m.tokenStart, m.tokenEnd),
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      outcome: 'overlapped',
      reason: winner
        ? `overlaps ${winner.pattern.id}, which starts earlier or is more specific`
        : 'overlaps another match',
      sources: [],
      targets: [],
      events: 0,
    });
  }
}
