import type { ActorMention, Doc, LearnedActor } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { remember } from './actor-context.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { learnedKey } from './learned-knowledge.js';
import { type LexicalMatch, formKeys, rolePhrases } from './lexicon.js';
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
 * The people an article taught: each person learned there from an apposition or a title with a country
 * ("Akihisa Nagashima, a special adviser to Japanese Prime Minister Shigeru Ishiba", "Algerian President
 * Abdelaziz Tebboune"), once per name, with the sentence that says who they are. Names of one word, and
 * names that end in a body's or a role's word ("Restaurant Investment Partnership"), are left out.
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
  if (BODY_WORDS.has(last) || rolePhrases(kb).has(last)) return true;
  return Object.keys(kb.nameHeads).some((head) => formKeys(head).join(' ') === last);
}
