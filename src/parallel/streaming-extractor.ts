import { LearnedKnowledge } from '../actors/learned-knowledge.js';
import type { Article, Extraction, LearnedActor } from '../model.js';
import { extract } from '../pipeline.js';
import { ExtractPool } from './extract-pool.js';

/**
 * Extracts a stream of articles and hands the extractions back in input order, each article knowing the
 * people learned from the stored articles (`known`) and from the stream's earlier articles.
 *
 * ```ts
 * const extractor = threads > 1 ? pooledExtractor(threads, known) : inlineExtractor(known);
 * for (const article of articles) for (const x of await extractor.add(article)) batch.push(x);
 * for (const x of await extractor.finish()) batch.push(x);
 * await extractor.close();
 * ```
 */
export interface StreamingExtractor {
  /** Takes one article; returns the extractions ready now, in input order (none, one or several). */
  add(article: Article): Promise<Extraction[]>;
  /** Waits for every article taken and returns the extractions not handed back yet, in order. */
  finish(): Promise<Extraction[]>;
  close(): Promise<void>;
}

/** One article at a time on this thread: each knows the people learned from every article before it. */
export function inlineExtractor(known: readonly LearnedActor[] = []): StreamingExtractor {
  let learned = LearnedKnowledge.of(known);
  return {
    add: async (article) => {
      const extraction = extract(article, { learned });
      learned = learned.with(extraction.learned ?? []);
      return [extraction];
    },
    finish: async () => [],
    close: async () => {},
  };
}

/**
 * Articles in chunks of `chunkSize` on `threads` worker threads, at most two chunks a thread in flight.
 * People learned by an article reach the threads with their next chunk after its extraction returns, so
 * articles of the same or the next few chunks do not know them yet (the inline extractor's articles do).
 */
export function pooledExtractor(
  threads: number,
  known: readonly LearnedActor[] = [],
  chunkSize = 20,
): StreamingExtractor {
  const pool = new ExtractPool({ threads, learned: known });
  const inFlight: Promise<Extraction[]>[] = [];
  let chunk: Article[] = [];
  const send = () => {
    if (chunk.length === 0) return;
    const results = pool.extract(chunk);
    // A later chunk may fail while an earlier one is awaited: its error surfaces when its turn comes.
    results.catch(() => {});
    inFlight.push(results);
    chunk = [];
  };
  const collect = async (keep: number) => {
    const out: Extraction[] = [];
    while (inFlight.length > keep) {
      for (const extraction of await inFlight.shift()!) {
        pool.teach(extraction.learned ?? []);
        out.push(extraction);
      }
    }
    return out;
  };
  return {
    add: async (article) => {
      chunk.push(article);
      if (chunk.length < chunkSize) return [];
      send();
      return collect(threads * 2);
    },
    finish: async () => {
      send();
      return collect(0);
    },
    close: () => pool.close(),
  };
}
