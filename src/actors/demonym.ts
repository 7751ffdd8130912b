import type { Token } from '../model.js';
import type { DocMemory } from './actor-context.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { LexicalMatch } from './lexicon.js';

// What a country does or wants: "Japanese interest in an idea", "the latest North Korean missile test",
// "Chinese aggression". A demonym before one of these stands for its state; before other nouns ("Korean
// food", "North Korean territory", "the American homeland") it only describes.
const DEEDS = new Set(
  [
    'interest interests intention intentions position positions stance policy policies proposal proposals',
    'demand demands claim claims concern concerns response reaction protest protests pressure',
    'missile missiles test tests launch launches provocation provocations aggression attack attacks',
    'strike strikes incursion incursions intrusion intrusions invasion retaliation buildup assertiveness',
    'program programs programme programmes sanctions threat threats support involvement intervention',
    'side sides commitment pledge pledges investment investments aid assistance',
    // What a state proposes, asks or refuses: "an Australian ultimatum", "French mediation", "a Senegalese
    // peace plan", "proposed Israeli changes".
    'ultimatum ultimatums mediation plan plans initiative initiatives offer offers request requests appeal',
    'appeals call calls warning warnings refusal objection objections veto decision decisions changes',
    'efforts effort complaint complaints criticism accusation accusations',
    // What its forces or people do: "Palestinian riots", "Israeli air raids", "the Russian offensive".
    'riots riot uprising raid raids airstrike airstrikes bombing bombings shelling offensive crackdown',
    'blockade occupation incursion shootings',
    // Its people held or moving: "Israeli prisoners", "Mexican immigrants" (CAMEO gives them no role).
    'prisoners detainees hostages captives immigrants emigrants exiles pilgrims',
    'prisoner detainee hostage captive immigrant exile pilgrim men women man woman',
    // Its government over others: "independence from Indonesian rule".
    'rule',
    // What is struck or sails in its name: "threatened to shell Iraqi towns", "Chinese vessels entered".
    'towns cities villages targets vessels ships boats',
    // What its people own or carry that others stop, seize or destroy: "a blockade on Palestinian lorries",
    // "demolished Palestinian homes", "hacked Danish websites".
    'lorries trucks convoys homes houses websites',
  ]
    .join(' ')
    .split(' '),
);

const TRADE = new Set(['goods', 'products', 'exports', 'imports']);
const AIMED_AT = new Set(['against', 'on']);

const CLOSING = ['VERB', 'AUX', 'PUNCT', 'ADP', 'CCONJ'];

/**
 * Whether a demonym with no role word after it stands for its country or people here: alone before a
 * verb or punctuation ("fewer Japanese are visiting"), joined by a hyphen to another party
 * ("Russian-Chinese relations"), or before what a state does, wants or proposes, or its people held or
 * moving, one lower-case word allowed between ("Japanese interest", "North Korean missile test", "the
 * North Korean nuclear program", "an Australian ultimatum", "Palestinian riots", "Israeli prisoners").
 */
export function demonymStandsFor(tokens: readonly Token[], m: LexicalMatch): boolean {
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1];
  const capitalized = (t: Token | undefined) => Boolean(t && /^\p{Lu}/u.test(t.text));
  if (next?.text === '-') return capitalized(tokens[m.tokenEnd + 1]);
  if (prev?.text === '-') return capitalized(tokens[m.tokenStart - 2]);
  if (!next) return false;
  if (CLOSING.includes(next.pos)) return prev?.lower !== 'in';
  // "defaced Danish Web sites": what is struck online in a country's name.
  if (next.lower === 'web' && /^sites?$/.test(tokens[m.tokenEnd + 1]?.lower ?? '')) return true;
  if (!/^\p{Ll}/u.test(next.text)) return false;
  if (DEEDS.has(next.lower)) return true;
  // "restrictions against German goods", "tariffs on Chinese exports": its trade as what a measure aims at; not
  // "demand for American exports" or "Japanese cars sold well".
  if (TRADE.has(next.lower)) return AIMED_AT.has(prev?.lower ?? '');
  // One lower-case word may qualify the deed: "North Korean missile test", "Israeli air raids", "peace plan".
  const noun = ['ADJ', 'NOUN'].includes(next.pos) ? tokens[m.tokenEnd + 1] : undefined;
  return Boolean(noun && /^\p{Ll}/u.test(noun.text) && DEEDS.has(noun.lower));
}

/**
 * Resolves forms several countries share ("Korean", "Koreans": South Korea's in the knowledge base, North
 * Korea's too) by the countries the article has named so far: another sharer when the article named it and
 * not the form's own country, else the form's own country.
 */
export function resolveSharedNames(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  matches: readonly LexicalMatch[],
  memory: DocMemory,
): readonly LexicalMatch[] {
  const shared = sharedForms(kb);
  if (memory.countries.length === 0 || !matches.some((m) => shared.has(tokens[m.tokenStart]!.text))) return matches;
  return matches.map((m) => {
    if (!shared.has(tokens[m.tokenStart]!.text)) return m;
    const text = tokens
      .slice(m.tokenStart, m.tokenEnd)
      .map((t) => t.text)
      .join(' ');
    let changed = false;
    const entries = m.entries.map((e) => {
      if (e.kind !== 'country' && e.kind !== 'adjective') return e;
      const others = kb.country(e.ref)?.sharedNames[text];
      if (!others || memory.countries.includes(e.ref)) return e;
      const other = [...memory.countries].reverse().find((c) => others.includes(c));
      if (!other) return e;
      changed = true;
      return { ...e, ref: other };
    });
    return changed ? { ...m, entries } : m;
  });
}

// The first words of every shared form ("Korean", "Koreans"), so that most sentences are passed over at once.
const firstWords = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
function sharedForms(kb: KnowledgeBase): ReadonlySet<string> {
  let set = firstWords.get(kb);
  if (!set) {
    set = new Set(kb.countries.flatMap((c) => Object.keys(c.sharedNames).map((form) => form.split(' ')[0]!)));
    firstWords.set(kb, set);
  }
  return set;
}
