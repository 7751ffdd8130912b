import type { Actor, ActorMention, Token } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** What a description resolves to: one actor, or several for a plural ("the two countries"). */
export interface Described {
  readonly end: number;
  readonly actor: Actor;
  readonly group?: readonly Actor[];
}

const GROUP_NOUNS = new Set([
  'countries',
  'nations',
  'governments',
  'leaders',
  'sides',
  'neighbors',
  'neighbours',
  'allies',
  'states',
  'presidents',
  'ministers',
  'officials',
  'capitals',
]);
// Plural people: the persons named before, else their countries' governments.
const PEOPLE_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'officials']);
const COUNTS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4 };
const DIRECTIONS: Readonly<Record<string, string>> = {
  northern: 'north',
  southern: 'south',
  eastern: 'east',
  western: 'west',
};
const STARTERS = new Set(['the', 'all', 'both', 'its', 'their']);
const GOVERNMENT_ADJECTIVES = new Set(['previous', 'new', 'current', 'central', 'national', 'former']);

/**
 * The actor a description at token `i` stands for, from what the article named before (`before`, in
 * text order, computed on demand): "the (nuclear-armed) North" in a Korea story; "the two countries", "all three
 * governments", "both our nations", "the two leaders"; "its northern neighbor" (the neighbor the
 * knowledge base gives); "the (previous) government" (the last country named). Undefined otherwise.
 */
export function describedActor(
  tokens: readonly Token[],
  i: number,
  kb: KnowledgeBase,
  earlier: () => readonly ActorMention[],
  koreaStory: boolean,
): Described | undefined {
  const t = tokens[i]!;
  // Most tokens start no description: look at what came before only when one might.
  if (!STARTERS.has(t.lower)) return undefined;
  const before = earlier();
  if (t.lower === 'the' && koreaStory) {
    let j = i + 1;
    while (j < i + 5 && (tokens[j]?.text === '-' || /^\p{Ll}/u.test(tokens[j]?.text ?? ''))) j++;
    const side = tokens[j];
    // "the North", "the nuclear-armed North", but not "the North Atlantic".
    if ((side?.text === 'North' || side?.text === 'South') && !/^\p{Lu}/u.test(tokens[j + 1]?.text ?? 'x'))
      return { end: j + 1, actor: ActorFactory.country(kb, side.text === 'North' ? 'PRK' : 'KOR') };
  }
  const group = plural(tokens, i, kb, before);
  if (group) return group;
  if ((t.lower === 'its' || t.lower === 'their') && DIRECTIONS[tokens[i + 1]?.lower ?? '']) {
    const noun = tokens[i + 2]?.lower ?? '';
    if (noun !== 'neighbor' && noun !== 'neighbour') return undefined;
    const last = lastCountries(before, 1)?.[0];
    const neighbor = last && kb.country(last.country)?.neighbors[DIRECTIONS[tokens[i + 1]!.lower]!];
    return neighbor ? { end: i + 3, actor: ActorFactory.country(kb, neighbor) } : undefined;
  }
  if (t.lower === 'the') {
    const j = GOVERNMENT_ADJECTIVES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (tokens[j]?.text !== 'government' || tokens[j + 1]?.lower === 'of') return undefined;
    const last = lastCountries(before, 1)?.[0];
    return last ? { end: j + 1, actor: ActorFactory.country(kb, last.country, 'GOV') } : undefined;
  }
  return undefined;
}

// "the two countries", "both governments", "all three governments", "both our nations".
function plural(tokens: readonly Token[], i: number, kb: KnowledgeBase, before: readonly ActorMention[]) {
  let j = i;
  if (['the', 'all'].includes(tokens[j]!.lower)) j++;
  const count = COUNTS[tokens[j]?.lower ?? ''];
  if (!count) return undefined;
  j++;
  if (['our', 'their', 'the'].includes(tokens[j]?.lower ?? '')) j++;
  const noun = tokens[j]?.lower ?? '';
  if (!GROUP_NOUNS.has(noun)) return undefined;
  const people = PEOPLE_NOUNS.has(noun);
  const members = (people && lastCountries(before, count, true)) || lastCountries(before, count);
  if (!members) return undefined;
  const group = members.map((a) =>
    people
      ? a.kind === 'person'
        ? a
        : ActorFactory.country(kb, a.country, 'GOV')
      : ActorFactory.country(kb, a.country, noun === 'governments' ? 'GOV' : undefined),
  );
  return { end: j + 1, actor: group[0]!, group };
}

// The last `n` actors of distinct countries named before (only people when `persons`), oldest first.
function lastCountries(mentions: readonly ActorMention[], n: number, persons = false): Actor[] | undefined {
  const seen: Actor[] = [];
  for (let k = mentions.length - 1; k >= 0 && seen.length < n; k--) {
    const m = mentions[k]!;
    if (m.group || m.actor.country === 'IGO' || m.actor.country === 'NGO') continue;
    if (persons && m.actor.kind !== 'person') continue;
    if (!seen.some((a) => a.country === m.actor.country)) seen.push(m.actor);
  }
  return seen.length === n ? seen.reverse() : undefined;
}
