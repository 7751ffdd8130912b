import type { Token } from '../model.js';
import type { Draft } from './event-draft.js';

// Violence: killings, attacks, shelling, bombings (CAMEO 18-20).
const VIOLENCE = /^(18|19|20)/;
// "killed in Israeli tank shelling", "wounded by an Israeli air strike": the phrase that names the means.
const MEANS = new Set(['in', 'by', 'during']);

/**
 * Gives a passive act of violence with no agent named the agent of the violence named as its means: "four
 * children were killed in Israeli tank shelling in the east of the Gaza Strip" is Israel's killing, aimed where
 * the shelling was. The means must be a coded event noun right after the passive, in an "in", "by" or "during"
 * phrase of the same segment.
 */
export function meansAgents(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  if (!drafts.some((d) => d.outcome === 'no-source' && d.roles.targetVia === 'passive')) return drafts;
  return drafts.map((d) => {
    if (d.outcome !== 'no-source' || d.roles.targetVia !== 'passive' || !VIOLENCE.test(d.code)) return d;
    const means = drafts.find(
      (e) =>
        e.outcome === 'coded' &&
        e.segment === d.segment &&
        VIOLENCE.test(e.code) &&
        e.match.tokenStart > d.match.tokenEnd &&
        e.match.tokenStart - d.match.tokenEnd <= 6 &&
        MEANS.has(tokens[phraseStart(tokens, e.match.tokenStart, d.match.tokenEnd) - 1]?.lower ?? ''),
    );
    if (!means) return d;
    const victims = d.roles.targets.flatMap((m) => m.group ?? [m.actor]);
    const pairs = victims.length
      ? [...new Set(means.pairs.map(([s]) => s))].flatMap((s) => victims.map((t) => [s, t] as const))
      : means.pairs;
    return { ...d, pairs, outcome: 'coded', reason: `coded with the agent of its means ${means.match.pattern.id}` };
  });
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

// The first word of the noun phrase that ends in the event noun at `at` ("Israeli tank shelling").
function phraseStart(tokens: readonly Token[], at: number, floor: number): number {
  let i = at;
  while (i > floor && NOUN_PHRASE.has(tokens[i - 1]!.pos)) i--;
  return i;
}
