import type { ActorMention, Doc, Place } from '../model.js';
import { type Segment, isOblique, segmentAt } from './clause.js';
import type { TriggerMatch } from './trigger-matcher.js';

export interface Roles {
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  /** How the target was found, for the confidence and `explain`. */
  readonly targetVia: 'clause' | 'passive' | 'topic' | 'occasion' | 'mutual' | 'place' | 'none';
}

const PASSIVE_AUX = new Set(['be', 'get']);
// Beyond this many tokens an actor after the trigger belongs to another phrase ("said he will ... Japan").
const MAX_OBJECT_DISTANCE = 6;

/**
 * Who did it and to whom, from the shape of the clause: the nearest actor before the trigger that no
 * preposition governs (skipping relative clauses and appositions, climbing to a relative clause's
 * antecedent), conjoined subjects ("Lee and Ishiba"), and the target where the pattern says it sits.
 */
export function findRoles(
  doc: Doc,
  match: TriggerMatch,
  segments: readonly Segment[],
  mentions: readonly ActorMention[],
  context: {
    readonly topic?: ActorMention | undefined;
    readonly occasionHost?: ActorMention | undefined;
    readonly places: readonly Place[];
  },
): Roles {
  const tokens = doc.tokens;
  const k = segmentAt(segments, match.tokenStart);
  const segment = segments[k]!;
  const head = tokens[match.tokenStart]!;
  // "..., saying South Korea sympathizes": a trailing participle's subject is the main clause's.
  const participle = k > 0 && match.tokenStart === segment.start && head.pos === 'VERB' && head.lower.endsWith('ing');
  let sources = participle ? [] : subjectIn(doc, segment, match.tokenStart, mentions);
  if (participle) {
    const main = segments.find((s) => !s.fronted && !s.parenthetical);
    if (main && main !== segment) sources = subjectIn(doc, main, main.end, mentions);
  }
  if (sources.length === 0) {
    // "Lee, who departed for Canada ..., sent": a relative clause's subject is its antecedent; a main verb
    // after a relative clause or apposition takes the subject before it.
    for (let j = k - 1; j >= 0 && sources.length === 0; j--) {
      const previous = segments[j]!;
      if (segment.parenthetical && !segments[k]!.fronted) {
        sources = lastMentionIn(previous, mentions);
        break;
      }
      if (previous.parenthetical || previous.fronted) continue;
      sources = subjectIn(doc, previous, previous.end, mentions);
    }
  }

  // Passive: "was attacked by X" turns the subject into the target.
  const aux = tokens[match.tokenStart - 1];
  const by = mentions.find(
    (m) =>
      m.tokenStart > match.tokenEnd && m.tokenStart <= match.tokenEnd + 4 && tokens[m.tokenStart - 1]?.lower === 'by',
  );
  if (aux && PASSIVE_AUX.has(aux.lemma) && head.lower.endsWith('ed') && by) {
    return { sources: [by], targets: sources, targetVia: 'passive' };
  }

  const sourceCountries = new Set(sources.flatMap((s) => (s.group ?? [s.actor]).map((a) => a.country)));
  const after = mentions.filter(
    (m) => m.tokenStart > match.tokenStart && m.tokenStart < segment.end && !sourceCountries.has(m.actor.country),
  );
  const wanted = match.pattern.target;
  const governedBy = (m: ActorMention) => {
    let i = m.tokenStart - 1;
    while (i > match.tokenEnd - 1 && ['DET', 'ADJ', 'NUM'].includes(tokens[i]!.pos)) i--;
    return tokens[i]?.lower ?? '';
  };
  // An object is the first actor no preposition governs, or one governed by a preposition the pattern names.
  const direct = after.find(
    (m) =>
      m.tokenStart - match.tokenEnd <= MAX_OBJECT_DISTANCE &&
      (!isOblique(tokens, m, match.tokenEnd) || wanted.includes(governedBy(m))),
  );
  let target =
    after.find((m) => wanted.includes(governedBy(m))) ??
    (wanted.includes('possessive') ? after.find((m) => tokens[m.tokenEnd]?.text === "'s") : undefined) ??
    (wanted.includes('object') || direct?.tokenStart === match.tokenEnd ? direct : undefined);
  if (target) {
    const targets = [target];
    // "relations with China and Russia": conjoined targets.
    for (let next = mentions.indexOf(target) + 1; next < mentions.length; next++) {
      const m = mentions[next]!;
      const between = tokens.slice(target.tokenEnd, m.tokenStart).map((t) => t.lower);
      if (m.tokenStart >= segment.end || !(between.length === 1 && (between[0] === 'and' || between[0] === 'or')))
        break;
      targets.push(m);
      target = m;
    }
    return { sources, targets, targetVia: 'clause' };
  }
  if (context.topic && !sourceCountries.has(context.topic.actor.country))
    return { sources, targets: [context.topic], targetVia: 'topic' };
  const definiteOccasion = tokens
    .slice(match.tokenEnd, segment.end)
    .some((t, i, all) => t.lower === 'the' && OCCASIONS.has(all[i + 1]?.lemma ?? ''));
  if (context.occasionHost && definiteOccasion && !sourceCountries.has(context.occasionHost.actor.country)) {
    return { sources, targets: [context.occasionHost], targetVia: 'occasion' };
  }
  return { sources, targets: [], targetVia: 'none' };
}

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

function subjectIn(doc: Doc, segment: Segment, before: number, mentions: readonly ActorMention[]): ActorMention[] {
  const tokens = doc.tokens;
  const candidates = mentions.filter(
    (m) => m.tokenStart >= segment.start && m.tokenEnd <= before && !isOblique(tokens, m, segment.start),
  );
  const nearest = candidates[candidates.length - 1];
  if (!nearest) return [];
  const subjects = [nearest];
  // "Lee and Japanese Prime Minister Shigeru Ishiba met": walk left over "and" / "," to conjoined subjects.
  for (let k = candidates.length - 2; k >= 0; k--) {
    const m = candidates[k]!;
    const between = tokens.slice(m.tokenEnd, subjects[0]!.tokenStart).map((t) => t.lower);
    if (!(between.length === 1 && (between[0] === 'and' || between[0] === ','))) break;
    subjects.unshift(m);
  }
  return subjects;
}

function lastMentionIn(segment: Segment, mentions: readonly ActorMention[]): ActorMention[] {
  const inside = mentions.filter((m) => m.tokenStart >= segment.start && m.tokenEnd <= segment.end);
  return inside.length ? [inside[inside.length - 1]!] : [];
}
