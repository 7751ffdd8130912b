import type { Actor, ActorMention, Token } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { rolePhrases } from './lexicon.js';
import { type Party, lastParties } from './party-ranking.js';
import type { DocMemory } from './actor-context.js';

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
// "The Ministers noted ...": without a count, only these name the people a meeting just brought together.
const COUNTLESS_PEOPLE = new Set(['leaders', 'presidents', 'ministers']);
const COUNTS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4 };
const DIRECTIONS: Readonly<Record<string, string>> = {
  northern: 'north',
  southern: 'south',
  eastern: 'east',
  western: 'west',
};
const STARTERS = new Set(['the', 'all', 'both', 'its', 'their']);

/** Whether a description may start at this token (a cheap test before {@link describedActor}). */
export const mayDescribe = (token: Token): boolean => STARTERS.has(token.lower);
const GOVERNMENT_ADJECTIVES = new Set(['previous', 'new', 'current', 'central', 'national', 'former']);

/**
 * The actor a description at token `i` stands for, from what the article named before (`before`, in
 * text order, computed on demand): "the (nuclear-armed) North" in a Korea story; "the two countries", "all
 * three governments", "both our nations", "the two leaders", "The Ministers" (the parties named before,
 * see `lastParties`); "its northern neighbor" (the neighbor the knowledge base gives); "its (highly
 * respected) president" (the country just named, with the role); "the (previous) government" (the last
 * country named; after "with", one other than those acting in the sentence). Undefined otherwise.
 */
export function describedActor(
  tokens: readonly Token[],
  i: number,
  kb: KnowledgeBase,
  earlier: () => readonly ActorMention[],
  koreaStory: boolean,
  places: DocMemory['places'] = [],
): Described | undefined {
  const t = tokens[i]!;
  // Most tokens start no description: look at what came before only when one might.
  if (!STARTERS.has(t.lower)) return undefined;
  if (t.lower === 'the' && koreaStory) {
    let j = i + 1;
    while (j < i + 5 && (tokens[j]?.text === '-' || /^\p{Ll}/u.test(tokens[j]?.text ?? ''))) j++;
    const side = tokens[j];
    // "the North", "the nuclear-armed North", but not "the North Atlantic".
    if ((side?.text === 'North' || side?.text === 'South') && !/^\p{Lu}/u.test(tokens[j + 1]?.text ?? 'x'))
      return { end: j + 1, actor: ActorFactory.country(kb, side.text === 'North' ? 'PRK' : 'KOR') };
  }
  // "the" and "all" start a description only before a count, a people noun or "government".
  const next = tokens[i + 1]?.lower ?? '';
  if (
    (t.lower === 'the' || t.lower === 'all') &&
    !Object.hasOwn(COUNTS, next) &&
    !COUNTLESS_PEOPLE.has(next) &&
    !GOVERNMENT_ADJECTIVES.has(next) &&
    next !== 'government'
  )
    return undefined;
  const before = earlier();
  const group = plural(tokens, i, kb, before, places) ?? countlessPeople(tokens, i, before);
  if (group) return group;
  if ((t.lower === 'its' || t.lower === 'their') && DIRECTIONS[tokens[i + 1]?.lower ?? '']) {
    const noun = tokens[i + 2]?.lower ?? '';
    if (noun !== 'neighbor' && noun !== 'neighbour') return undefined;
    const last = lastParties(tokens, before, 1)?.[0];
    const neighbor = last && kb.country(last.country)?.neighbors[DIRECTIONS[tokens[i + 1]!.lower]!];
    return neighbor ? { end: i + 3, actor: ActorFactory.country(kb, neighbor) } : undefined;
  }
  if (t.lower === 'its') return possessedRole(tokens, i, kb, before);
  if (t.lower === 'the') {
    const j = GOVERNMENT_ADJECTIVES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (tokens[j]?.text !== 'government' || tokens[j + 1]?.lower === 'of') return undefined;
    // "the agreement we came to with the previous government": a counterpart, not one of the sentence's actors.
    const acting =
      tokens[i - 1]?.lower === 'with'
        ? new Set(before.filter((m) => m.sentence === t.sentence).map((m) => m.actor.country))
        : new Set<string>();
    const last = lastParties(
      tokens,
      before.filter((m) => !acting.has(m.actor.country)),
      1,
    )?.[0];
    return last ? { end: j + 1, actor: ActorFactory.country(kb, last.country, 'GOV') } : undefined;
  }
  return undefined;
}

