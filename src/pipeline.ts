import type { LearnedKnowledge } from './actors/learned-knowledge.js';
import { loadKnowledgeBase } from './actors/knowledge-base.js';
import { learnedActorsOf } from './actors/learned-person.js';
import { recognizeActors } from './actors/recognize-actors.js';
import { codeEvents } from './events/code-events.js';
import type { Article, Extraction } from './model.js';
import { findPlaces } from './places/find-places.js';
import { segment } from './text/segment.js';
import { tagTimes } from './time/tag-times.js';

/** What `extract` may know besides the article itself. */
export interface ExtractOptions {
  /**
   * People learned from earlier articles (a read-only snapshot, e.g. loaded from a store), recognized by
   * full name. Without it, only the knowledge base and the article itself are used.
   */
  readonly learned?: LearnedKnowledge;
}

/**
 * Runs dyad's pipeline on one article, without a database: sentences and tokens, time expressions,
 * actors, places, then coded events, and the people the article taught (`learned`). The result depends
 * only on the article, the knowledge shipped with dyad and `options.learned`.
 *
 * ```ts
 * import { extract } from 'dyad';
 * const { events } = extract({ id: 'a1', published: '2025-07-04', text: 'Lee and Ishiba met in Canada last month.' });
 * ```
 */
export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  const kb = loadKnowledgeBase();
  const doc = segment(article);
  const timexes = tagTimes(doc);
  const mentions = recognizeActors(doc, kb, options.learned);
  const places = findPlaces(doc);
  const events = codeEvents(doc, timexes, mentions, places);
  return { article, doc, timexes, mentions, places, events, learned: learnedActorsOf(kb, doc, mentions) };
}
