import type { ActorMention } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import type { LexicalMatch } from './lexicon.js';
import { AGAINST_THE_GOVERNMENT, OUTSIDERS } from './role-in-country.js';
import type { SentenceScope } from './sentence-scope.js';

// People who protest in the street. "Activists" and "dissidents" as often campaign from abroad.
const PROTESTERS = new Set(['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators']);
const LOCATIVE = new Set(['in', 'at', 'across', 'throughout', 'near', 'outside']);
// Kinds of lexical entry that name a country: its name, its capital, its demonym.
const COUNTRY_KINDS = new Set(['country', 'metonym', 'adjective']);

/**
 * "Anti-government protesters clashed with police in Bangkok": protesters set against the government, with no
 * country written onto them, are the opposition (OPP) of the one country the sentence names as a place (a country
 * or its capital after "in", "at", "across", "throughout", "near" or "outside"), provided the sentence names no
 * other country in any way. Returns null when the match at `m` is no such phrase or the country is not clear
 * ("Anti-government protesters marched on Sunday"; "... outside the Japanese embassy in Bangkok" names two).
 *
 * ```ts
 * localOpposition(scope, protestersMatch); // [THAOPP "anti-government protesters"]
 * ```
 */
export function localOpposition(scope: SentenceScope, m: LexicalMatch): ActorMention[] | null {
  const { doc, kb, matches, make } = scope;
  const tokens = doc.tokens;
  const role = m.entries.find((e) => e.kind === 'role');
  const words = tokens
    .slice(m.tokenStart, m.tokenEnd)
    .map((t) => t.lower)
    .join(' ');
  if (role?.ref !== 'OPP' || !PROTESTERS.has(words)) return null;
  if (!AGAINST_THE_GOVERNMENT.has(tokens[m.tokenStart - 1]?.lower ?? '')) return null;
  // "foreign anti-government protesters", "Cuban exile opposition protesters": someone else's, or another
  // phrase's; a count or an article leaves them local.
  const prev = tokens[m.tokenStart - 2];
  if (prev && (OUTSIDERS.has(prev.lower) || (!['NUM', 'DET'].includes(prev.pos) && /^(NOUN|PROPN)$/.test(prev.pos))))
    return null;
  const countries = new Set<string>();
  let placed: string | undefined;
  for (const n of matches) {
    if (n.tokenStart < scope.from || n.tokenEnd > scope.to) continue;
    const entry = n.entries.find((e) => COUNTRY_KINDS.has(e.kind));
    if (!entry) continue;
    // "Tripoli" is also Lebanon's: a shared capital's name says nothing here.
    const text = tokens
      .slice(n.tokenStart, n.tokenEnd)
      .map((t) => t.text)
      .join(' ');
    if (entry.kind === 'metonym' && kb.country(entry.ref)?.ambiguousNames.includes(text)) return null;
    countries.add(entry.ref);
    const before = tokens[n.tokenStart - 1]?.lower === 'the' ? n.tokenStart - 2 : n.tokenStart - 1;
    if (entry.kind !== 'adjective' && LOCATIVE.has(tokens[before]?.lower ?? '')) placed = entry.ref;
  }
  if (!placed || countries.size !== 1) return null;
  return [make(m.tokenStart - 1, m.tokenEnd, ActorFactory.country(kb, placed, 'OPP'), 'kb')];
}
