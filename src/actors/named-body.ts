import type { ActorMention, RoleCode, Token } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { formKeys, rolePhrases, tokenKey } from './lexicon.js';
import type { SentenceScope } from './sentence-scope.js';

const heads = new WeakMap<KnowledgeBase, Map<string, RoleCode>>();
function headsOf(kb: KnowledgeBase): Map<string, RoleCode> {
  let map = heads.get(kb);
  if (!map) {
    map = new Map(Object.entries(kb.nameHeads).map(([head, role]) => [formKeys(head).join(' '), role]));
    heads.set(kb, map);
  }
  return map;
}

// Inside a body's name: "Ministry of Foreign Affairs", "Institute for Defense Analyses". Not "and", which
// joins two names ("Nippon Steel and Mitsubishi Heavy Industries").
const NAME_PARTICLES = new Set(['of', 'for', 'the', 'on']);

/**
 * The body a capitalized name starting at token `i` names by its last word or words (`name-heads.json`):
 * "National Aerospace Technology Administration" (GOV), "Steel" in "Nippon Steel" (BUS), "Heavy
 * Industries" (BUS). The longest such name within `[i, to)`; undefined when the name ends in no head.
 */
export function namedBodyAt(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  i: number,
  to: number,
): { end: number; role: RoleCode } | undefined {
  const map = headsOf(kb);
  let found: { end: number; role: RoleCode } | undefined;
  for (let j = i; j < Math.min(to, i + 12); j++) {
    const t = tokens[j]!;
    const word = /^\p{Lu}/u.test(t.text);
    if (!word && !(j > i && (NAME_PARTICLES.has(t.lower) || t.text === '-'))) break;
    if (!word) continue;
    for (const n of [2, 1]) {
      if (j - n + 1 < i) continue;
      const key = tokens
        .slice(j - n + 1, j + 1)
        .map((x) => tokenKey(x.text))
        .join(' ');
      const role = map.get(key);
      if (role) {
        // "Corp." ends with its dot.
        found = { end: tokens[j + 1]?.text === '.' && /^(corp|co|inc|ltd)$/.test(key) ? j + 2 : j + 1, role };
        found = { end: found.end, role: roleWordBefore(kb, tokens, i, j + 1) ?? role };
        break;
      }
    }
  }
  return found;
}

// "Canadian Security Intelligence Service": a role phrase that ends the name says more than its last word.
function roleWordBefore(kb: KnowledgeBase, tokens: readonly Token[], start: number, end: number): RoleCode | undefined {
  const roles = rolePhrases(kb);
  for (let n = Math.min(3, end - start); n >= 2; n--) {
    const role = roles.get(
      tokens
        .slice(end - n, end)
        .map((t) => tokenKey(t.text))
        .join(' '),
    );
    if (role) return role;
  }
  return undefined;
}

/**
 * A body named after the seat that follows it: "the United Bus Company of Tehran", "the University of Tehran".
 * Returns where the body's name starts and its role when the capitalized words before "of" and the seat at
 * `seatStart` end in a name head, else undefined.
 */
export function bodyBeforeSeat(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  seatStart: number,
  from: number,
): { start: number; role: RoleCode } | undefined {
  if (tokens[seatStart - 1]?.lower !== 'of') return undefined;
  let start = seatStart - 1;
  while (start - 1 >= from && /^\p{Lu}/u.test(tokens[start - 1]!.text)) start--;
  if (start === seatStart - 1) return undefined;
  const body = namedBodyAt(kb, tokens, start, seatStart - 1);
  return body?.end === seatStart - 1 ? { start, role: body.role } : undefined;
}

const JOINERS = new Set(['and', '&']);
// A savings and loan association, a credit union or an insurance society is a business, no body of civil society.
const TRADE_WORDS = new Set(['Savings', 'Loan', 'Loans', 'Bank', 'Banking', 'Credit', 'Insurance', 'Building']);
const capitalized = (text: string | undefined) => /^\p{Lu}[\p{L}'-]*$/u.test(text ?? '');

/**
 * Named bodies of civil society that no list knows and no country is named for, by the word that says what
 * they are: "the Third World Water Forum", "the Association of African Jurists", "the Gates Foundation", coded as
 * CAMEO's `NGO`. The name is the capitalized words before the head and an "of" or "for" phrase of capitalized words
 * after it, two words at least; a name with an actor in it ("the Russian Federation", "the American Medical
 * Association") is that actor's.
 */
export function civilBodies(scope: SentenceScope): ActorMention[] {
  const { doc, from, to, used, make } = scope;
  const tokens = doc.tokens;
  const out: ActorMention[] = [];
  for (const mark of scope.marks) {
    const i = mark.tokenStart;
    if (mark.entries[0]?.ref !== 'civil' || used.has(i)) continue;
    let start = i;
    // "Valley Federal Savings and Loan Association": "and" may join two capitalized words of one name.
    const partOfName = (k: number) =>
      k >= from &&
      !used.has(k) &&
      (capitalized(tokens[k]!.text) || (JOINERS.has(tokens[k]!.lower) && k > from && capitalized(tokens[k - 1]!.text)));
    while (partOfName(start - 1)) start--;
    // "Members of the Association", "Yesterday the Forum": the sentence's first word is capitalized anyway.
    if (start === from && start < i && tokens[start]!.pos !== 'PROPN') start++;
    let end = i + 1;
    if (['of', 'for'].includes(tokens[end]?.lower ?? '') && capitalized(tokens[end + 1]?.text)) {
      end += 1;
      while (end < to && capitalized(tokens[end]!.text)) end++;
    }
    if (end - start < 2 || used.has(start - 1)) continue;
    let inside = false;
    for (let k = start; k < end; k++) inside ||= used.has(k);
    if (inside || tokens.slice(start, end).some((t) => TRADE_WORDS.has(t.text))) continue;
    const name = doc.article.text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    out.push(make(start, end, ActorFactory.namedCivilBody(name), 'kb'));
  }
  return out;
}

const LIST_JOINERS = new Set(['-', '—', '–', ',', 'and', ':', '(', 'such', 'as', 'including', 'like']);

/**
 * Companies listed after companies of a known country: "two Japanese companies - Nippon Steel and
 * Mitsubishi Heavy Industries -" makes Mitsubishi Heavy Industries a Japanese business too. A name ending
 * in a business head (`namedBodyAt`) right after a business mention, with only list words between, takes
 * that mention's country.
 */
export function listedCompanies(scope: SentenceScope, found: readonly ActorMention[]): ActorMention[] {
  const { doc, kb, from, to, used, make } = scope;
  const tokens = doc.tokens;
  const out: ActorMention[] = [];
  // Most sentences name no business: nothing to list after.
  if (!found.some((m) => m.actor.role === 'BUS')) return out;
  const all = () => [...found, ...out];
  for (let i = from; i < to; i++) {
    if (used.has(i) || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    if (i > from && /^\p{Lu}/u.test(tokens[i - 1]!.text) && !used.has(i - 1)) continue;
    const body = namedBodyAt(kb, tokens, i, to);
    if (!body || body.role !== 'BUS') continue;
    let k = i - 1;
    while (k >= from && LIST_JOINERS.has(tokens[k]!.lower)) k--;
    const owner = all().find((m) => m.tokenEnd === k + 1 && m.actor.role === 'BUS');
    if (!owner) continue;
    out.push(make(i, body.end, ActorFactory.country(kb, owner.actor.country, 'BUS'), 'kb'));
    i = body.end - 1;
  }
  return out;
}
