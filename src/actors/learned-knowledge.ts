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
 * Snapshots never change; `with` returns a new one, in time proportional to what it adds (snapshots share
 * an append-only log), so an ingest may grow its snapshot after every article.
 *
 * ```ts
 * const learned = LearnedKnowledge.of(await store.learnedActors());
 * const x = extract(article, { learned });
 * const next = learned.with(x.learned ?? []);
 * ```
 */
export class LearnedKnowledge {
  /** The snapshot that knows nobody. */
  static readonly empty = new LearnedKnowledge(newLog(), 0);

  // Snapshots share one append-only log and each sees its first `#count` entries: adding to the newest
  // snapshot appends (no copy), and an older snapshot never sees what was added after it.
  readonly #log: Log;
  readonly #count: number;

  private constructor(log: Log, count: number) {
    this.#log = log;
    this.#count = count;
    Object.freeze(this);
  }

  /** A snapshot of these people; of two with the same name, the first listed wins. */
  static of(people: readonly LearnedActor[]): LearnedKnowledge {
    return LearnedKnowledge.empty.with(people);
  }

  /** A snapshot that also knows these people (names it knows already keep their first teacher). */
  with(people: readonly LearnedActor[]): LearnedKnowledge {
    // Two words at least: one word alone is a surname, which resolves only after the full name.
    const fresh = people.filter((p) => learnedKey(p.name).includes(' ') && !this.find(p.name));
    if (fresh.length === 0) return this;
    // Adding to an older snapshot starts a log of its own, so the newer ones stay as they are.
    const log =
      this.#count > 0 && this.#count === this.#log.people.length ? this.#log : copyLog(this.#log, this.#count);
    for (const p of fresh) append(log, p);
    return new LearnedKnowledge(log, log.people.length);
  }

  get size(): number {
    return this.#count;
  }

  /** Everyone the snapshot knows, in the order they were learned. */
  people(): readonly LearnedActor[] {
    return this.#count === 0 ? EMPTY_PEOPLE : this.#log.people.slice(0, this.#count);
  }

  /** The person learned under this name (any spelling with the same token keys), if any. */
  find(name: string): LearnedActor | undefined {
    const at = this.#log.byKey.get(learnedKey(name));
    return at !== undefined && at < this.#count ? this.#log.people[at] : undefined;
  }

  /**
   * The learned full names written in tokens `[from, to)`, longest first at each start, left to right,
   * each word capitalized (a lower-case word after a hyphen may stay so: "Jae-myung").
   */
  match(tokens: readonly Token[], from: number, to: number): LearnedMatch[] {
    const out: LearnedMatch[] = [];
    if (this.#count === 0) return out;
    for (let i = from; i < to; i++) {
      const candidates = this.#log.byFirst.get(tokenKey(tokens[i]!.text));
      if (!candidates || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
      let best: LearnedMatch | undefined;
      for (const { words, at } of candidates) {
        if (at >= this.#count || (best && words.length <= best.tokenEnd - best.tokenStart)) continue;
        const end = matchWords(tokens, i, to, words);
        if (end !== undefined && (!best || end > best.tokenEnd))
          best = { tokenStart: i, tokenEnd: end, person: this.#log.people[at]! };
      }
      if (best) {
        out.push(best);
        i = best.tokenEnd - 1;
      }
    }
    return out;
  }
}

interface Log {
  readonly people: LearnedActor[];
  /** Position in `people` by name key. */
  readonly byKey: Map<string, number>;
  /** The token keys of every name, by the key of its first word, with its position. */
  readonly byFirst: Map<string, { readonly words: readonly string[]; readonly at: number }[]>;
}

function newLog(): Log {
  return { people: [], byKey: new Map(), byFirst: new Map() };
}

function append(log: Log, person: LearnedActor): void {
  const key = learnedKey(person.name);
  if (log.byKey.has(key)) return;
  const at = log.people.length;
  log.people.push(person);
  log.byKey.set(key, at);
  const words = key.split(' ');
  const list = log.byFirst.get(words[0]!);
  if (list) list.push({ words, at });
  else log.byFirst.set(words[0]!, [{ words, at }]);
}

function copyLog(log: Log, count: number): Log {
  const copy = newLog();
  for (const person of log.people.slice(0, count)) append(copy, person);
  return copy;
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
