import type { Actor } from '../model.js';
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
