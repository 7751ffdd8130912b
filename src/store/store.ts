import type { Article, CodedEvent, EventActor, Extraction, LearnedActor, Modality } from '../model.js';
import type { Engine } from './migration.js';

/** An event mention as stored: the extracted event plus its row id and the linked event it belongs to. */
export interface StoredEvent extends CodedEvent {
  readonly id: number;
  readonly linkedEvent?: number;
}

/** Filters shared by event mentions and linked events. Every field narrows; none given means all. */
export interface EventFilter {
  /** Two countries or actor codes; events between them in either direction. */
  readonly dyad?: readonly [string, string];
  /** One country or actor code, as source or target. */
  readonly actor?: string;
  /** Event date range (inclusive, compared on the event's own date). */
  readonly from?: string;
  readonly to?: string;
  /** CAMEO code prefix (`04`, `036`); a two-digit prefix is a root. */
  readonly code?: string;
  readonly quadClass?: readonly number[];
  readonly modality?: readonly Modality[];
  /** Country where the event took place. */
  readonly place?: string;
  /** Include events dated years before their article (history). Default true. */
  readonly history?: boolean;
  readonly limit?: number;
  /** Skip this many first events (in the filter's order); with `limit`, a page. */
  readonly offset?: number;
  readonly order?: 'date-asc' | 'date-desc';
}

export interface LinkedEventPageOptions {
  /** Include each event's mentions (default true). */
  readonly mentions?: boolean;
  /** Linked events a page (default 500). */
  readonly pageSize?: number;
}

export interface IngestReport {
  /** Articles newly stored. */
  readonly added: number;
  /** Articles skipped because the same content was already stored. */
  readonly unchanged: number;
  readonly events: number;
}

/** One real-world event: the mentions linked into it, its head's code and dyad, its best date. */
export interface LinkedEvent {
  readonly id: number;
  readonly cameo: string;
  readonly plover: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly modality: Modality;
  /** A→B and B→A at once ("A and B met"). */
  readonly mutual: boolean;
  readonly history: boolean;
  readonly source: EventActor;
  readonly target: EventActor | null;
  /** The most precise date a mention gave, and the days it covers. */
  readonly date: {
    readonly value: string;
    readonly granularity: string;
    readonly source: string;
    readonly start: string;
    readonly end: string;
  };
  readonly place: { readonly name: string; readonly country: string } | null;
  readonly articles: number;
  readonly mentionCount: number;
  /** The mentions, oldest article first; empty when asked for without mentions. */
  readonly mentions: readonly StoredEvent[];
}

/** An unordered pair of countries (`source` < `target`) and the linked events between them. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly goldsteinMean: number;
  /** Linked events of quad classes 1–2 (cooperation) and 3–4 (conflict). */
  readonly cooperation: number;
  readonly conflict: number;
}

/** A place where events happened, with coordinates and its number of real-world events. */
export interface PlaceCount {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** Linked events that took place here (a mention without a linked event counts on its own). */
  readonly events: number;
  /** Ids of its newest linked events (at most 50). */
  readonly linkedEvents: readonly number[];
}

/** A stored article with its row id, as `articles()` pages through them. */
export interface StoredArticle extends Article {
  readonly rowId: number;
}

export interface StoreCounts {
  readonly articles: number;
  readonly events: number;
  readonly linkedEvents: number;
}

export interface RecodeReport {
  readonly articles: number;
  readonly events: number;
  readonly linkedEvents: number;
}

/** One article found by full-text search, with its event mentions. */
export interface SearchHit {
  readonly article: StoredArticle;
  readonly events: readonly StoredEvent[];
}

/** A person learned from an article, as stored: its row id (the order it was learned in) and actor code. */
export interface StoredLearnedActor extends LearnedActor {
  readonly rowId: number;
  /** CAMEO actor code: country + role (`JPNGOV`). */
  readonly code: string;
}

/**
 * The storage interface both engines implement (SQLite in one file, PostgreSQL shared by many writers).
 * Every write is one transaction; every method is async because PostgreSQL is.
 */
export interface Store {
  readonly engine: Engine;
  /**
   * Stores a batch in one transaction and links its event mentions into linked events; an article whose
   * content hash is already stored is skipped, so re-ingesting changes nothing.
   */
  ingest(batch: readonly Extraction[]): Promise<IngestReport>;
  /** Whether an article with this content hash (see `contentHash`) is stored, to skip extracting it again. */
  hasArticle(hash: string): Promise<boolean>;
  /** Which of these content hashes are stored: `hasArticle` for a whole job in one query. */
  storedHashes(hashes: readonly string[]): Promise<Set<string>>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  /** Linked events matching the filter, with their mentions unless `mentions: false`. */
  linkedEvents(filter?: EventFilter, options?: { readonly mentions?: boolean }): Promise<LinkedEvent[]>;
  /**
   * The same linked events as `linkedEvents`, page by page: each page is read after the last one (no
   * offset to skip), so every page costs the same and a whole dyad streams in bounded memory.
   */
  linkedEventPages(filter?: EventFilter, options?: LinkedEventPageOptions): AsyncIterable<LinkedEvent[]>;
  /** The `maxEdges` busiest country pairs among the filter's linked events, counted by the database. */
  network(filter: EventFilter, maxEdges: number): Promise<NetworkEdge[]>;
  /** The places of the filter's event mentions that have coordinates, busiest first (see `PlaceCount`). */
  places(filter?: EventFilter): Promise<PlaceCount[]>;
  /** Stored articles with row id above `after`, in row order, at most `limit`. */
  articles(after: number, limit: number): Promise<StoredArticle[]>;
  /**
   * Re-codes every stored article with `code` and replaces all derived rows (event mentions, linked events,
   * time expressions, actor mentions). Articles are never deleted; a run cut short is finished by running
   * it again. Ingests by other processes wait until it ends (see `RecodeGuard`); a second recode of a SQLite
   * file while one runs rejects with `StoreBusyError`.
   */
  recode(code: (article: Article) => Extraction, options?: RecodeOptions): Promise<RecodeReport>;
  /**
   * The people learned from stored articles (`Extraction.learned`, written by `ingest` in the article's
   * transaction; the first article to teach a name keeps it), in the order they were learned, those with
   * row id above `after` (default all). Feed them to `LearnedKnowledge.of` so later articles know them.
   */
  learnedActors(after?: number): Promise<StoredLearnedActor[]>;
  /** Articles matching a full-text query (words, all required), best first, with their events. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

export interface RecodeOptions {
  readonly batchSize?: number;
  readonly onBatch?: (done: number) => void;
}
