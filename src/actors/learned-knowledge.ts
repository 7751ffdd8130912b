import type { LearnedActor, Token } from '../model.js';
import { type LexicalEntry, type LexicalMatch, formKeys, tokenKey } from './lexicon.js';

/** A run of tokens that writes a learned person's full name. */
export interface LearnedMatch {
  readonly tokenStart: number;
  /** Exclusive. */
  readonly tokenEnd: number;
  readonly person: LearnedActor;
}

/** The key a learned name is stored and matched on: its token keys joined by spaces ("lee jae myung"). */
export function learnedKey(name: string): string {
  return formKeys(name).join(' ');
}

const EMPTY_PEOPLE: readonly LearnedActor[] = Object.freeze([]);

/**
 * A read-only snapshot of the people dyad learned from earlier articles, for the actor stage: a later
 * article that writes one's full name ("Akihisa Nagashima") is that person, without the apposition that
 * taught it, and from then on in that article so is the surname alone. Only full names are matched: a
 * bare surname never resolves through the snapshot. The first article to teach a name keeps it.
 * Snapshots never change; `with` returns a new one.
 *
 * ```ts
 * const learned = LearnedKnowledge.of(await store.learnedActors());
 * const x = extract(article, { learned });
 * const next = learned.with(x.learned ?? []);
 * ```
 */
export class LearnedKnowledge {
  /** The snapshot that knows nobody. */
  static readonly empty = new LearnedKnowledge(new Map());

  readonly #byKey: ReadonlyMap<string, LearnedActor>;
  /** Keys of every name, by the key of its first word, longest first. */
  readonly #byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;

  private constructor(byKey: ReadonlyMap<string, LearnedActor>) {
    this.#byKey = byKey;
    const byFirst = new Map<string, string[][]>();
    for (const key of byKey.keys()) {
      const words = key.split(' ');
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.#byFirst = byFirst;
    Object.freeze(this);
  }

  /** A snapshot of these people; of two with the same name, the first listed wins. */
  static of(people: readonly LearnedActor[]): LearnedKnowledge {
    return people.length === 0 ? LearnedKnowledge.empty : LearnedKnowledge.empty.with(people);
  }

  /** A snapshot that also knows these people (names it knows already keep their first teacher). */
  with(people: readonly LearnedActor[]): LearnedKnowledge {
    const fresh = people.filter((p) => !this.#byKey.has(learnedKey(p.name)));
    if (fresh.length === 0) return this;
    const byKey = new Map(this.#byKey);
    for (const p of fresh) {
      const key = learnedKey(p.name);
      // Two words at least: one word alone is a surname, which resolves only after the full name.
      if (key.split(' ').length >= 2 && !byKey.has(key)) byKey.set(key, p);
    }
    return byKey.size === this.#byKey.size ? this : new LearnedKnowledge(byKey);
  }

  get size(): number {
    return this.#byKey.size;
  }

  /** Everyone the snapshot knows, in the order they were learned. */
  people(): readonly LearnedActor[] {
    return this.#byKey.size === 0 ? EMPTY_PEOPLE : [...this.#byKey.values()];
  }

  /** The person learned under this name (any spelling with the same token keys), if any. */
  find(name: string): LearnedActor | undefined {
    return this.#byKey.get(learnedKey(name));
  }

  /**
   * The learned full names written in tokens `[from, to)`, longest first at each start, left to right,
   * each word capitalized (a lower-case word after a hyphen may stay so: "Jae-myung").
   */
  match(tokens: readonly Token[], from: number, to: number): LearnedMatch[] {
    const out: LearnedMatch[] = [];
    if (this.#byKey.size === 0) return out;
    for (let i = from; i < to; i++) {
      const candidates = this.#byFirst.get(tokenKey(tokens[i]!.text));
      if (!candidates || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
      for (const words of candidates) {
        const end = matchWords(tokens, i, to, words);
        if (end === undefined) continue;
        out.push({ tokenStart: i, tokenEnd: end, person: this.#byKey.get(words.join(' '))! });
        i = end - 1;
        break;
      }
    }
    return out;
  }
}

// The end of `words` written from token `i`, hyphens skipped as the lexicon skips them, or undefined.
function matchWords(tokens: readonly Token[], i: number, to: number, words: readonly string[]): number | undefined {
  let j = i;
  for (let k = 0; k < words.length; k++) {
    if (j > i && tokens[j]?.text === '-') j++;
    const t = tokens[j];
    if (!t || j >= to || tokenKey(t.text) !== words[k]) return undefined;
    if (!/^\p{Lu}/u.test(t.text) && tokens[j - 1]?.text !== '-') return undefined;
    j++;
  }
  // "Akihisa Nagashima Foundation" is another name.
  if (/^\p{Lu}/u.test(tokens[j]?.text ?? '') && tokens[j]?.pos === 'PROPN') return undefined;
  if (j < to && tokens[j]?.text === '-') return undefined;
  return j;
}

/**
 * The lexicon's matches of one sentence with the learned full names added as `learned` entries. A name the
 * knowledge base matches wins; a learned name wins only over shorter matches it covers whole ("Jordan" in
 * a learned "Jordan Haddad").
 */
export function withLearnedNames(
  matches: readonly LexicalMatch[],
  learned: readonly LearnedMatch[],
): readonly LexicalMatch[] {
  if (learned.length === 0) return matches;
  const kept = learned.filter((l) =>
    matches.every(
      (m) =>
        m.tokenEnd <= l.tokenStart ||
        m.tokenStart >= l.tokenEnd ||
        (m.tokenStart >= l.tokenStart &&
          m.tokenEnd <= l.tokenEnd &&
          m.tokenEnd - m.tokenStart < l.tokenEnd - l.tokenStart),
    ),
  );
  if (kept.length === 0) return matches;
  const entry = (l: LearnedMatch): LexicalEntry => ({
    kind: 'learned',
    ref: learnedKey(l.person.name),
    caseSensitive: false,
    properName: true,
  });
  const covered = (m: LexicalMatch) => kept.some((l) => m.tokenStart >= l.tokenStart && m.tokenEnd <= l.tokenEnd);
  return [
    ...matches.filter((m) => !covered(m)),
    ...kept.map((l) => ({ tokenStart: l.tokenStart, tokenEnd: l.tokenEnd, entries: [entry(l)] })),
  ].sort((a, b) => a.tokenStart - b.tokenStart);
}
