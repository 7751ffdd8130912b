import type { Actor, ActorMention, Token } from '../model.js';
import { governorOf, isOblique } from './noun-phrases.js';
import type { Draft } from './event-draft.js';
import { isPassive } from './passive.js';

// Force and coercion a party may report another party for.
const FORCE = /^(17|18|19|20)/;
// Verbs that put on record what another party did; "claim" is read by claimed-acts.ts.
const REPORTING = new Set(['say', 'state', 'report', 'tell', 'announce', 'confirm', 'insist', 'add', 'charge']);
// Between the verb of saying and the act: "that", the act's subject and its auxiliaries ("said that Iraq had").
const CLAUSE_HEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'AUX', 'ADV', 'NUM', 'PART', 'CCONJ']);
// Beyond this many tokens after a passive act, a "from" phrase belongs to something else.
const ORIGIN_DISTANCE = 8;

/**
 * Adds the accusation (CAMEO 112) that a party makes when it reports force by another party, as the CAMEO
 * coders do for nested speech: "the US said that Iraq had attacked Kuwait" is also the US accusing Iraq, and
 * "Israel said a mortar bomb was fired at it from the Gaza Strip" is Israel accusing whoever holds the place the
 * fire came from. The reported act keeps its own coding (an act with no target is still the content of the
 * accusation). The speaker must be the subject of the verb of saying, the act must open the clause it reports,
 * and a party reporting its own force accuses no one.
 */
export function reportedForce(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): readonly Draft[] {
  if (!drafts.some((d) => FORCE.test(d.code) && d.modality === 'asserted')) return drafts;
  const accused = new Set<string>();
  return drafts.flatMap((d): Draft | Draft[] => {
    if (!FORCE.test(d.code) || d.modality !== 'asserted') return d;
    if (d.outcome !== 'coded' && d.outcome !== 'no-target' && d.outcome !== 'no-source') return d;
    const verb = sayingBefore(tokens, d);
    if (verb < 0) return d;
    const speaker = mentions
      .filter((m) => m.tokenStart >= d.segment.start && m.tokenEnd <= verb && !isOblique(tokens, m, d.segment.start))
      .pop();
    if (!speaker) return d;
    const agents: readonly Actor[] = d.roles.sources.length
      ? d.roles.sources.flatMap((m) => m.group ?? [m.actor])
      : isPassive(tokens, d.match, d.segment.start)
        ? origin(tokens, d, mentions)
        : [];
    const pairs = agents
      .filter((a) => a.country !== speaker.actor.country && !accused.has(a.code))
      .map((a) => [speaker.actor, a] as const);
    if (pairs.length === 0) return d;
    for (const [, a] of pairs) accused.add(a.code);
    const accusation: Draft = {
      ...d,
      code: '112',
      pairs,
      outcome: 'coded',
      reason: `the accusation of the party that reports ${d.match.pattern.id}`,
    };
    return [accusation, d];
  });
}

// The verb of saying whose reported clause the act opens: "said (that) Iraq had attacked", "said a mortar bomb
// was fired".
function sayingBefore(tokens: readonly Token[], d: Draft): number {
  let that = false;
  for (let i = d.match.tokenStart - 1; i >= d.segment.start; i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) return i;
    if (t.lower === 'that') that = true;
    // Before "that" stand the saying's own time and place ("said on Monday that").
    else if (!(that ? SAYING_WHEN.has(t.pos) : CLAUSE_HEAD.has(t.pos))) return -1;
  }
  return -1;
}

const SAYING_WHEN = new Set(['ADP', 'NOUN', 'PROPN', 'NUM', 'ADV', 'DET']);

// "was fired at it from the Gaza Strip": with no agent named, fire comes from the party that holds where it
// came from.
function origin(tokens: readonly Token[], d: Draft, mentions: readonly ActorMention[]): Actor[] {
  const from = mentions.find(
    (m) =>
      m.tokenStart >= d.match.tokenEnd &&
      m.tokenStart - d.match.tokenEnd <= ORIGIN_DISTANCE &&
      m.tokenEnd <= d.segment.end &&
      governorOf(tokens, m.tokenStart, d.match.tokenEnd)?.lower === 'from',
  );
  return from ? [...(from.group ?? [from.actor])] : [];
}
