import type { Actor, Token } from '../model.js';
import { TITLES } from './titles.js';
import { ActorFactory } from './actor-factory.js';
import { type KnowledgeBase, daysFromPosition, peopleWithSurname, positionOn } from './knowledge-base.js';

// How far from a person's time in office a bare surname still names them: news names leaders by surname
// alone for years before and after ("Mugabe" as opposition leader, "Gbagbo" on trial).
const SURNAME_YEARS = 10;

/**
 * The person a surname alone names on `day`: the knowledge base's only person of that surname (the one in
 * office on the day, or, when the surname is no common word, in office within ten years of it), or the only
 * one of several in office that day (outside family-name-first countries, and never for a common-word
 * surname). Undefined when none fits.
 *
 * ```ts
 * uniqueSurname(kb, 'Museveni', '1999-01-01')?.code; // 'UGAGOV'
 * ```
 */
export function uniqueSurname(kb: KnowledgeBase, surname: string, day: string): Actor | undefined {
  const holders = peopleWithSurname(kb, surname);
  // "Stoltenberg said" in 2018: of several people with the surname, the only one in office that day, unless
  // the surname is also a common word ("Bush") or a family name millions share ("Yoon", "Kim").
  const serving = holders.filter((p) => positionOn(p, day));
  const only = serving.length === 1 ? serving[0]! : undefined;
  if (
    holders.length > 1 &&
    only &&
    only['surnameAmbiguous'] !== true &&
    kb.country(only.country)?.familyNameFirst !== true
  )
    return ActorFactory.person(only, day);
  if (holders.length !== 1) return undefined;
  const person = holders[0]!;
  // "May", "Rice", "Brown", "Elizabeth": a surname that is also a common word, a given name or another famous
  // person needs the full name earlier in the article (coreference), in office or not ("Elian's mother
  // Elizabeth" is not the Queen).
  if (person['surnameAmbiguous'] === true) return undefined;
  if (positionOn(person, day)) return ActorFactory.person(person, day);
  const near = person.positions.some((pos) => daysFromPosition(pos, day) <= SURNAME_YEARS * 365);
  return near ? ActorFactory.person(person, day) : undefined;
}

// Words of the titles people carry, which stand before a surname without being a given name ("President").
const TITLE_WORDS = new Set(TITLES.flatMap(([title]) => title.split(' ')));

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether the article names someone else with `surname`: a given name before it that is no word of the known
 * person's name, no title and no courtesy ("Elian Gonzalez", "Juan Miguel Gonzalez" in a story where a bare
 * "Gonzalez" would otherwise be Spain's former prime minister). A bare surname then names no one the knowledge
 * base knows.
 *
 * ```ts
 * otherBearerNamed(tokens, 'Gonzalez', felipeGonzalez); // true when "Elian Gonzalez" is in the article
 * ```
 */
export function otherBearerNamed(tokens: readonly Token[], surname: string, known: Actor): boolean {
  const own = new Set(known.name.split(/\s+/).map(plain));
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== surname) continue;
    const given = tokens[i - 1]!;
    if (given.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) continue;
    const word = plain(given.text);
    if (!own.has(word) && !TITLE_WORDS.has(word)) return true;
  }
  return false;
}
