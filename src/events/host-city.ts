import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import type { Actor, Token } from '../model.js';
import { gazetteerFor } from '../places/find-places.js';
import { placeKey } from '../places/gazetteer.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Occasions named after the city that holds them: "the Beijing Olympics", "the Sochi Games", "the Davos forum".
const HOSTED = new Set(['olympics', 'games', 'olympiad', 'summit', 'conference', 'forum', 'expo', 'talks']);
// A town this small is more often a word of a name ("the Special Olympics") than the host of an occasion.
const MIN_POPULATION = 100_000;

/**
 * The country a trip goes to when its occasion is named after its host city: "prepared to attend the Beijing
 * Olympics" is a trip to China, as "attended the Olympics in Beijing" is. The city must stand right before the
 * occasion noun inside the trigger's own words, and be a country, a capital or a large city, so that a word
 * that only looks like a town does not make a trip. None when a source is of that country (going home).
 *
 * ```ts
 * hostCountry(tokens, match, [usa]); // { code: 'CHN', country: 'CHN', name: 'Beijing', kind: 'country' }
 * ```
 */
export function hostCountry(
  tokens: readonly Token[],
  match: TriggerMatch,
  sources: readonly Actor[],
): Actor | undefined {
  for (let i = match.tokenStart + 1; i < match.tokenEnd; i++) {
    if (!HOSTED.has(tokens[i]!.lower)) continue;
    const city = tokens[i - 1]!;
    if (!/^\p{Lu}/u.test(city.text) || city.pos !== 'PROPN') continue;
    const entry = gazetteerFor(loadKnowledgeBase()).lookup([placeKey(city.text)]);
    if (!entry || !(entry.isCountry || entry.capital || entry.population >= MIN_POPULATION)) continue;
    if (sources.some((s) => s.country === entry.country)) return undefined;
    return { code: entry.country, country: entry.country, name: entry.name, kind: 'country' };
  }
  return undefined;
}
