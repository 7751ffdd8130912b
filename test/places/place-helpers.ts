import type { Place } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import { findPlaces } from '../../src/places/find-places.js';
import { segment } from '../../src/text/segment.js';

/** A place as a reader checks it: the text that named it, the place's name, its country and coordinates. */
export interface PlaceRow {
  readonly text: string;
  readonly name: string;
  readonly country: string;
  readonly lat?: number;
  readonly lon?: number;
}

function row(text: string, p: Place): PlaceRow {
  return {
    text: text.slice(p.start, p.end),
    name: p.name,
    country: p.country,
    ...(p.lat === undefined ? {} : { lat: p.lat }),
    ...(p.lon === undefined ? {} : { lon: p.lon }),
  };
}

/** The places of `text` (an article published on `published`) from the text alone, in text order. */
export function placesOf(text: string, published = '2025-07-04'): PlaceRow[] {
  return findPlaces(segment({ id: 'places-test', published, text })).map((p) => row(text, p));
}

/** The places of `text` found with the article's actors, as the pipeline can pass them. */
export function placesWithActors(text: string, published = '2025-07-04'): PlaceRow[] {
  const { doc, mentions } = extract({ id: 'places-test', published, text });
  return findPlaces(doc, undefined, mentions).map((p) => row(text, p));
}

/** The countries of the places of `text`, in text order. */
export function placeCountries(text: string, published = '2025-07-04'): string[] {
  return placesOf(text, published).map((p) => p.country);
}
