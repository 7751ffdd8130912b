import type { KnowledgeBase } from '../actors/knowledge-base.js';
import type { ActorMention, Doc } from '../model.js';
import { placeKey, placeKeys } from './gazetteer.js';

interface CountryWords {
  /** Token keys of every country name, adjective and capital, joined by spaces → country. */
  readonly forms: ReadonlyMap<string, string>;
  /** Every leading part of a form ("united", "united states"), so that a scan stops where no form goes on. */
  readonly prefixes: ReadonlySet<string>;
  /** Words of the knowledge base's people's names ("Lee", "Jae-myung", "Ishiba"). */
  readonly people: ReadonlySet<string>;
}

const cache = new WeakMap<KnowledgeBase, CountryWords>();
function wordsOf(kb: KnowledgeBase): CountryWords {
  let words = cache.get(kb);
  if (!words) {
    const forms = new Map<string, string>();
    // Sovereign states first: "American" is the United States, not its outlying islands.
    const states = [...kb.countries].sort(
      (a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent),
    );
    for (const c of states)
      for (const form of [...c.names, ...c.adjectives, ...c.metonyms]) {
        const key = placeKeys(form).join(' ');
        if (!forms.has(key) && !c.ambiguousNames.includes(form)) forms.set(key, c.code);
      }
    const people = new Set<string>();
    for (const p of kb.people)
      for (const name of [p.name, ...p.aliases]) for (const w of name.split(/[\s-]+/)) people.add(w);
    const prefixes = new Set<string>();
    for (const key of forms.keys()) {
      const parts = key.split(' ');
      for (let n = 1; n <= parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
    }
    words = { forms, prefixes, people };
    cache.set(kb, words);
  }
  return words;
}

/** The country a word names by its name, adjective or capital ("Bosnian" → BIH), as a place key; undefined if none. */
export function countryOfWord(kb: KnowledgeBase, key: string): string | undefined {
  return wordsOf(kb).forms.get(key);
}

/**
 * The countries an article names: its actors' countries when the caller has them, and every country
 * name, adjective and capital written in it ("South Korean", "Tokyo"), so that "in Canmore" is believed
 * in a story that names Canada.
 */
export function countriesNamed(
  doc: Doc,
  kb: KnowledgeBase,
  mentions: readonly ActorMention[],
  keyOf: (i: number) => string = (i) => placeKey(doc.tokens[i]!.text),
): Set<string> {
  const { forms, prefixes } = wordsOf(kb);
  const out = new Set<string>();
  for (const m of mentions) for (const a of m.group ?? [m.actor]) out.add(a.country);
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    // Keys of the names starting here, one word longer each time (hyphens skipped, as the gazetteer does): the
    // longest that names a country wins.
    let key = '';
    let country: string | undefined;
    let end = i;
    for (let j = i; j < tokens.length; j++) {
      if (tokens[j]!.text === '-') continue;
      key = key ? `${key} ${keyOf(j)}` : keyOf(j);
      if (!prefixes.has(key)) break;
      const named = forms.get(key);
      if (named) {
        country = named;
        end = j + 1;
      }
    }
    if (country) {
      out.add(country);
      i = end - 1;
    }
  }
  return out;
}

/** Whether a word names a person here: one of the knowledge base's people or of the article's person mentions. */
export function personWords(kb: KnowledgeBase, mentions: readonly ActorMention[]): (word: string) => boolean {
  const known = wordsOf(kb).people;
  const here = new Set<string>();
  for (const m of mentions) if (m.actor.kind === 'person') for (const w of m.text.split(/[\s-]+/)) here.add(w);
  return (word) => known.has(word) || here.has(word);
}
