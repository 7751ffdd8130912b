import type { Article, Issue, IsoDay } from '../model.js';

/** What a reader yields: an article, or an issue naming the file (and line) it could not take. */
export type ReadItem =
  { readonly kind: 'article'; readonly article: Article } | { readonly kind: 'issue'; readonly issue: Issue };

export interface ReadOptions {
  /** Publication date for plain-text files that carry none. */
  readonly date?: IsoDay;
  /**
   * Largest article accepted, in bytes (default 20 MB): a whole file, but for JSON Lines one record, so a
   * JSON Lines file of any size is streamed.
   */
  readonly maxBytes?: number;
}
