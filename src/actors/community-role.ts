import type { ActorMention, Token } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import type { LexicalMatch } from './lexicon.js';
import type { SentenceScope } from './sentence-scope.js';

const kindAt = (m: LexicalMatch | undefined, kind: string) => m?.entries.find((e) => e.kind === kind);

// Kinds of lexical match that name a land a community may live in; not seats, which as often start the name of a
// newspaper or a body ("the Washington Post").
const PLACE_KINDS = new Set(['country', 'state']);

/**
 * CAMEO codes a religious or ethnic community by the country it lives in. A community's name with no demonym
 * before it, before a role word ("Moslem forces in east Bosnia", "Islamic fundamentalists ... Algerian
 * President", "Shona rebels ... the Mozambique government", "Kurdish rebels clashed with Turkish troops"),
 * is coded as the country the sentence places it in, with that role (a community's leaders are no
 * government: no role): the demonym of a community it is joined to ("Bosnian Croat and Moslem forces"), else the
 * first country the sentence names by name after it (not inside a longer name: "the New York Times"), else the
 * last one before it, else the country of the last actor before it in the sentence, else of the first after it. With no
 * country in the sentence there is no mention. Settlers are the state's that settles them ("Jewish settlers
 * in the West Bank" ISR, `ethnic-groups.json` `settlers`). Peoples of one country ("Chechen rebels") are read
 * by the lexicon, and communities after a demonym ("Iraqi Kurds") by the recognizer.
 *
 * ```ts
 * // "Bosnian Serbs demanded a truce with Moslem forces in east Bosnia." → "Moslem forces" BIHMIL
 * ```
 */
export function communityRoles(scope: SentenceScope, found: readonly ActorMention[]): ActorMention[] {
  const { doc, kb, matches, used, make } = scope;
  const tokens = doc.tokens;
  const out: ActorMention[] = [];
  for (const mark of scope.marks) {
    const i = mark.tokenStart;
    const word = tokens[i]!.text;
    if (mark.entries[0]?.ref !== 'community' || used.has(i) || kb.ethnicHomes[word] || kb.ethnicNations.has(word))
      continue;
    // "the Umma (Nation) party": a gloss in parentheses may follow the name.
    const after = i + 1 + glossLength(tokens, i + 1);
    // "Moslem fundamentalist demonstrators": one lower-case word may stand before the role word.
    const skip = matches.some((m) => m.tokenStart === after) ? 0 : /^\p{Ll}/u.test(tokens[after]?.text ?? '') ? 1 : 0;
    const roleMatch = matches.find((m) => m.tokenStart === after + skip);
    const role = kindAt(roleMatch, 'role');
    if (!roleMatch || !role || used.has(roleMatch.tokenStart)) continue;
    const next = matches.find((m) => m.tokenStart === roleMatch.tokenEnd);
    const end = kindAt(next, 'role') ? next!.tokenEnd : roleMatch.tokenEnd;
    // "a Christian missionary from Calgary": where they come from is said, and may be no country named here.
    if (tokens[end]?.lower === 'from') continue;
    const settler = role.ref === 'SET' ? kb.ethnicSettlers[word] : undefined;
    // "Bosnian Croat and Moslem armed forces": the demonym of the first community is the second's too.
    const joined = ['and', ','].includes(tokens[i - 1]?.lower ?? '')
      ? found.find((m) => m.tokenEnd === i - 1 && m.actor.kind === 'country')?.actor.country
      : undefined;
    const host = settler ?? joined ?? hostCountry(scope, found, i, end);
    if (!host || !kb.country(host)) continue;
    const code = role.ref === 'GOV' ? undefined : role.ref;
    out.push(make(i, end, ActorFactory.country(kb, host, code), 'kb'));
  }
  return out;
}

function hostCountry(
  scope: SentenceScope,
  found: readonly ActorMention[],
  start: number,
  end: number,
): string | undefined {
  const tokens = scope.doc.tokens;
  // Not a name inside a longer one: "the New York Times reported" places no one in New York.
  const named = (a: number, b: number) =>
    scope.matches
      .filter((m) => m.tokenStart >= a && m.tokenStart < b && !/^\p{Lu}/u.test(tokens[m.tokenEnd]?.text ?? ''))
      .flatMap((m) => m.entries.filter((e) => PLACE_KINDS.has(e.kind)).map((e) => e.ref));
  const actors = found.filter((m) => m.actor.kind !== 'organization');
  return (
    named(end, scope.to)[0] ??
    named(scope.from, start).pop() ??
    actors.filter((m) => m.tokenEnd <= start).pop()?.actor.country ??
    // Not a demonym after it standing for its country: "Muslim hackers defaced Danish Web sites" live anywhere.
    actors.find((m) => m.tokenStart >= end && m.via !== 'demonym')?.actor.country
  );
}

// The length of a short gloss in parentheses at `i` ("(Nation)", "( \"Enough\" )"), 0 when none.
function glossLength(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return 0;
  for (let j = i + 1; j <= i + 4; j++) if (tokens[j]?.text === ')') return j + 1 - i;
  return 0;
}
