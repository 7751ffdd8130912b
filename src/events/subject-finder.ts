import type { ActorMention, Doc } from '../model.js';
import { type Segment, subordinateClauseStart } from './clause-bounds.js';
import { isOblique } from './noun-phrases.js';
import { forToSubject } from './role-phrases.js';
import { conjoinedWith, objectOfVerb, representedParties } from './conjuncts.js';
import { clauseSubject } from './clause-subjects.js';

// Who a verb's subject is, read from the clause before it. Kept apart from `roles.ts`, which asks it for
// the subject of the trigger, of the main clause a participle hangs on, and of the verb a purpose serves.

// "they" and "it" are left out: as often the object before ("attacked Uganda after they shelled").
const PERSONAL = new Set(['he', 'she']);
const PARTIES = new Set(['official', 'leader', 'minister', 'side', 'president', 'delegation', 'country', 'nation']);

const RELATIVE_MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

/**
 * The subject of the verb at `before` within `segment`: the nearest actor before it that no preposition
 * governs, with the actors conjoined to it; none when the verb sits in a relative or subordinate clause
 * with a subject of its own.
 *
 * ```ts
 * subjectIn(doc, segment, verbIndex, mentions); // [Lee, Ishiba] for "Lee and Ishiba met"
 * ```
 */
export function subjectIn(
  doc: Doc,
  segment: Segment,
  before: number,
  mentions: readonly ActorMention[],
): ActorMention[] {
  const tokens = doc.tokens;
  const represented = representedParties(tokens, before, mentions);
  if (represented.length > 0) return represented;
  // "the DPRK's nuclear threats ... conducting exercises": a possessor is not the subject of a later
  // verb, only of the noun it owns when that noun is the trigger ("the DPRK's launch").
  const candidates = mentions.filter(
    (m) =>
      m.tokenStart >= segment.start &&
      m.tokenEnd <= before &&
      !isOblique(tokens, m, segment.start) &&
      (tokens[m.tokenEnd]?.text !== "'s" || before - m.tokenEnd <= 3),
  );
  const nearest = candidates[candidates.length - 1];
  if (!nearest) return [];
  // "lifted the curfew in Montenegro where 28 people were killed in riots", "as the crowd attacked": a
  // subordinate clause with a subject of its own does not take an actor from the clause around it.
  const opener = before < segment.end ? subordinateClauseStart(tokens, segment.start, before) : -1;
  const own = opener >= nearest.tokenEnd ? clauseSubject(tokens, opener + 1, before) : [];
  // "met Sudan's envoy before he travels to Uganda": a personal pronoun there stands for the main clause's subject.
  if (own.length === 1 && PERSONAL.has(own[0]!.lower)) return candidates.slice(0, 1);
  // "where all three officials condemned", "as the two leaders met": a description of the parties named before
  // points back to them (the actors stage resolves what it can; the nearest is kept as before).
  if (own.length > 0 && !own.some((t) => PARTIES.has(t.lemma))) return [];
  // "entities that support the DPRK": a relative clause's subject is its antecedent, an actor only when
  // the relative pronoun follows it directly.
  // "demonstrators who were protesting": auxiliaries of a progressive and adverbs may stand between (a
  // passive's are left to the passive: "a helicopter that was captured by").
  const progressive = tokens[before]?.lower.endsWith('ing') === true;
  let r = before - 1;
  // "a plan that will not allow", "a resolution that aims to tighten": a modal, or the verb an infinitive serves.
  while (
    r > nearest.tokenEnd &&
    (tokens[r]!.pos === 'ADV' ||
      tokens[r]!.lower === 'not' ||
      RELATIVE_MODALS.has(tokens[r]!.lower) ||
      (tokens[r]!.lower === 'to' && r === before - 1) ||
      (tokens[r]!.pos === 'VERB' && tokens[r + 1]?.lower === 'to' && r === before - 2) ||
      (progressive && tokens[r]!.pos === 'AUX'))
  )
    r--;
  if (r > nearest.tokenEnd && RELATIVE_PRONOUNS.has(tokens[r]!.lower)) return [];
  if (forToSubject(tokens, nearest.tokenEnd, before)) return [];
  const subjects = [nearest];
  // "Lee and Japanese Prime Minister Shigeru Ishiba met": walk left over "and" / "," to conjoined subjects.
  for (let k = candidates.length - 2; k >= 0; k--) {
    const m = candidates[k]!;
    if (!conjoinedWith(tokens, m, subjects[0]!, mentions) || objectOfVerb(tokens, m, segment.start) >= 0) break;
    subjects.unshift(m);
  }
  return subjects;
}

/** The last actor named inside `segment` (what a relative clause after it points back to), or none. */
export function lastMentionIn(segment: Segment, mentions: readonly ActorMention[]): ActorMention[] {
  const inside = mentions.filter((m) => m.tokenStart >= segment.start && m.tokenEnd <= segment.end);
  return inside.length ? [inside[inside.length - 1]!] : [];
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
