import { recognizeActors } from './actors/recognize-actors.js';
import { codeEvents } from './events/code-events.js';
import type { Article, Extraction } from './model.js';
import { findPlaces } from './places/find-places.js';
import { segment } from './text/segment.js';
import { tagTimes } from './time/tag-times.js';

/**
 * Runs dyad's pipeline on one article, without a database: sentences and tokens, time expressions,
 * actors, places, then coded events.
 *
 * ```ts
 * import { extract } from 'dyad';
 * const { events } = extract({ id: 'a1', published: '2025-07-04', text: 'Lee and Ishiba met in Canada last month.' });
 * ```
 */
export function extract(article: Article): Extraction {
  const doc = segment(article);
  const timexes = tagTimes(doc);
  const mentions = recognizeActors(doc);
  const places = findPlaces(doc);
  const events = codeEvents(doc, timexes, mentions, places);
  return { article, doc, timexes, mentions, places, events };
}
