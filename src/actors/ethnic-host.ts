import type { ActorMention, Token } from '../model.js';
import type { LexicalMatch } from './lexicon.js';
import { ActorFactory } from './actor-factory.js';
import type { SentenceScope } from './sentence-scope.js';

// Kinds of lexical match that name a country where a people may live; not seats, which as often start the
// name of a newspaper or a body ("the Washington Post").
const PLACE_KINDS = new Set(['country', 'state']);

/**
 * CAMEO codes an ethnic community by the country it lives in, not by the state its people are named after:
 * "ethnic Albanians in south Serbia" are SRB, "ethnic Turks" protesting Sweden's decision SWE. For each
 * mention right after "ethnic" that names a country by its people, the host is the country the sentence
 * places them in: the first other country named after the mention ("demonstrated on Tuesday in Serbia",
 * "villages near Macedonia's border"), else the one named before it in the sentence, else the country the
 * article named last. With no other country in sight the mention is left as it is. A people in the plural
 * followed by "of" and a country is that country's ("the Albanians of southern Serbia" SRB). A demonym's
 * "minority" is placed as "ethnic" places it; its "population" only by a country after a locative ("in
 * Montenegro ... the Albanian population" MNE). A community so
 * placed is its host's people, not its state: without a role word of its own it is coded `CVL` ("ethnic
 * Albanians" demanding autonomy from Serbia are SRBCVL, not Serbia acting on itself). Returns the sentence's
 * mentions, with such mentions recoded.
 *
 * ```ts
 * // "Ethnic Albanians in south Serbia demanded autonomy." → [{ text: 'Albanians', code: 'SRBCVL' }]
 * ```
 */
export function ethnicHosts(scope: SentenceScope, mentions: readonly ActorMention[]): ActorMention[] {
  const { doc, kb, matches, memory } = scope;
  const tokens = doc.tokens;
  const head = (m: ActorMention) => tokens[m.tokenEnd - 1]!.lower;
  // "the Hungarian minority" lives in another people's state, as "ethnic" says; a community named otherwise
  // ("the Catholic minority") was placed by the community rules already.
  const byDemonym = (m: ActorMention) =>
    matches.some(
      (x) =>
        x.tokenStart === m.tokenStart && x.entries.some((e) => e.kind === 'adjective' && e.ref === m.actor.country),
    );
  const ethnic = (m: ActorMention) =>
    tokens[m.tokenStart - 1]?.lower === 'ethnic' || (MINORITY.has(head(m)) && byDemonym(m));
  if (!mentions.some((m) => ethnic(m) || POPULATION.has(head(m)) || tokens[m.tokenEnd]?.lower === 'of'))
    return [...mentions];
  return mentions.map((m) => {
    if (m.actor.kind !== 'country') return m;
    const own = m.actor.country;
    // "the Albanians of southern Serbia", "the Russians of Estonia": a people of a land is that land's.
    const of = peopleOf(scope, m);
    if (of && of !== own) return { ...m, actor: ActorFactory.country(kb, of, m.actor.role ?? 'CVL') };
    const population = POPULATION.has(head(m)) && byDemonym(m);
    if (!ethnic(m) && !population) return m;
    // "the Albanian population" of a country is its own unless the sentence places it in another one ("in
    // Montenegro", "in Macedonia"): only countries after a locative count, and never the article's last.
    const other = (kinds: ReadonlySet<string>, from: number, to: number) =>
      matches
        .filter((x) => x.tokenStart >= from && x.tokenStart < to && (!population || locativeBefore(tokens, x)))
        .flatMap((x) => x.entries.filter((e) => kinds.has(e.kind) && e.ref !== own).map((e) => e.ref));
    const host =
      other(PLACE_KINDS, m.tokenEnd, scope.to)[0] ??
      other(PLACE_KINDS, scope.from, m.tokenStart).pop() ??
      (population ? undefined : [...memory.countries].reverse().find((c) => c !== own && c !== 'IGO' && c !== 'NGO'));
    if (!host || !kb.country(host)) return m;
    return { ...m, actor: ActorFactory.country(kb, host, m.actor.role ?? 'CVL') };
  });
}

const MINORITY = new Set(['minority', 'minorities']);
const POPULATION = new Set(['population', 'populations']);
const LOCATIVES = new Set(['in', 'of', 'throughout', 'across']);

// Whether a locative word stands before the match, past "the" and a compass word ("in southern Serbia").
function locativeBefore(tokens: readonly Token[], x: LexicalMatch): boolean {
  let at = x.tokenStart - 1;
  if (COMPASS.has(tokens[at]?.lower ?? '')) at--;
  if (tokens[at]?.lower === 'the') at--;
  return LOCATIVES.has(tokens[at]?.lower ?? '');
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

// The country after "of" when the mention is a people in the plural ("the Albanians of southern Serbia").
function peopleOf(scope: SentenceScope, m: ActorMention): string | undefined {
  const tokens = scope.doc.tokens;
  const last = tokens[m.tokenEnd - 1]!;
  if (m.tokenEnd - m.tokenStart !== 1 || !/s$/.test(last.text) || tokens[m.tokenEnd]?.lower !== 'of') return undefined;
  let at = m.tokenEnd + 1;
  if (tokens[at]?.lower === 'the') at++;
  if (COMPASS.has(tokens[at]?.lower ?? '')) at++;
  const match = scope.matches.find((x) => x.tokenStart === at);
  return match?.entries.find((e) => e.kind === 'country' || e.kind === 'state')?.ref;
}
