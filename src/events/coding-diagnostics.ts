import type { Modality } from '../model.js';

/**
 * What became of one candidate trigger match. `coded` produced at least one event; every other value
 * names the reason it produced none (or, for `recoded`, why its code changed).
 */
export type CandidateOutcome =
  | 'coded'
  | 'overlapped'
  | 'no-source'
  | 'no-target'
  | 'same-actor'
  | 'speech-carrier'
  | 'sports-or-business'
  | 'duplicate'
  | 'background';

/** One candidate trigger of a sentence, with the roles found for it and what the coder decided. */
export interface CandidateDiagnostic {
  readonly kind: 'CandidateDiagnostic';
  readonly sentence: number;
  readonly rule: string;
  /** The pattern's code, before modality recoding. */
  readonly code: string;
  /** The code the events carry, when it differs from the pattern's ("will visit" → 036). */
  readonly codedAs?: string;
  readonly trigger: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly outcome: CandidateOutcome;
  /** Why, in words a user reads in `dyad explain`. */
  readonly reason: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly targetVia?: string;
  readonly modality?: Modality;
  readonly events: number;
}

/**
 * Receives the coder's decisions, one per candidate trigger. Pass one to `codeEvents` to see why each
 * event was or was not coded; without one the coder builds no diagnostics at all.
 *
 * ```ts
 * const seen: CandidateDiagnostic[] = [];
 * codeEvents(doc, timexes, mentions, places, { add: (d) => seen.push(d) });
 * ```
 */
export interface DiagnosticCollector {
  add(diagnostic: CandidateDiagnostic): void;
}

/** A collector that keeps every diagnostic in an array, in the order the coder made its decisions. */
export function collectDiagnostics(): DiagnosticCollector & { readonly diagnostics: CandidateDiagnostic[] } {
  const diagnostics: CandidateDiagnostic[] = [];
  return { diagnostics, add: (d) => diagnostics.push(d) };
}
