import type { ActorMention, Doc, LearnedActor } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { remember } from './actor-context.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { learnedKey } from './learned-knowledge.js';
import { type LexicalMatch, formKeys, rolePhrases, titlePhrases } from './lexicon.js';
import type { SentenceScope } from './sentence-scope.js';

/**
 * The mention of a person an earlier article taught, where the match at `m` writes that person's full
 * name; the surname alone then resolves to the same person for the rest of the article. Null otherwise.
 */
export function learnedAt(scope: SentenceScope, m: LexicalMatch): ActorMention | null {
  const entry = m.entries.find((e) => e.kind === 'learned');
  const person = entry && scope.learned.find(entry.ref);
  if (!person) return null;
  const actor = ActorFactory.learned(person.name, person.country, person.role);
  remember(scope.memory, actor, person.name, undefined, scope.kb.country(person.country)?.familyNameFirst);
  return scope.make(m.tokenStart, m.tokenEnd, actor, 'learned');
}

// A learned name is a person's: a capitalized word each, no digits, nothing that ends like a body's name.
const NAME_WORD = /^\p{Lu}[\p{L}'.-]*$/u;

/**
 * The people an article taught, to be known in later articles: each person learned there from a title with
 * a country ("Algerian President Abdelaziz Tebboune") or from an apposition that names a post and whose it
 * is ("Akihisa Nagashima, a special adviser to Japanese Prime Minister Shigeru Ishiba", "Jong Yong Nam, a
 * DPRK representative"), once per name, with the sentence that says who they are. Left out, because a
 * later article would take them on trust: names of one word, names that start with a title or end like a
 * body's ("Meridian Capital Partnership"), former office holders ("former Algerian President ...", "a
 * former Clinton administration adviser"), sign-offs and lists ("Ned Potter, ABC News"), and appositions
 * that name no post ("a Jerusalem-born Jordanian who ...").
 *
 * ```ts
 * learnedActorsOf(kb, doc, mentions); // [{ name: 'Akihisa Nagashima', country: 'JPN', role: 'GOV', ... }]
 * ```
 */
export function learnedActorsOf(kb: KnowledgeBase, doc: Doc, mentions: readonly ActorMention[]): LearnedActor[] {
  const out = new Map<string, LearnedActor & { aliases: string[] }>();
  for (const m of mentions) {
    if ((m.via !== 'apposition' && m.via !== 'title') || m.actor.kind !== 'person' || m.actor.entity) continue;
    const name = m.actor.name;
    const words = name.split(/\s+/);
    if (words.length < 2 || !words.every((w) => NAME_WORD.test(w)) || endsLikeBody(kb, words)) continue;
    if (titleWord(kb, words[0]!) || formerBefore(doc, m.tokenStart)) continue;
    if (m.via === 'apposition' && !saysWhoseRole(kb, doc, m, mentions)) continue;
    const key = learnedKey(name);
    const seen = out.get(key);
    if (seen) {
      if (name !== seen.name && !seen.aliases.includes(name)) seen.aliases.push(name);
      continue;
    }
    const familyFirst = kb.country(m.actor.country)?.familyNameFirst && words.length === 2;
    out.set(key, {
      name,
      aliases: [],
      surname: familyFirst ? words[0]! : words[words.length - 1]!,
      country: m.actor.country,
      ...(m.actor.role ? { role: m.actor.role } : {}),
      via: m.via,
      article: doc.article.id,
      published: doc.article.published,
      evidence: doc.sentences[m.sentence]?.text ?? m.text,
    });
  }
  return [...out.values()];
}

// Last words of the names of companies, funds and associations that name-heads.json leaves out (it lists
// only those that tell a body's role).
const BODY_WORDS = new Set(
  'partnership partners group holdings fund capital inc llc ltd foundation institute center centre council committee association union bank trust company'.split(
    ' ',
  ),
);

// Whether a name ends in a word that ends bodies' names, not people's ("Meridian Capital Partnership"): the
// apposition learner codes such a body in its article, but it is no person to remember.
function endsLikeBody(kb: KnowledgeBase, words: readonly string[]): boolean {
  const last = formKeys(words[words.length - 1]!).join(' ');
  return BODY_WORDS.has(last) || rolePhrases(kb).has(last) || nameHeadKeys(kb).has(last);
}

const headKeys = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

// The name heads' token keys, made once per knowledge base: every person an article names asks.
function nameHeadKeys(kb: KnowledgeBase): ReadonlySet<string> {
  let keys = headKeys.get(kb);
  if (!keys) {
    keys = new Set(Object.keys(kb.nameHeads).map((head) => formKeys(head).join(' ')));
    headKeys.set(kb, keys);
  }
  return keys;
}

const FORMER = new Set(['former', 'ex', 'retired', 'late', 'onetime', 'erstwhile', 'then']);
const ARTICLES = new Set(['a', 'an', 'the']);
// Between a post and whose it is: "adviser to", "spokeswoman in New York for the", "minister of".
const LINKING = new Set(['ADP', 'DET', 'ADJ', 'PROPN', 'NOUN', 'PUNCT', 'CCONJ', 'PART', 'NUM']);

function titleWord(kb: KnowledgeBase, word: string): boolean {
  const key = formKeys(word).join(' ');
  return titlePhrases(kb).has(key) || rolePhrases(kb).has(key);
}

// "former Algerian President X": the article's own post for the name is a past one.
function formerBefore(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  for (let k = start - 1; k >= Math.max(0, start - 2); k--) if (FORMER.has(tokens[k]!.lower)) return true;
  return false;
}

// "X, a special adviser to Japanese Prime Minister Y," and "X, a DPRK representative,": right after the
// name a comma and an article, then a post (a title or role word) and the actor it belongs to, either
// just before the post or after it with no verb between; no "former" anywhere in it.
function saysWhoseRole(kb: KnowledgeBase, doc: Doc, m: ActorMention, mentions: readonly ActorMention[]): boolean {
  const tokens = doc.tokens;
  if (tokens[m.tokenEnd]?.text !== ',' || !ARTICLES.has(tokens[m.tokenEnd + 1]?.lower ?? '')) return false;
  let close = m.tokenEnd + 2;
  while (
    close < tokens.length &&
    close - m.tokenEnd <= 14 &&
    tokens[close]!.text !== ',' &&
    tokens[close]!.text !== '.'
  )
    close++;
  const inside = (i: number) => i >= m.tokenEnd + 2 && i < close;
  for (let i = m.tokenEnd + 2; i < close; i++) if (FORMER.has(tokens[i]!.lower)) return false;
  const owners = mentions.filter((a) => a !== m && inside(a.tokenStart) && a.actor.country !== 'IGO');
  for (let i = m.tokenEnd + 2; i < close; i++) {
    const post = [3, 2, 1].find((n) => {
      const key = tokens
        .slice(i, i + n)
        .map((t) => formKeys(t.text).join(' '))
        .join(' ');
      return inside(i + n - 1) && (titlePhrases(kb).has(key) || rolePhrases(kb).has(key));
    });
    if (post === undefined) continue;
    // "a DPRK representative" (one mention, or the owner just before the post), "an adviser to Japan's ...".
    const whose = (a: ActorMention) =>
      (a.tokenStart <= i && a.tokenEnd >= i) || (a.tokenStart >= i + post && linked(doc, i + post, a.tokenStart));
    if (owners.some(whose)) return true;
  }
  return false;
}

function linked(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!LINKING.has(doc.tokens[k]!.pos)) return false;
  return true;
}
