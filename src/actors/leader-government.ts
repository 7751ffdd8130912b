import type { ActorMention } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { peopleWithSurname, positionOn } from './knowledge-base.js';
import type { SentenceScope } from './sentence-scope.js';

// What a leader's name stands for before these words: the government they head or headed.
const GOVERNMENT_WORDS = new Set(['administration', 'government', 'regime', 'cabinet', 'presidency', 'junta']);

/**
 * "the Bush administration", "the Obama White House", "the Assad regime", "the Netanyahu government": a leader's surname before a
 * word for a government names that country's government, whichever holder of the surname is meant and
 * whether or not they are in office on the day (the two Bushes are both the United States'). The surname
 * must belong, in the knowledge base or earlier in the article, to people of one country, or to one in office
 * on the day among people of several ("the Castro regime" in 1998 is Cuba's). Returns null
 * when token `i` starts no such phrase.
 */
export function leaderGovernment(scope: SentenceScope, i: number): ActorMention | null {
  const { doc, kb, memory, matches, make } = scope;
  const token = doc.tokens[i]!;
  if (!/^\p{Lu}/u.test(token.text)) return null;
  // "the Obama White House", "the Putin Kremlin": the seat of that leader's own country.
  const seat = matches.find((m) => m.tokenStart === i + 1)?.entries.find((e) => e.kind === 'metonym');
  if (!seat && !GOVERNMENT_WORDS.has(doc.tokens[i + 1]?.text ?? '')) return null;
  const holders = peopleWithSurname(kb, token.text);
  const countries = new Set(holders.map((p) => p.country));
  const known = memory.bySurname.get(token.text);
  if (known?.kind === 'person') countries.add(known.country);
  // "the Castro regime" in 1998: of holders in several countries, the one in office that day.
  const serving = new Set(holders.filter((p) => positionOn(p, doc.article.published)).map((p) => p.country));
  const country =
    known?.kind === 'person'
      ? known.country
      : countries.size === 1
        ? [...countries][0]!
        : serving.size === 1
          ? [...serving][0]!
          : undefined;
  if (!country || (seat && seat.ref !== country)) return null;
  const end = seat ? matches.find((m) => m.tokenStart === i + 1)!.tokenEnd : i + 2;
  return make(i, end, ActorFactory.country(kb, country, seat?.role ?? 'GOV'), 'kb');
}
