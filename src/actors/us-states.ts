import type { Doc, Token } from '../model.js';
import type { DocMemory } from './actor-context.js';
import type { KnowledgeBase, UsStateRecord } from './knowledge-base.js';
import { type LexicalMatch, formKeys, tokenKey } from './lexicon.js';

// Words right after a state's name (or its "'s") that only a U.S. state takes: "Georgia's governor", "the
// Georgia state legislature", "Georgia lawmakers", "Fulton County", "Georgia Republicans".
const CUES_AFTER = new Set([
  'gov',
  'governor',
  'lt',
  'lieutenant',
  'legislature',
  'legislators',
  'legislative',
  'lawmakers',
  'statehouse',
  'state',
  'county',
  'counties',
  'voters',
  'republicans',
  'democrats',
  'gop',
  'sen',
  'senator',
  'senators',
  'rep',
  'congressman',
  'congresswoman',
  'delegation',
]);
const PHRASES_AFTER = [formKeys('General Assembly'), formKeys('Secretary of State'), formKeys('Attorney General')];

// "the state of Georgia", "governor of Georgia", "Sen. Jon Ossoff, Democrat of Georgia", "Gov. Brian Kemp of Georgia".
const BEFORE_OF = new Set([
  'state',
  'governor',
  'gov',
  'sen',
  'senator',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'democrat',
  'republican',
]);

// Kinds of match that name a country or its seat: before a comma they start a list, not "Atlanta, Georgia".
const LISTED = new Set(['country', 'adjective', 'metonym']);

const names = new WeakMap<KnowledgeBase, ReadonlyMap<string, UsStateRecord>>();
function statesByKey(kb: KnowledgeBase): ReadonlyMap<string, UsStateRecord> {
  let found = names.get(kb);
  if (!found) names.set(kb, (found = new Map(kb.usStates.map((s) => [formKeys(s.name).join(' '), s]))));
  return found;
}

const hasState = (m: LexicalMatch) => m.entries.some((e) => e.kind === 'state');
const keyAt = (tokens: readonly Token[], i: number) => (tokens[i] ? tokenKey(tokens[i].text) : '');

/**
 * Resolves the names a U.S. state shares with something else ("Georgia" the country, "Washington" the
 * capital): the state where the words around it say so ("Georgia's governor", "the Georgia legislature",
 * "Gov. Brian Kemp of Georgia", "Atlanta, Georgia"), where the article used it for the state before, or
 * where the article names the state's capital, largest city or abbreviation, or another state, and not the
 * country's own capital ("Tbilisi"). The state reading keeps only the state entry (coded as the United
 * States with a role, never alone); the other drops it. Matches of a state's name alone are kept as they are.
 */
export function readStateNames(
  kb: KnowledgeBase,
  doc: Doc,
  matches: readonly LexicalMatch[],
  memory: DocMemory,
): readonly LexicalMatch[] {
  if (!matches.some((m) => hasState(m) && m.entries.length > 1)) return matches;
  const tokens = doc.tokens;
  return matches.map((m) => {
    if (!hasState(m) || m.entries.length === 1) return m;
    const key = formKeys(
      tokens
        .slice(m.tokenStart, m.tokenEnd)
        .map((t) => t.text)
        .join(' '),
    ).join(' ');
    const state = statesByKey(kb).get(key);
    const other = m.entries.find((e) => e.kind !== 'state');
    const listed = (end: number) =>
      Boolean(matches.find((n) => n.tokenEnd === end)?.entries.some((e) => LISTED.has(e.kind)));
    const reading =
      state !== undefined &&
      (memory.stateSenses.has(state.name) ||
        saysState(tokens, m, listed) ||
        (other?.kind === 'country' && articleSaysState(kb, doc, memory, state, other.ref)));
    if (reading) {
      memory.stateSenses.add(state.name);
      if (other?.kind === 'country') memory.otherSenses.add(other.ref);
    }
    return { ...m, entries: m.entries.filter((e) => (e.kind === 'state') === reading) };
  });
}

