import type { Extraction } from '../model.js';

/**
 * An extraction without its tokens, for crossing a thread boundary: storing needs the article, its
 * time expressions, mentions, places and events, and copying every token would cost more than the
 * work saved.
 */
export function compactExtraction(x: Extraction): Extraction {
  return { ...x, doc: { article: x.article, sentences: x.doc.sentences, tokens: [] } };
}
