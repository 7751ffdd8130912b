import type { Actor, ActorMention, Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import type { TriggerMatch } from './trigger-matcher.js';

const CONDITIONS = new Set(['if', 'unless']);

/** Whether "if" or "unless" stands between `from` and `to`: coercion held out on a condition is a threat. */
export function conditional(tokens: readonly Token[], from: number, to: number | undefined): boolean {
  for (let i = from; i < (to ?? from); i++) if (CONDITIONS.has(tokens[i]!.lower)) return true;
  return false;
}

// The condition of an ultimatum is on a party ("unless President X arranges", "unless they withdraw"), not
// on how things go ("unless the fighting resumes").
export function ultimatum(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.lower !== 'unless') continue;
    return tokens.slice(i + 1, Math.min(to, i + 4)).some((t) => t.pos === 'PROPN' || t.pos === 'PRON');
  }
  return false;
}

/** The party a condition after the trigger names: "threatened to stop talks if the United States goes ahead". */
export function conditionParty(
  tokens: readonly Token[],
  match: TriggerMatch,
  segment: Segment,
  mentions: readonly ActorMention[],
): Actor[] {
  const end = mentions.length ? Math.max(...mentions.map((m) => m.tokenEnd)) : segment.end;
  for (let i = match.tokenEnd; i < end; i++) {
    if (!CONDITIONS.has(tokens[i]!.lower)) continue;
    const subject = mentions.find((m) => m.tokenStart > i && m.tokenStart - i <= 3);
    return subject ? [...(subject.group ?? [subject.actor])] : [];
  }
  return [];
}
