import type { Token } from '../model.js';
import type { LexicalMatch } from './lexicon.js';

const kindAt = (m: LexicalMatch | undefined, kind: string) => m?.entries.find((e) => e.kind === kind);

/** "State Department official", "Xinhua news agency": the end of a role word right after a seat or agency, else `end`. */
export function extendOverRole(matches: readonly LexicalMatch[], end: number): number {
  const next = matches.find((n) => n.tokenStart === end);
  return next && kindAt(next, 'role') ? next.tokenEnd : end;
}

// People a role adjective still describes as of that role: "Thai military sources", "military advisers".
const AGENTS =
  /(?:ers?|ors?|ists?|ians?|ants?|ents?|ees?)$|^(?:sources?|personnel|staff|chiefs?|units?|teams?|delegations?)$/;

/** "China's military buildup", "Russian military drills": whether a role word used as an adjective describes a thing. */
export function describes(
  tokens: readonly Token[],
  matches: readonly LexicalMatch[],
  m: LexicalMatch | undefined,
): boolean {
  if (!m || m.tokenEnd - m.tokenStart !== 1 || tokens[m.tokenStart]!.pos !== 'ADJ') return false;
  const next = tokens[m.tokenEnd];
  return Boolean(
    next &&
    next.pos === 'NOUN' &&
    /^\p{Ll}/u.test(next.text) &&
    !AGENTS.test(next.lower) &&
    !matches.some((x) => x.tokenStart === m.tokenEnd),
  );
}

const GOVERNING = new Set(['government', 'regime', 'administration', 'cabinet', 'leadership', 'junta']);

/**
 * "Japanese government officials": the role word up to two words after a country or its demonym, with its code
 * and end. After a possessive, a participle or one capitalized word may describe the body too: "Kuwait's ousted
 * government", "Nicaragua's Sandinista government". Undefined when another kind of word comes first.
 */
export function roleAfter(
  matches: readonly LexicalMatch[],
  cursor: number,
  tokens: readonly Token[],
  possessive: boolean,
): { code: string; end: number } | undefined {
  for (let skip = 0; skip <= 2; skip++) {
    const m = matches.find((x) => x.tokenStart === cursor + skip);
    const role = m?.entries.find((e) => e.kind === 'role');
    if (role) return { code: role.ref, end: m!.tokenEnd };
    const t = tokens[cursor + skip];
    if (!t) return undefined;
    const describing =
      (['ADJ', 'NOUN'].includes(t.pos) && /^\p{Ll}/u.test(t.text)) ||
      (possessive && t.pos === 'VERB' && /^\p{Ll}+ed$/u.test(t.text)) ||
      // a word no name starts, before a word for those who govern: "Nicaragua's Sandinista government", not
      // "Japan's Toyota officials"
      (possessive &&
        skip === 0 &&
        !m &&
        t.pos === 'PROPN' &&
        /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
        GOVERNING.has(tokens[cursor + 1]?.lower ?? ''));
    if (!describing) return undefined;
  }
  return undefined;
}
