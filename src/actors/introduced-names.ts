import type { ActorMention } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { nameAfter, remember } from './actor-context.js';
import type { SentenceScope } from './sentence-scope.js';

// A journalist's line: "Marcus Harton narrates this report from the VOA Moscow Bureau."
const REPORTING = new Set(['report', 'narrate', 'write', 'contribute', 'file']);

/**
 * A new name at the start of a sentence that the article has already introduced by office or trade:
 * - an official first named only by title ("Japan's Vice Foreign Minister visits China ...") and named in
 *   one of the next two sentences ("Akitaka Saiki's trip comes as ..."): that official;
 * - a reporter in a byline-like line ("Marcus Harton narrates this report from the VOA Moscow Bureau"):
 *   a journalist of the news outlet named in the sentence.
 * The name is two words or more, nobody known, and followed by a possessive or a verb. Returns null otherwise.
 */
export function introducedName(scope: SentenceScope, found: readonly ActorMention[]): ActorMention | null {
  const { doc, memory, from, to, used, make } = scope;
  const tokens = doc.tokens;
  const start = tokens[from]?.text === '"' || tokens[from]?.text === '“' ? from + 1 : from;
  if (used.has(start)) return null;
  const name = nameAfter(tokens, start, to);
  if (!name || name.end - start < 2 || name.text.split(' ').length < 2) return null;
  if (Array.from({ length: name.end - start }, (_, k) => start + k).some((i) => used.has(i))) return null;
  const next = tokens[name.end];
  if (!next || !(next.text === "'s" || next.pos === 'VERB' || next.pos === 'AUX')) return null;
  const sentence = tokens[start]!.sentence;
  const pending = memory.unnamed;
  if (pending && sentence - pending.sentence <= 2 && next.lemma !== 'say') {
    memory.unnamed = undefined;
    // A member of an international body's team is coded as the body ("IGOUNO").
    const actor =
      pending.actor.kind === 'organization'
        ? { ...ActorFactory.learned(name.text, pending.actor.country), code: pending.actor.code }
        : ActorFactory.learned(name.text, pending.actor.country, pending.actor.role);
    remember(memory, actor, name.text);
    return make(start, name.end, actor, 'apposition');
  }
  const outlet = found.find((m) => m.actor.role === 'MED' && m.tokenStart > name.end);
  if (outlet && REPORTING.has(next.lemma)) {
    const actor = ActorFactory.learned(name.text, outlet.actor.country, 'MED');
    remember(memory, actor, name.text);
    return make(start, name.end, actor, 'apposition');
  }
  return null;
}
