import type { KnowledgeBase } from './knowledge-base.js';
import { TITLES } from './titles.js';

// How names are compared: the key of a token of running text, and the keys a knowledge-base form splits into.

/** The key a token is compared on: lower case, without dots or curly apostrophes. */
export function tokenKey(text: string): string {
  return keyOfLower(text.toLowerCase());
}

// Most words have neither a dot nor a curly apostrophe: skip the two replacements for them.
export function keyOfLower(lower: string): string {
  return lower.includes('.') || lower.includes('’') ? lower.replace(/[’]/g, "'").replace(/\./g, '') : lower;
}

/** Splits a knowledge-base form the way the text tokenizer splits running text. */
export function formKeys(form: string): string[] {
  return (
    form
      .replace(/[’]/g, "'")
      .replace(/-/g, ' ')
      .replace(/'s\b/g, " 's")
      // "Kurdistan Workers' Party": the tokenizer splits a plural's apostrophe off as its own token.
      .replace(/s'(?=\s|$)/g, "s '")
      .split(/\s+/)
      .filter(Boolean)
      .map(tokenKey)
      .filter(Boolean)
  );
}

const phrases = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Every role word and phrase of `roles.json`, keyed by its token keys joined by spaces ("foreign ministry" → GOV). */
export function rolePhrases(kb: KnowledgeBase): ReadonlyMap<string, string> {
  let map = phrases.get(kb);
  if (!map) {
    map = new Map();
    for (const r of kb.roles) for (const w of r.words) map.set(formKeys(w).join(' '), r.code);
    phrases.set(kb, map);
  }
  return map;
}

const titles = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Every title people carry before their names ("special adviser", "foreign minister"), as token keys joined by spaces. */
export function titlePhrases(kb: KnowledgeBase): ReadonlySet<string> {
  let set = titles.get(kb);
  if (!set) {
    set = new Set([
      ...TITLES.map(([t]) => formKeys(t).join(' ')),
      ...kb.people.filter((p) => !p['body']).flatMap((p) => p.positions.map((pos) => formKeys(pos.title).join(' '))),
    ]);
    titles.set(kb, set);
  }
  return set;
}
