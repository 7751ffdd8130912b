import type { Actor, ActorMention, Token } from '../model.js';

/**
 * How a plural description picks its members among the countries named before:
 * - `actor` ("the two countries", "both our nations"): countries that acted or were named with a role
 *   come before countries only talked about ("agreed to coordinate on the DPRK");
 * - `government` ("all three governments", "the three officials"): countries named by their people or
 *   bodies (a minister, an embassy, "Seoul") come before countries named bare.
 */
export type Party = 'actor' | 'government';

// After these a bare country is what is talked about, not who acts: "coordinate on the DPRK", "the
// denuclearization of North Korea", "a special representative for the DPRK".
const TOPIC_PREPOSITIONS = new Set([
  'on',
  'about',
  'for',
  'of',
  'over',
  'regarding',
  'concerning',
  'toward',
  'towards',
  'against',
  'by',
  'in',
  'at',
]);

/** 2: a person or a country with a role; 1: a bare country that acts; 0: a bare country talked about. */
function standing(tokens: readonly Token[], m: ActorMention): number {
  if (m.actor.kind === 'person' || m.actor.role !== undefined) return 2;
  const prev = tokens[m.tokenStart - 1]?.lower === 'the' ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
  return prev && TOPIC_PREPOSITIONS.has(prev.lower) ? 0 : 1;
}

/**
 * The `n` countries (one actor each: its latest mention) a plural description stands for, oldest first,
 * or undefined when fewer were named. For two or more, the last list that names exactly `n` countries
 * ("the leaders of the United States, Japan, and South Korea", "the U.S.-ROK alliance") in the last
 * three sentences; else the latest such list, or plural description of `n` ("all three officials"), in
 * the last seven; either only while fewer than `n` other countries were named since it: a joint statement names its parties once
 * and says "the three countries" for a paragraph, while the country they condemn is named in every
 * sentence between; else the last `n + 2`
 * distinct countries named before (every mention of each counts toward its standing), keeping the best
 * `n` by the `policy`, the most recent first among equals. With `persons`, only people count.
 *
 * ```ts
 * // "Lee and Ishiba agreed to coordinate on North Korea. The two countries ..." → [KOR…, JPN…]
 * lastParties(tokens, mentionsBefore, 2);
 * ```
 */
export function lastParties(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  n: number,
  policy: Party = 'actor',
  persons = false,
): Actor[] | undefined {
  if (n >= 2) {
    const listed = lastList(tokens, mentions, n, persons, NEAR);
    if (listed && outsidersAfter(mentions, listed) < n) return listed.actors;
    const far = lastList(tokens, mentions, n, persons, FAR);
    const group = lastGroup(mentions, n, persons);
    const latest = far && group ? (far.at > group.at ? far : group) : (far ?? group);
    if (latest && outsidersAfter(mentions, latest) < n) return latest.actors;
  }
  const seen: { actor: Actor; best: number; order: number }[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.group || m.actor.country === 'IGO' || m.actor.country === 'NGO') continue;
    if (persons && m.actor.kind !== 'person') continue;
    const known = seen.find((s) => s.actor.country === m.actor.country);
    if (known) {
      known.best = Math.max(known.best, standing(tokens, m));
      continue;
    }
    if (seen.length === n + 2) break;
    seen.push({ actor: m.actor, best: standing(tokens, m), order: seen.length });
  }
  if (seen.length < n) return undefined;
  const rank = (s: { best: number }) => (policy === 'government' ? s.best : Math.min(s.best, 1));
  const chosen = [...seen].sort((a, b) => rank(b) - rank(a) || a.order - b.order).slice(0, n);
  return chosen.sort((a, b) => b.order - a.order).map((s) => s.actor);
}

const JOINERS = new Set([',', 'and', '-', '–', '—']);
// How many sentences before the last mention's a list (or group) may stand: near lists come before the
// ranking of single mentions, far ones only before the ranking.
const NEAR = 2;
const FAR = 6;

interface Joint {
  readonly actors: Actor[];
  /** Token index where the list or group starts: the later one wins. */
  readonly at: number;
}

// The last plural description of exactly `n` distinct countries (people, with `persons`), within FAR.
function lastGroup(mentions: readonly ActorMention[], n: number, persons: boolean): Joint | undefined {
  const last = mentions[mentions.length - 1];
  if (!last) return undefined;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sentence < last.sentence - FAR) return undefined;
    if (!m.group || (persons && m.group.some((a) => a.kind !== 'person'))) continue;
    const actors: Actor[] = [];
    for (const a of m.group) if (!actors.some((b) => b.country === a.country)) actors.push(a);
    if (actors.length === n) return { actors, at: m.tokenStart };
  }
  return undefined;
}

// How many countries outside a list or group were named since it: `n` of them make a newer set of parties
// ("France and Germany signed a pact. Japan hosted South Korea. The two countries ...").
function outsidersAfter(mentions: readonly ActorMention[], joint: Joint): number {
  const outside = new Set<string>();
  for (const m of mentions) {
    if (m.tokenStart < joint.at || m.group || m.actor.country === 'IGO' || m.actor.country === 'NGO') continue;
    if (!joint.actors.some((a) => a.country === m.actor.country)) outside.add(m.actor.country);
  }
  return outside.size;
}

// The last run of mentions joined only by commas, "and" or hyphens that names exactly `n` countries, in the
// sentence of the last mention or the `window` before it.
function lastList(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  n: number,
  persons: boolean,
  window: number,
): Joint | undefined {
  const counted = mentions.filter(
    (m) =>
      !m.group && m.actor.country !== 'IGO' && m.actor.country !== 'NGO' && (!persons || m.actor.kind === 'person'),
  );
  const last = mentions[mentions.length - 1];
  if (!last) return undefined;
  let end = counted.length - 1;
  while (end >= 0) {
    let start = end;
    while (start > 0 && joined(tokens, counted[start - 1]!, counted[start]!)) start--;
    const run = counted.slice(start, end + 1);
    if (run[0]!.sentence < last.sentence - window) return undefined;
    const actors: Actor[] = [];
    for (const m of run) if (!actors.some((a) => a.country === m.actor.country)) actors.push(m.actor);
    if (run.length > 1 && actors.length === n) return { actors, at: run[0]!.tokenStart };
    end = start - 1;
  }
  return undefined;
}

function joined(tokens: readonly Token[], a: ActorMention, b: ActorMention): boolean {
  if (b.tokenStart <= a.tokenEnd || b.tokenStart - a.tokenEnd > 2) return false;
  for (let i = a.tokenEnd; i < b.tokenStart; i++) if (!JOINERS.has(tokens[i]!.lower)) return false;
  return true;
}
