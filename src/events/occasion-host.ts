import type { ActorMention, Doc } from '../model.js';
import { isOblique } from './noun-phrases.js';

// The gatherings an actor holds, and which actor a later "the event" points back to. `roles.ts` reads the
// gathering words to take the host as a target; `code-events.ts` carries the host from sentence to sentence.

/** Gatherings an actor can hold and later be referred to by ("the event", "the reception"). */
export const OCCASIONS = new Set([
  'event',
  'reception',
  'ceremony',
  'summit',
  'meeting',
  'conference',
  'forum',
  'banquet',
  'dinner',
  'celebration',
  'commemoration',
  'festival',
  'exhibition',
  'parade',
]);

const HOST_VERBS = new Set(['hold', 'host', 'organize', 'organise', 'throw', 'stage', 'convene']);

/**
 * The actor that holds a gathering between tokens `from` and `to` ("the Japanese Embassy in Seoul held an
 * event"): the subject no preposition governs before a verb of hosting followed by a gathering word. Later
 * "the event" points back to it. None when the span holds no such clause.
 *
 * ```ts
 * hostIn(doc, sentence.tokenStart, sentence.tokenEnd, mentions); // the embassy's mention
 * ```
 */
export function hostIn(
  doc: Doc,
  from: number,
  to: number,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  const tokens = doc.tokens;
  for (let i = from; i < to; i++) {
    if (!HOST_VERBS.has(tokens[i]!.lemma)) continue;
    const occasion = tokens.slice(i + 1, Math.min(i + 5, to)).some((t) => OCCASIONS.has(t.lemma));
    if (!occasion) continue;
    const subject = mentions.filter((m) => m.tokenEnd <= i && !isOblique(tokens, m, from)).pop();
    if (subject) return subject;
  }
  return undefined;
}
