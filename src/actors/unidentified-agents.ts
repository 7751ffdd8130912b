import type { Actor, ActorMention, Doc, Token } from '../model.js';
import { mentionOver } from './mention.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** The country code of an actor news does not place in any country ("insurgents"), as CAMEO writes it. */
export const UNIDENTIFIED = '---';

// Roles whose bare mention is an agent worth an event even without a country: armed groups act on states
// ("Insurgents bombarded … Aleppo", "Militants attacked the US embassy"). Bare officials, police or troops are
// left out, and so is "the government": without a country they are almost always the article's own, which the
// text may name only later ("the dissidents who criticized the government were released by Kenya").
const AGENT_ROLES = new Set(['REB', 'SEP']);
const MAX_WORDS = 3;

interface AgentWords {
  readonly roles: ReadonlyMap<string, string>;
  /** The first word of every phrase: most tokens start none. */
  readonly firsts: ReadonlySet<string>;
}

const wordsByKb = new WeakMap<KnowledgeBase, AgentWords>();

function agentWords(kb: KnowledgeBase): AgentWords {
  let words = wordsByKb.get(kb);
  if (!words) {
    const roles = new Map<string, string>();
    for (const role of kb.roles)
      if (AGENT_ROLES.has(role.code)) for (const w of role.words) roles.set(w.toLowerCase(), role.code);
    words = { roles, firsts: new Set([...roles.keys()].map((w) => w.split(' ')[0]!)) };
    wordsByKb.set(kb, words);
  }
  return words;
}

/**
 * Mentions of armed agents that the text names only by what they are: "Insurgents bombarded a government-held part
 * of Syria's second city", "militants attacked the embassy". Their actor has the country `---`, as in CAMEO codings, so an event they take part in
 * keeps its identified side ("--- → SYR 190") instead of being lost or credited to the place where it happened.
 * A role word is no such mention when a country or name is written with it ("Syrian rebels", "Taliban
 * insurgents", "the rebel Revolutionary United Front"), when it modifies another word ("rebel-held", "militant
 * attacks"), or when another mention already covers it.
 *
 * ```ts
 * unidentifiedAgents(doc, kb, mentions); // [{ text: 'Insurgents', actor: { code: '---REB', country: '---', ... } }]
 * ```
 */
export function unidentifiedAgents(doc: Doc, kb: KnowledgeBase, mentions: readonly ActorMention[]): ActorMention[] {
  const tokens = doc.tokens;
  const words = agentWords(kb);
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const found = agentAt(tokens, words, i, covered);
    if (!found) continue;
    const text = doc.article.text.slice(tokens[i]!.start, tokens[found.end - 1]!.end);
    const actor: Actor = {
      code: `${UNIDENTIFIED}${found.role}`,
      country: UNIDENTIFIED,
      name: text.toLowerCase(),
      role: found.role,
      kind: 'group',
    };
    out.push(mentionOver(doc, i, found.end, actor, 'kb'));
    i = found.end - 1;
  }
  return out;
}

/** Whether an actor is one of these: no country known. */
export function isUnidentified(actor: Actor | null | undefined): boolean {
  return actor?.country === UNIDENTIFIED;
}

function agentAt(
  tokens: readonly Token[],
  words: AgentWords,
  i: number,
  covered: ReadonlySet<number>,
): { end: number; role: string } | undefined {
  if (!words.firsts.has(tokens[i]!.lower)) return undefined;
  for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t, k) => t.sentence !== tokens[i]!.sentence || (k > 0 && covered.has(i + k)))) continue;
    const role = words.roles.get(span.map((t) => t.lower).join(' '));
    if (!role) continue;
    const head = span[n - 1]!;
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return undefined;
    return freeStanding(tokens, i, i + n, covered) ? { end: i + n, role } : undefined;
  }
  return undefined;
}

// Nothing before the phrase names whose it is, and nothing after makes it a modifier.
function freeStanding(tokens: readonly Token[], start: number, end: number, covered: ReadonlySet<number>): boolean {
  const next = tokens[end];
  if (next && next.sentence === tokens[start]!.sentence) {
    // "rebel-held", "militant attacks", "the government's troops", "insurgents' positions" stay as they are;
    // the possessive is still the agent's.
    if (next.text === '-' || next.pos === 'NOUN' || next.pos === 'PROPN') return false;
  }
  const previous = tokens[start - 1];
  if (!previous || previous.sentence !== tokens[start]!.sentence) return true;
  if (covered.has(start - 1)) return false;
  if (previous.pos === 'DET') return true;
  // "pro-Russia rebels" are no one's in particular; "Houthi rebels", "Kurdish militants" are someone's.
  if (/^\p{Lu}/u.test(previous.text)) return tokens[start - 2]?.text === '-' && tokens[start - 3]?.lower === 'pro';
  if (previous.text === "'s" || previous.text === '’s') return false;
  return true;
}
