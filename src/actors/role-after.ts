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

// Nouns a civilian or police word may come before and still name people, their means or their acts: "police
// units", "police cars", "in Israeli police custody".
const MEANS =
  /^(?:cars?|vans?|trucks?|vehicles?|boats?|helicopters?|forces?|patrols?|convoys?|squads?|groups?|custody|detention|raids?|operations?|crackdowns?|action|fire|gunfire|violence|brutality|checkpoints?|presence|protection|escorts?)$/;

// "Cambodia's main tourist attraction", "a police station": a singular civilian or police word before a lower-case
// noun that names no one describes a thing.
function namesThing(tokens: readonly Token[], matches: readonly LexicalMatch[], m: LexicalMatch, code: string) {
  if (code !== 'CVL' && code !== 'COP') return false;
  const word = tokens[m.tokenEnd - 1]!;
  const next = tokens[m.tokenEnd];
  return (
    m.tokenEnd - m.tokenStart === 1 &&
    !/s$/.test(word.lower) &&
    next !== undefined &&
    next.pos === 'NOUN' &&
    /^\p{Ll}/u.test(next.text) &&
    !AGENTS.test(next.lower) &&
    !MEANS.test(next.lower) &&
    !matches.some((x) => x.tokenStart === m.tokenEnd)
  );
}

/** Whether the role word at `m` only describes the thing after it ("a police station"); false where `m` is none. */
export function thingNamed(tokens: readonly Token[], matches: readonly LexicalMatch[], m: LexicalMatch | undefined) {
  const role = m?.entries.find((e) => e.kind === 'role');
  return Boolean(m && role && namesThing(tokens, matches, m, role.ref));
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
    if (role) return namesThing(tokens, matches, m!, role.ref) ? undefined : { code: role.ref, end: m!.tokenEnd };
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

/**
 * "the British and Irish governments", "American, British and French troops": a country's adjective joined to
 * others, the last of which has a plural role word, shares that role. The role's code with `end` at the
 * adjective itself (each adjective is its own mention), or undefined.
 */
export function sharedRole(
  matches: readonly LexicalMatch[],
  tokens: readonly Token[],
  m: LexicalMatch,
): { code: string; end: number } | undefined {
  let k = m.tokenEnd;
  for (let hops = 0; hops < 8; hops++) {
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower === 'and') k++;
    if (k === m.tokenEnd) return undefined;
    const next = matches.find((x) => x.tokenStart === k);
    if (!next || !kindAt(next, 'adjective')) return undefined;
    const after = matches.find((x) => x.tokenStart === next.tokenEnd);
    const role = kindAt(after, 'role');
    if (role && /s$/.test(tokens[after!.tokenEnd - 1]!.lower)) return { code: role.ref, end: m.tokenEnd };
    if (after || !/^(?:,|and)$/.test(tokens[next.tokenEnd]?.lower ?? '')) return undefined;
    k = next.tokenEnd;
  }
  return undefined;
}

// People who serve on a body's team: "An American leader of a U.N. weapons inspection team" works for the body.
const SERVING = new Set(['leader', 'head', 'chief', 'member', 'official', 'officials', 'members', 'leaders']);

/**
 * "An American leader of a U.N. weapons inspection team", "a French official of the European Union": a person
 * of a country who serves an international body after "of" is that body's; the body's code, else undefined.
 */
export function bodyServed(
  tokens: readonly Token[],
  matches: readonly LexicalMatch[],
  roleEnd: number,
): string | undefined {
  if (!SERVING.has(tokens[roleEnd - 1]?.lower ?? '') || tokens[roleEnd]?.lower !== 'of') return undefined;
  const at = ['a', 'an', 'the'].includes(tokens[roleEnd + 1]?.lower ?? '') ? roleEnd + 2 : roleEnd + 1;
  const body = kindAt(
    matches.find((n) => n.tokenStart === at),
    'organization',
  );
  return body?.ref.startsWith('IGO') ? body.ref : undefined;
}
