import type { ActorMention } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { nameAfter, remember } from './actor-context.js';
import { groupCodeOn, positionOn } from './knowledge-base.js';
import { type LexicalMatch, personAt } from './lexicon.js';
import type { SentenceScope } from './sentence-scope.js';

/**
 * A named group's officer with a title and a name: "Sinn Fein leader Gerry Adams", "Hamas spokesman Fawzi
 * Barhoum", "Sinn Fein chairman Mitchell McLaughlin". A person the knowledge base knows keeps their own record
 * ("Likud leader Benjamin Netanyahu" while prime minister); anyone else, and a known person out of office, is
 * learned with the group's code, and the surname alone names them for the rest of the article. Null when the match at `m` starts no such phrase.
 *
 * ```ts
 * groupOfficer(scope, matchOf('Sinn Fein')); // [mention "Sinn Fein leader Gerry Adams", GBRPTY]
 * ```
 */
export function groupOfficer(scope: SentenceScope, m: LexicalMatch): ActorMention[] | null {
  const { doc, kb, matches, memory, to, make } = scope;
  const entry = m.entries.find((e) => e.kind === 'group');
  if (!entry || (entry.cues && !entry.cues.some((cue) => doc.article.text.includes(cue)))) return null;
  const tokens = doc.tokens;
  const at = tokens[m.tokenEnd]?.text === "'s" ? m.tokenEnd + 1 : m.tokenEnd;
  const titleMatch = matches.find((n) => n.tokenStart === at);
  const title = titleMatch?.entries.find((e) => e.kind === 'title');
  if (!titleMatch || !title) return null;
  const name = nameAfter(tokens, titleMatch.tokenEnd, to);
  if (!name) return null;
  const day = doc.article.published;
  const group = kb.groups.find((g) => g.id === entry.ref);
  if (!group) return null;
  const known = personAt(
    kb,
    matches.find((n) => n.tokenStart === titleMatch.tokenEnd),
    day,
  );
  const { country, role } = groupCodeOn(group, day);
  // "Khmer Rouge leader Pol Pot" in 1998, years after his government fell: the group's, not his old office's.
  const actor =
    known && positionOn(known, day)
      ? ActorFactory.person(known, day)
      : ActorFactory.learned(known?.name ?? name.text, country, role);
  remember(memory, actor, name.text, title.ref, kb.country(actor.country)?.familyNameFirst ?? false);
  return [make(m.tokenStart, name.end, actor, known ? 'kb' : 'title')];
}
