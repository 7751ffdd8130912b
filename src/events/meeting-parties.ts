import type { Actor, ActorMention, Token } from '../model.js';
import type { Draft } from './event-draft.js';
import type { Roles } from './roles.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Words that stand for the two sides of a meeting told before: "They agreed to …", "The two sides discussed …".
const SIDES = new Set(['side', 'sides']);
// Between the subject and the verb: auxiliaries, adverbs, negation ("They also agreed", "They have agreed").
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/**
 * The two parties of the last meeting, talk or call the document coded (its first pair), kept so that a later
 * "They agreed to explore cooperation" is theirs, as a readout means it. Undefined when none was coded.
 */
export function meetingParties(
  drafts: readonly Draft[],
  previous: readonly [Actor, Actor] | undefined,
): readonly [Actor, Actor] | undefined {
  const meeting = drafts.find((d) => d.outcome === 'coded' && d.code.startsWith('04') && d.pairs[0]?.[1]);
  const pair = meeting?.pairs[0];
  return pair && pair[1] && pair[0].country !== pair[1].country ? ([pair[0], pair[1]] as const) : previous;
}

/**
 * Gives a cooperative act whose subject is "they" (or "the two sides") and no actor the parties of the last
 * meeting, in both directions: "Rubio met with Foreign Minister Wang Yi. … They agreed to explore areas of
 * potential cooperation" is the two sides' commitment.
 */
export function meetingPartiesAsSubject(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  parties: readonly [Actor, Actor] | undefined,
): readonly Draft[] {
  if (!parties) return drafts;
  return drafts.map((d) => {
    if (d.outcome !== 'no-source' || !/^0[3-6]/.test(d.code) || !pronounSubject(tokens, d)) return d;
    const [a, b] = parties;
    return {
      ...d,
      pairs: [
        [a, b],
        [b, a],
      ],
      outcome: 'coded',
      reason: 'coded with the two parties of the meeting told before ("they")',
    };
  });
}

// "They (also) agreed", "The two sides discussed": the segment opens on the pronoun, then only auxiliaries and
// adverbs stand before the trigger.
function pronounSubject(tokens: readonly Token[], d: Draft): boolean {
  let i = d.segment.start;
  if (tokens[i]!.lower === 'they') i++;
  else if (tokens[i]?.lower === 'the' && tokens[i + 1]?.lower === 'two' && SIDES.has(tokens[i + 2]?.lower ?? ''))
    i += 3;
  else if (tokens[i]?.lower === 'both' && SIDES.has(tokens[i + 1]?.lower ?? '')) i += 2;
  else return false;
  while (i < d.match.tokenStart && BETWEEN.has(tokens[i]!.pos)) i++;
  return i === d.match.tokenStart;
}

/**
 * The parties of a meeting noun followed by "between A and B" ("a meeting yesterday at the Kantei between PM Suga
 * and Komeito Secretary General Ishii"): the two named are its sides, not whoever reports on it, so they are its
 * sources and the meeting is mutual. An actor that hosts or arranges it ("ready to host a meeting between A and
 * B") keeps it, with A and B as its targets; the roles are unchanged for any other trigger.
 */
export function partiesBetween(
  tokens: readonly Token[],
  match: TriggerMatch,
  roles: Roles,
  mentions: readonly ActorMention[],
): Roles {
  const noun = tokens[match.tokenStart]!;
  const between = tokens[match.tokenEnd - 1]!;
  if (noun.pos !== 'NOUN' || between.lower !== 'between' || !match.pattern.mutual || roles.sources.length > 0)
    return roles;
  // "between A and B took place": B is followed by the clause's verb, which does not make it a subject of its own.
  const opensAt = (at: number) =>
    mentions.find((m) => m.tokenStart === at || (m.tokenStart === at + 1 && tokens[at]!.pos === 'DET'));
  const first = opensAt(match.tokenEnd);
  if (!first || tokens[first.tokenEnd]?.lower !== 'and') return roles;
  const second = opensAt(first.tokenEnd + 1);
  if (!second) return roles;
  return { ...roles, sources: [first, second], targets: [], targetVia: 'mutual' };
}
