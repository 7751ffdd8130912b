import type { Token } from '../model.js';
import type { LexicalMatch } from './lexicon.js';
import type { SentenceScope } from './sentence-scope.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'your', 'his', 'her', 'their']);

// Capitalized words beside a name that make it a place's or a body's name, not a person's: "the Jordan
// River", "the Jordan Valley", "Lake Chad", "the Jordan Times"; and days and months ("Jordan Tuesday said").
const NOT_PERSON = new Set(
  [
    'river valley basin lake sea rift gulf street avenue square airport university state',
    'times news post agency airlines airways bank telecom',
    'monday tuesday wednesday thursday friday saturday sunday',
    'january february march april may june july august september october november december',
  ]
    .join(' ')
    .split(' '),
);

// Kinds of match that name an actor: before a comma they start a list ("Syria, Jordan and Lebanon").
const LISTED = new Set(['country', 'adjective', 'metonym', 'agency', 'organization', 'group']);

const capitalized = (t: Token | undefined): boolean => Boolean(t && /^\p{Lu}/u.test(t.text));

/**
 * Whether a country name that is also a common word, a first name or a U.S. state ("Georgia", "Jordan",
 * "Chad", "Turkey": `ambiguousNames` in the knowledge base) names something else at `m`, so that it is no
 * actor there:
 * - inside a longer name ("Michael Jordan", "Chad Smith"): a person, and the bare name stays that person for
 *   the rest of the article ("Jordan retired in 2003"); "the Jordan River" is only a place;
 * - after "City," or "County," ("Atlanta, Georgia"), but not in a list of countries ("Syria, Jordan and
 *   Lebanon");
 * - before an age ("Chad, 34, said"): a person;
 * - after "governor of", "state of", "senator of";
 * - in a sentence with one of the country's `senseWords` ("Turkey prices rose before Thanksgiving");
 * - after an article or a possessive ("the Turkey", "our Turkey") with nothing political in sight (another
 *   actor or a role word in the sentence, or a country before).
 */
export function ambiguousHere(scope: SentenceScope, code: string, m: LexicalMatch): boolean {
  const tokens = scope.doc.tokens;
  const record = scope.kb.country(code);
  const text = tokens
    .slice(m.tokenStart, m.tokenEnd)
    .map((t) => t.text)
    .join(' ');
  if (!record?.ambiguousNames.includes(text)) return false;
  // "Jordan said" after "Rep. Jim Jordan": the person the article named.
  if (scope.memory.otherSenses.has(code) || scope.memory.bySurname.has(text)) return true;
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1];
  if (capitalized(next) || (capitalized(prev) && prev!.pos === 'PROPN')) {
    notePersonSense(scope, code, m);
    return true;
  }
  if (prev?.text === ',' && capitalized(tokens[m.tokenStart - 2])) {
    // "Amman, Jordan" is the capital placed in its country, not a list.
    const before = scope.matches.find((n) => n.tokenEnd === m.tokenStart - 1);
    if (!before?.entries.some((e) => LISTED.has(e.kind) && !(e.kind === 'metonym' && e.ref === code))) return true;
  }
  // "Chad, 34, a teacher": an age after the name.
  if (
    next?.text === ',' &&
    /^\d{1,3}$/.test(tokens[m.tokenEnd + 1]?.text ?? '') &&
    tokens[m.tokenEnd + 2]?.text === ','
  )
    return true;
  if (prev?.lower === 'of' && ['governor', 'state', 'senator'].includes(tokens[m.tokenStart - 2]?.lower ?? ''))
    return true;
  const senses = record.senseWords[text];
  if (senses) {
    for (let i = scope.from; i < scope.to; i++) if (senses.includes(tokens[i]!.lower)) return true;
  }
  if (!DETERMINERS.has(prev?.lower ?? '')) return false;
  const political = scope.matches.some((n) => n !== m && n.entries.some((e) => e.kind !== 'title' || e.role));
  return !political && scope.memory.countries.length === 0;
}

/**
 * Records that an ambiguous country name is part of a person's name at `m` ("Michael Jordan", "Chad
 * Smith"), so that the bare name later in the article is that person, not the country. A neighbouring
 * actor ("U.S. Jordan talks"), place or body word ("the Jordan River", "the Jordan Times") or a day ("Jordan
 * Tuesday said") is no person's name.
 */
export function notePersonSense(scope: SentenceScope, code: string, m: LexicalMatch): void {
  const tokens = scope.doc.tokens;
  const text = tokens
    .slice(m.tokenStart, m.tokenEnd)
    .map((t) => t.text)
    .join(' ');
  if (!scope.kb.country(code)?.ambiguousNames.includes(text)) return;
  const beside = [tokens[m.tokenEnd], tokens[m.tokenStart - 1]];
  const person = beside.some((t) => capitalized(t) && t!.pos === 'PROPN' && !NOT_PERSON.has(t!.lower));
  if (person && !scope.matches.some((n) => n !== m && (n.tokenEnd === m.tokenStart || n.tokenStart === m.tokenEnd)))
    scope.memory.otherSenses.add(code);
}