/**
 * Whether an article uses a state's name that a country shares ("Georgia") for the state: some mention of
 * it has the words of a state around it, or the article names the state's capital, largest city or
 * abbreviation and not the country's capital. `listed(end)` says whether the words ending at token `end`
 * name a country (a list of countries, "Armenia, Georgia and Azerbaijan", is no "Atlanta, Georgia").
 *
 * ```ts
 * pointsAtState(kb, segment(article), 'Georgia', 'GEO', () => false); // true for "Gov. Brian Kemp of Georgia ..."
 * ```
 */
export function pointsAtState(
  kb: KnowledgeBase,
  doc: Doc,
  name: string,
  country: string,
  listed: (end: number) => boolean,
): boolean {
  const state = kb.usStates.find((s) => s.name === name);
  if (!state) return false;
  const keys = formKeys(name);
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!keys.every((w, k) => keyAt(tokens, i + k) === w) || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    if (saysState(tokens, { tokenStart: i, tokenEnd: i + keys.length }, listed)) return true;
  }
  return articleSaysState(kb, doc, undefined, state, country);
}

// The words around one mention of the name.
function saysState(
  tokens: readonly Token[],
  m: { readonly tokenStart: number; readonly tokenEnd: number },
  listed: (end: number) => boolean,
): boolean {
  let after = m.tokenEnd;
  if (tokens[after]?.text === "'s") after++;
  if (CUES_AFTER.has(keyAt(tokens, after))) return true;
  if (PHRASES_AFTER.some((p) => p.every((w, k) => keyAt(tokens, after + k) === w))) return true;
  const prev = tokens[m.tokenStart - 1];
  if (prev?.lower === 'of') {
    let k = m.tokenStart - 2;
    if (BEFORE_OF.has(keyAt(tokens, k))) return true;
    // "Gov. Brian Kemp of Georgia": a name between the title and "of".
    while (
      k > m.tokenStart - 6 &&
      !BEFORE_OF.has(keyAt(tokens, k)) &&
      /^\p{Lu}/u.test(tokens[k]?.text ?? '') &&
      tokens[k]!.pos === 'PROPN'
    )
      k--;
    return k < m.tokenStart - 2 && BEFORE_OF.has(keyAt(tokens, k));
  }
  // "Atlanta, Georgia", "Fulton County, Georgia"; not "Armenia, Georgia and Azerbaijan".
  if (prev?.text === ',' && /^\p{Lu}/u.test(tokens[m.tokenStart - 2]?.text ?? '')) {
    return !(listed(m.tokenStart - 1) && [',', 'and', 'or'].includes(tokens[m.tokenEnd]?.lower ?? ''));
  }
  return false;
}

// The article as a whole: the state's capital, largest city or abbreviation ("Atlanta", "Ga."), and not the
// country's capital or seats ("Tbilisi"). Other states are no evidence: a story about Georgia the country
// may well mention the UN in New York. Worked out once per article and state.
function articleSaysState(
  kb: KnowledgeBase,
  doc: Doc,
  memory: DocMemory | undefined,
  state: UsStateRecord,
  country: string,
): boolean {
  const cached = memory?.stateArticles.get(state.name);
  if (cached !== undefined) return cached;
  const own = [state.capital, state.largestCity, state.abbreviation ?? ''].filter(Boolean).map(formKeys);
  const theirs = (kb.country(country)?.metonyms ?? []).map(formKeys);
  const tokens = doc.tokens;
  const at = (i: number, keys: readonly string[]) => keys.every((w, k) => keyAt(tokens, i + k) === w);
  let us = false;
  let foreign = false;
  for (let i = 0; i < tokens.length && !foreign; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    if (theirs.some((keys) => at(i, keys))) foreign = true;
    else if (!us && own.some((keys) => at(i, keys))) us = true;
  }
  const answer = us && !foreign;
  memory?.stateArticles.set(state.name, answer);
  return answer;
}
