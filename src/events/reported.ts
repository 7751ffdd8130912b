import type { ActorMention, Token } from '../model.js';

// Verbs that report what someone else did or what happened. "announce", "declare" and "claim" are left out: a
// party announces and claims its own acts ("announced the deployment of troops", "claimed the attack").
const REPORTING = new Set(['say', 'tell', 'report', 'allege', 'state', 'add', 'note', 'confirm', 'insist']);

/**
 * Whether the actor before a verb of reporting is kept out of an act reported after it: "Israel said a
 * mortar bomb was fired at it" does not make Israel the one who fired. The speaker stays the subject when
 * the reported clause opens with a pronoun for it ("Russia said it would attack", "said its forces").
 *
 * ```ts
 * // "Israel said a mortar bomb was fired at it": sources [Israel], trigger at "mortar"
 * reportedAway(tokens, sources, triggerStart); // true
 * ```
 */
export function reportedAway(
  tokens: readonly Token[],
  sources: readonly ActorMention[],
  triggerStart: number,
): boolean {
  const last = sources[sources.length - 1];
  if (!last) return false;
  for (let i = triggerStart - 1; i >= last.tokenEnd; i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) {
      return !tokens.slice(i + 1, triggerStart).some((u) => u.pos === 'PRON');
    }
  }
  return false;
}