// "the two countries", "both governments", "all three governments", "both our nations", "all three senior officials".
function plural(
  tokens: readonly Token[],
  i: number,
  kb: KnowledgeBase,
  before: readonly ActorMention[],
  places: DocMemory['places'],
) {
  let j = i;
  if (['the', 'all'].includes(tokens[j]!.lower)) j++;
  const count = COUNTS[tokens[j]?.lower ?? ''];
  if (!count) return undefined;
  j++;
  if (['our', 'their', 'the'].includes(tokens[j]?.lower ?? '')) j++;
  // "all three senior officials", "the two neighboring countries": a lower-case modifier or two before the
  // noun. Not a demonym: "the two South Korean officials" are two people of one country.
  for (let k = 0; k < 2 && tokens[j]?.pos === 'ADJ' && /^\p{Ll}/u.test(tokens[j]!.text); k++) j++;
  const noun = tokens[j]?.lower ?? '';
  if (!GROUP_NOUNS.has(noun)) return undefined;
  const people = PEOPLE_NOUNS.has(noun);
  // Governments and officials are named by their people and bodies; countries by what acted, not what was discussed.
  const policy: Party = people || noun === 'governments' ? 'government' : 'actor';
  // "schools in both countries": a description used as a place may stand for countries named as places; one
  // that acts ("The two countries agreed") stands for parties, not for "a summit in Nepal and Bhutan".
  const asPlace = LOCATIVE.has(tokens[i - 1]?.lower ?? '');
  const listed = people || !asPlace ? undefined : placeList(tokens, i, count, before, places);
  if (listed) {
    const group = listed.map((c) => ActorFactory.country(kb, c, noun === 'governments' ? 'GOV' : undefined));
    return { end: j + 1, actor: group[0]!, group };
  }
  const members =
    (people && lastParties(tokens, before, count, 'government', true)) || lastParties(tokens, before, count, policy);
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

// "The Ministers noted ...", "the leaders agreed": the people of different countries named in this sentence
// and the two before it, when there are at least two; not "the leaders of South Korea and Japan".
function countlessPeople(tokens: readonly Token[], i: number, before: readonly ActorMention[]): Described | undefined {
  if (tokens[i]!.lower !== 'the') return undefined;
  const noun = tokens[i + 1];
  if (!noun || !COUNTLESS_PEOPLE.has(noun.lower) || tokens[i + 2]?.lower === 'of') return undefined;
  const sentence = noun.sentence;
  const people: Actor[] = [];
  for (const m of before) {
    if (m.actor.kind !== 'person' || m.group || m.sentence < sentence - 2) continue;
    if (!people.some((p) => p.country === m.actor.country)) people.push(m.actor);
  }
  return people.length >= 2 ? { end: i + 2, actor: people[0]!, group: people } : undefined;
}

// "its president", "its military", "its embassy": the state's own offices. "Its citizens" or "its companies"
// are the country's people, which the gold codes as the country alone; they are left to the pronoun.
const STATE_ROLES = new Set(['GOV', 'MIL', 'DIP', 'LEG', 'JUD', 'COP', 'SPY']);

// "China and its highly respected president", "Japan and its foreign ministry": a role word after "its" and
// a few lower-case modifiers belongs to the country (or body) named just before.
function possessedRole(
  tokens: readonly Token[],
  i: number,
  kb: KnowledgeBase,
  before: readonly ActorMention[],
): Described | undefined {
  const owner = before[before.length - 1];
  if (!owner || owner.group || owner.actor.kind === 'person' || owner.actor.kind === 'group') return undefined;
  if (owner.sentence !== tokens[i]!.sentence || !owns(tokens, owner, i, before)) return undefined;
  const words = rolePhrases(kb);
  for (let j = i + 1; j <= i + 4 && tokens[j]; j++) {
    const t = tokens[j]!;
    // The longest role phrase that starts here: "foreign ministry" before "foreign".
    for (const n of [3, 2, 1]) {
      const role = words.get(
        tokens
          .slice(j, j + n)
          .map((x) => x.lower)
          .join(' '),
      );
      if (role && tokens.slice(j, j + n).length === n) {
        // "its leader Abdullah Ocalan": the title of a name, which names its own actor.
        if (!STATE_ROLES.has(role) || /^\p{Lu}/u.test(tokens[j + n]?.text ?? '')) return undefined;
        const whose = actPossessor(tokens, owner, before) ?? owner.actor;
        const actor = whose.kind === 'organization' ? whose : ActorFactory.country(kb, whose.country, role);
        return { end: j + n, actor };
      }
    }
    if (!/^\p{Ll}/u.test(t.text) || !['ADV', 'ADJ', 'VERB'].includes(t.pos)) return undefined;
  }
  return undefined;
}

// "its" is the owner's when joined to it ("China and its president") or when the owner is the subject of
// the clause "its" sits in ("Syria has again offered its troops"); "ties with Libya after crowds trashed its
// embassy" is someone else's.
function owns(tokens: readonly Token[], owner: ActorMention, i: number, before: readonly ActorMention[]): boolean {
  const between = tokens.slice(owner.tokenEnd, i);
  if (between.length <= 2 && between.every((t) => ['and', ',', 'or'].includes(t.lower))) return true;
  if (
    i - owner.tokenEnd > 8 ||
    before.some((m) => m !== owner && m.sentence === owner.sentence && m.tokenStart < owner.tokenStart)
  )
    return false;
  let k = owner.tokenStart - 1;
  while (k >= 0 && tokens[k]!.sentence === owner.sentence) {
    if (['VERB', 'AUX', 'ADP'].includes(tokens[k]!.pos)) return false;
    k--;
  }
  return true;
}

// "Iraq's invasion of oil-wealthy Kuwait and its subsequent military buildup": when the owner is the object of a
// noun another country possesses, that country is what the phrase is about, and "its" is the possessor's.
function actPossessor(
  tokens: readonly Token[],
  owner: ActorMention,
  before: readonly ActorMention[],
): ActorMention['actor'] | undefined {
  let k = owner.tokenStart - 1;
  while (
    k > owner.tokenStart - 5 &&
    (tokens[k]?.text === '-' || /^\p{Ll}/u.test(tokens[k]?.text ?? '')) &&
    tokens[k]!.lower !== 'of'
  )
    k--;
  if (tokens[k]?.lower !== 'of' || tokens[k - 1]?.pos !== 'NOUN' || tokens[k - 2]?.text !== "'s") return undefined;
  const possessor = before.find((m) => m.tokenEnd === k - 2 && !m.group);
  return possessor && possessor.actor.kind !== 'person' ? possessor.actor : undefined;
}

const LOCATIVE = new Set(['in', 'across', 'throughout', 'at', 'to', 'from', 'between', 'inside', 'within']);
const PLACE_JOINERS = new Set([',', 'and', 'or', 'the']);

// "foreigners are in Iraq and Kuwait. Overall, ... in both countries": the last list of `count` countries named
// as places, in this sentence or the one before, when no other country has acted since it began; else undefined.
function placeList(
  tokens: readonly Token[],
  i: number,
  count: number,
  before: readonly ActorMention[],
  places: DocMemory['places'],
): string[] | undefined {
  const earlier = places.filter((p) => p.tokenEnd <= i && tokens[p.tokenStart]!.sentence >= tokens[i]!.sentence - 1);
  const end = earlier.length - 1;
  if (end < 1) return undefined;
  let start = end;
  const joined = (a: (typeof places)[number], b: (typeof places)[number]) =>
    b.tokenStart > a.tokenEnd &&
    b.tokenStart - a.tokenEnd <= 3 &&
    tokens.slice(a.tokenEnd, b.tokenStart).every((t) => PLACE_JOINERS.has(t.lower));
  while (start > 0 && joined(earlier[start - 1]!, earlier[start]!)) start--;
  const countries = [...new Set(earlier.slice(start, end + 1).map((p) => p.country))];
  if (countries.length !== count) return undefined;
  const at = earlier[start]!.tokenStart;
  const since = before.some(
    (m) =>
      m.tokenStart >= at &&
      !m.group &&
      m.actor.country !== 'IGO' &&
      m.actor.country !== 'NGO' &&
      !countries.includes(m.actor.country),
  );
  return since ? undefined : countries;
}
