import type { CodedEvent, Extraction, Modality } from '../model.js';

/** An event as stored: the extracted event plus its row id. */
export interface StoredEvent extends CodedEvent {
  readonly id: number;
}

export interface EventFilter {
  /** Two countries or actor codes; events between them in either direction. */
  readonly dyad?: readonly [string, string];
  /** One country or actor code, as source or target. */
  readonly actor?: string;
  /** Event date range (inclusive, compared on the event's own date). */
  readonly from?: string;
  readonly to?: string;
  /** CAMEO code prefix (`04`, `036`). */
  readonly code?: string;
  readonly modality?: readonly Modality[];
  /** Include events dated years before their article (history). Default true. */
  readonly history?: boolean;
  readonly limit?: number;
  readonly order?: 'date-asc' | 'date-desc';
}

export interface IngestReport {
  /** Articles newly stored. */
  readonly added: number;
  /** Articles skipped because the same content was already stored. */
  readonly unchanged: number;
  readonly events: number;
}

/** The storage interface every engine implements (SQLite now, PostgreSQL later). */
export interface Store {
  /** Stores a batch in one transaction; an article whose content hash is already stored is skipped. */
  ingest(batch: readonly Extraction[]): IngestReport;
  /**
   * Whether an article with this content hash (see `contentHash` in `ingest/`) is stored, so a caller can
   * skip extracting an article that is already in.
   */
  hasArticle(hash: string): boolean;
  events(filter?: EventFilter): StoredEvent[];
  counts(): { readonly articles: number; readonly events: number };
  close(): void;
}
