import type { Actor, ActorMention, Doc, MentionVia } from '../model.js';

/**
 * The mention of `actor` over tokens `[start, end)` of `doc`, with its text and character offsets.
 *
 * ```ts
 * mentionOver(doc, 0, 2, korea, 'kb'); // { kind: 'ActorMention', text: 'South Korea', tokenStart: 0, tokenEnd: 2, ... }
 * ```
 */
export function mentionOver(
  doc: Doc,
  start: number,
  end: number,
  actor: Actor,
  via: MentionVia,
  group?: readonly Actor[],
): ActorMention {
  const first = doc.tokens[start]!;
  const last = doc.tokens[end - 1]!;
  return {
    kind: 'ActorMention',
    text: doc.article.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    sentence: first.sentence,
    tokenStart: start,
    tokenEnd: end,
    actor,
    via,
    ...(group ? { group } : {}),
  };
}
