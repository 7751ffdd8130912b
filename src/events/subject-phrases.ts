import type { ActorMention, Token } from '../model.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Words of the subject's noun phrase that change what a trigger codes (used by event-draft.ts).

/** Whether peacekeepers are what moves: a word for them in the subject's noun phrase or in the trigger itself. */
export function peacekeepers(tokens: readonly Token[], match: TriggerMatch, sources: readonly ActorMention[]): boolean {
  const from = sources[0] ? Math.min(sources[0].tokenStart, match.tokenStart) : match.tokenStart;
  for (let i = from; i < match.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.lower.startsWith('peacekeep') || t.lower.startsWith('peace-keep')) return true;
    if (t.pos === 'VERB' && i < match.tokenStart) return false;
  }
  return false;
}

const BEFORE_DESCRIPTION = new Set(['DET', 'ADJ']);

/**
 * Whether the trigger is an "-ing" participle between a possessive or determiner and the actor it describes:
 * "Jordan's visiting King Abdullah", "the visiting Chinese premier".
 */
export function describesActor(
  tokens: readonly Token[],
  match: TriggerMatch,
  mentions: readonly ActorMention[],
): boolean {
  const head = tokens[match.tokenStart]!;
  if (match.tokenEnd !== match.tokenStart + 1 || head.pos !== 'VERB' || !head.lower.endsWith('ing')) return false;
  const before = tokens[match.tokenStart - 1];
  if (!before || (before.text !== "'s" && !BEFORE_DESCRIPTION.has(before.pos))) return false;
  return mentions.some((m) => m.tokenStart === match.tokenEnd);
}
