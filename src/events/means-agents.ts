import type { ActorMention, Token } from '../model.js';
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

// Weapons a "by" phrase may name as the means of a passive act of violence, and the code their firing takes:
// a missile or a drone is an aerial weapon (195), a rocket, shell or mortar round is artillery fire (194).
const FIRED_WEAPONS: ReadonlyMap<string, string> = new Map([
  ...['missile', 'drone'].map((w) => [w, '195'] as const),
  ...['rocket', 'shell', 'mortar', 'artillery'].map((w) => [w, '194'] as const),
  ...['bomb', 'grenade', 'mine', 'explosive', 'device'].map((w) => [w, ''] as const),
]);
const GROUND_LAUNCHED = /^(surface|ground|land|shoulder|anti)/;
const FIRING = new Set(['fire', 'launch', 'shoot', 'drop', 'plant', 'lob', 'detonate']);
// "believed to be fired by", "thought to have been launched by": the agent named with a hedge.
const HEDGES = new Set(['believe', 'think', 'suspect', 'say', 'report', 'allege', 'understand', 'presume']);
const HEDGE_FILLERS = new Set(['to', 'be', 'have', 'been']);

/**
 * Gives a passive act of violence whose "by" phrase names only a weapon the agent that fired it: "flight MH17
 * was blown up over eastern Ukraine by a missile believed to be fired by pro-Russia rebels" is the rebels' act
 * on the airline. A missile or a shell makes a bombing military (195, 194), whoever found its agent; a bomb or a
 * mine keeps its code.
 */
export function weaponAgents(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): readonly Draft[] {
  if (!drafts.some((d) => d.roles.targetVia === 'passive')) return drafts;
  return drafts.map((d) => {
    if (d.outcome === 'coded' ? !d.code.startsWith('18') : d.outcome !== 'no-source') return d;
    if (d.roles.targetVia !== 'passive' || !VIOLENCE.test(d.code)) return d;
    const fired = firedBy(tokens, mentions, d.match.tokenEnd, d.segment.end);
    if (!fired) return d;
    const code = fired.code && d.code.startsWith('18') ? fired.code : d.code;
    if (d.outcome === 'coded') return { ...d, code };
    const victims = d.roles.targets.flatMap((m) => m.group ?? [m.actor]);
    if (!victims.length) return d;
    const agents = fired.agent.group ?? [fired.agent.actor];
    return {
      ...d,
      code,
      pairs: agents.flatMap((a) => victims.filter((t) => t !== a).map((t) => [a, t] as const)),
      outcome: 'coded',
      reason: `coded with the one who fired the ${fired.weapon}`,
    };
  });
}

// After a passive: "by <weapon> [believed to be] fired by <actor>", within `end` and no punctuation between.
function firedBy(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  from: number,
  end: number,
): { readonly agent: ActorMention; readonly weapon: string; readonly code: string } | undefined {
  let i = from;
  while (i < end && i - from <= 6 && tokens[i]!.lower !== 'by') {
    if (tokens[i]!.pos === 'PUNCT' || tokens[i]!.pos === 'VERB') return undefined;
    i++;
  }
  if (tokens[i]?.lower !== 'by') return undefined;
  // The weapon heads the noun phrase after "by" ("a sophisticated BAK surface-to-air missile").
  let head = -1;
  for (let j = i + 1; j < end && j - i <= 12; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN' && FIRED_WEAPONS.has(t.lemma)) head = j;
    // "surface-to-air": a compound's inner words between hyphens.
    else if (!NOUN_PHRASE.has(t.pos) && t.lower !== '-' && tokens[j - 1]!.lower !== '-') break;
  }
  if (head < 0) return undefined;
  let k = head + 1;
  if (HEDGES.has(tokens[k]?.lemma ?? '')) {
    k++;
    while (k < end && HEDGE_FILLERS.has(tokens[k]!.lower)) k++;
  }
  if (!FIRING.has(tokens[k]?.lemma ?? '') || tokens[k + 1]?.lower !== 'by') return undefined;
  const agent = mentions.find((m) => m.tokenStart > k + 1 && m.tokenStart <= k + 4 && m.tokenEnd <= end);
  if (!agent) return undefined;
  for (let j = k + 2; j < agent.tokenStart; j++) if (!NOUN_PHRASE.has(tokens[j]!.pos)) return undefined;
  const weapon = tokens[head]!.lemma;
  // A "surface-to-air" or "ground-launched" missile is fired from the ground, as artillery is: no aerial weapon.
  const grounded = tokens.slice(i + 1, head).some((t) => GROUND_LAUNCHED.test(t.lower));
  return { agent, weapon, code: grounded && weapon === 'missile' ? '194' : FIRED_WEAPONS.get(weapon)! };
}
