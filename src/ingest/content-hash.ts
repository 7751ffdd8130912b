import { createHash } from 'node:crypto';
import type { Article } from '../model.js';

/**
 * The identity of an article's content: the SHA-256 (hex) of `published + "\n" + text`. Ids, file names
 * and titles are left out, so the same article ingested again under another name is recognized.
 *
 * ```ts
 * contentHash({ id: 'a', published: '2025-07-04', text: 'Seoul said ...' }); // '3f1c…' (64 hex digits)
 * ```
 */
export function contentHash(article: Pick<Article, 'published' | 'text'>): string {
  return createHash('sha256').update(`${article.published}\n${article.text}`, 'utf8').digest('hex');
}
