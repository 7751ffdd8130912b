import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import type { LinkedEvent, Store, StoredArticle } from '../store/store.js';

/** An article's listing entry: everything but its text. */
export type ArticleSummary = Omit<StoredArticle, 'text'>;

/** One type-ahead suggestion: a country or an actor code seen in the store. */
export interface ActorSuggestion {
  readonly code: string;
  readonly name: string;
  readonly country: string;
  /** Linked events with this actor on either side. */
  readonly events: number;
}

const PAGE = 500;

/**
 * What the server needs that the `Store` interface does not offer by key: articles by their id, and the
 * actors the store knows for type-ahead. Built lazily from the store's pages and refreshed after writes.
 * Keeps no article text in memory, only ids and titles.
 *
 * ```ts
 * const catalog = new Catalog(store);
 * await catalog.article('000_046032c9f7e7faea'); // { id, published, text, ... } or undefined
 * await catalog.suggestActors('kor', 10);         // [{ code: 'KOR', name: 'South Korea', ... }]
 * ```
 */
export class Catalog {
  readonly #store: Store;
  readonly #articles = new Map<string, ArticleSummary>();
  #lastRow = 0;
  #actors: Promise<Map<string, ActorSuggestion>> | undefined;

  constructor(store: Store) {
    this.#store = store;
  }

  /** Forgets what was derived from events, after a write. */
  invalidate(): void {
    this.#actors = undefined;
  }

  /** The article with this id, text included, or undefined. */
  async article(id: string): Promise<StoredArticle | undefined> {
    let summary = this.#articles.get(id);
    if (summary === undefined) {
      // Articles are only ever added, so catching up from the last row seen finds new ones.
      await this.#catchUp();
      summary = this.#articles.get(id);
    }
    if (summary === undefined) return undefined;
    const [article] = await this.#store.articles(summary.rowId - 1, 1);
    return article;
  }

  /** Summaries (no text) of these article ids, for listing the articles that report an event. */
  async summaries(ids: Iterable<string>): Promise<Map<string, ArticleSummary>> {
    const wanted = [...new Set(ids)];
    if (wanted.some((id) => !this.#articles.has(id))) await this.#catchUp();
    return new Map(wanted.flatMap((id) => (this.#articles.has(id) ? [[id, this.#articles.get(id)!] as const] : [])));
  }

  async #catchUp(): Promise<void> {
    for (;;) {
      const page = await this.#store.articles(this.#lastRow, PAGE);
      for (const { text: _text, ...summary } of page) this.#articles.set(summary.id, summary);
      if (page.length > 0) this.#lastRow = page.at(-1)!.rowId;
      if (page.length < PAGE) return;
    }
  }

  /**
   * Countries and actor codes whose code starts with `q` or whose name has a word starting with it; those
   * with events first, then by how well they match.
   */
  async suggestActors(q: string, limit: number): Promise<ActorSuggestion[]> {
    const needle = q.toLowerCase();
    const scored: { s: ActorSuggestion; score: number }[] = [];
    for (const s of (await this.#actorTable()).values()) {
      const code = s.code.toLowerCase();
      const name = s.name.toLowerCase();
      let score = -1;
      if (code === needle) score = 4;
      else if (code.startsWith(needle)) score = 3;
      else if (name.startsWith(needle)) score = 2;
      else if (name.split(/[\s-]+/).some((w) => w.startsWith(needle))) score = 1;
      if (score >= 0) scored.push({ s, score: score + (s.events > 0 ? 10 : 0) });
    }
    return scored
      .sort((x, y) => y.score - x.score || y.s.events - x.s.events || x.s.code.localeCompare(y.s.code))
      .slice(0, limit)
      .map((x) => x.s);
  }

  #actorTable(): Promise<Map<string, ActorSuggestion>> {
    this.#actors ??= this.#buildActors().catch((error: unknown) => {
      this.#actors = undefined;
      throw error;
    });
    return this.#actors;
  }

  async #buildActors(): Promise<Map<string, ActorSuggestion>> {
    const kb = loadKnowledgeBase();
    const roles = new Map(kb.roles.map((r) => [r.code, r.name]));
    // A code's name says what it is (South Korea · Government), not whichever person was seen first.
    const nameOf = (code: string, fallback: string) => {
      const country = kb.country(code.slice(0, 3))?.name;
      const role = roles.get(code.slice(3, 6));
      if (country === undefined) return fallback;
      return code.length === 3 ? country : `${country} · ${role ?? code.slice(3)}`;
    };
    const table = new Map<string, ActorSuggestion>();
    for (const c of kb.countries) {
      table.set(c.code, { code: c.code, name: c.name, country: c.code, events: 0 });
    }
    const count = (code: string, name: string, country: string, seen: Set<string>) => {
      if (seen.has(code)) return;
      seen.add(code);
      const known = table.get(code);
      table.set(code, { code, name: known?.name ?? nameOf(code, name), country, events: (known?.events ?? 0) + 1 });
    };
    const events: LinkedEvent[] = await this.#store.linkedEvents({}, { mentions: false });
    for (const e of events) {
      const seen = new Set<string>();
      for (const side of [e.source, e.target]) {
        if (side === null) continue;
        count(side.code, side.name, side.country, seen);
        // A country counts every event of its agencies too (KORGOV is an event of KOR).
        if (side.code !== side.country) count(side.country, side.country, side.country, seen);
      }
    }
    return table;
  }
}
