import type { Actor, ActorMention } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { nameAfter, remember } from './actor-context.js';
import { positionOn } from './knowledge-base.js';
import { uniqueSurname } from './bare-surname.js';
import { type LexicalMatch, formKeys, personAt, titlePhrases } from './lexicon.js';
import type { SentenceScope } from './sentence-scope.js';
import { personByTitle } from './titled-person.js';

/**
 * "Presidents Yeltsin and Kuchma", "Foreign Ministers Lavrov, Wang and Motegi": a capitalized plural title
 * before names joined by commas and "and" names each holder of that title, as "President Yeltsin" would.
 * The first mention runs from the title over the first name; the others are the names alone. A name that
 * is no holder of the title, nor a surname only one person in the knowledge base bears, ends the list.
 * Returns `null` when the match at `m` starts no such phrase.
 */
export function pluralTitled(scope: SentenceScope, m: LexicalMatch): ActorMention[] | null {
  const { doc, kb, matches, memory, to, make } = scope;
  const tokens = doc.tokens;
  const last = tokens[m.tokenEnd - 1]!;
  // Most matches are no plural role word: the cheapest tests first.
  if (!last.text.endsWith('s') || !m.entries.some((e) => e.kind === 'role')) return null;
  // Capitalized only: "presidents Yeltsin" is rare, and lower-case "ministers" is a role word for people unnamed.
  if (!/^\p{Lu}/u.test(tokens[m.tokenStart]!.text) || !/^\p{Lu}\p{Ll}+s$/u.test(last.text)) return null;
  const keys = tokens.slice(m.tokenStart, m.tokenEnd).flatMap((t) => formKeys(t.text));
  const title = [...keys.slice(0, -1), keys[keys.length - 1]!.slice(0, -1)].join(' ');
  if (!titlePhrases(kb).has(title)) return null;
  const day = doc.article.published;
  const found: { start: number; end: number; actor: Actor; text: string; title: string | undefined }[] = [];
  let at = m.tokenEnd;
  for (;;) {
    const name = nameAfter(tokens, at, to);
    if (!name) break;
    const match = matches.find((n) => n.tokenStart === at && n.tokenEnd === name.end);
    const person = personAt(kb, match, day) ?? personByTitle(kb, name.last, title, day, false);
    // "Foreign Ministers Primakov and Albright": news groups a secretary of state with foreign ministers.
    const actor = person ? ActorFactory.person(person, day) : uniqueSurname(kb, name.last, day);
    if (!actor) break;
    const start = found.length === 0 ? m.tokenStart : at;
    found.push({
      start,
      end: name.end,
      actor,
      text: name.text,
      // Only a holder of the title becomes "the president" of later sentences.
      title: person ? (positionOn(person, day)?.title ?? title) : undefined,
    });
    const sep = tokens[name.end]?.lower;
    if (sep === 'and') at = name.end + 1;
    else if (sep === ',') at = tokens[name.end + 1]?.lower === 'and' ? name.end + 2 : name.end + 1;
    else break;
  }
  if (found.length === 0) return null;
  return found.map(({ start, end, actor, text, title }) => {
    remember(memory, actor, text, title);
    return make(start, end, actor, 'kb');
  });
}
