import type { GazetteerEntry } from './gazetteer.js';

/** What the text around a name says about which place it is. */
export interface PlaceContext {
  /** Countries the article names (its actors, their adjectives and capitals). */
  readonly countries: ReadonlySet<string>;
  /**
   * The country written with the name ("Paris, France"; a U.S. state's: "Paris, Texas"; a demonym before its place
   * noun: "the Bosnian town of Gorazde"), if any.
   */
  readonly qualifier?: string;
  /** Whether the name follows a strong locative ("in", "at", "near"), not only "to" or "from". */
  readonly locative: boolean;
  /** Whether the name is also a person's name the article or the knowledge base knows ("Lee"). */
  readonly personName: boolean;
}

// Cities this large are news places in their own right; smaller ones need the article to point at them.
const MAJOR_CITY = 100_000;

/**
 * The place a name most likely stands for, or undefined when no candidate is believable here.
 * - A country always wins ("Georgia", "Mexico").
 * - A city scores by the log of its population, plus 2 when the article names its country, plus 1 for a
 *   national capital (and the seats of government in it), plus 0.5 for a provincial capital; a country
 *   written after the name ("Paris, Texas" aside, "Seoul, South Korea") decides outright.
 * - A city under 100,000 people is believed only after a strong locative, in a country the article
 *   names, when the name is no person's ("a letter from Lee") and no city of 100,000 or capital shares it
 *   ("in Geneva" is Switzerland's in a story that names only the United States); or after any locative when its
 *   country is written with it ("to Paris, Texas", "from the Bosnian town of Gorazde"); a seat
 *   of government ("the Kremlin") only after a strong locative ("at the Kremlin", not "to the Kremlin").
 * - A summit venue no city list has ("Kananaskis", "Camp David") or a region ("the Golan Heights", "Sindh")
 *   scores like a city of a million, a U.S. state like one of three million.
 *
 * ```ts
 * rankPlaces(gazetteer.candidates(['paris']), { countries: new Set(['FRA']), locative: true, personName: false })?.country; // 'FRA'
 * ```
 */
export function rankPlaces(candidates: readonly GazetteerEntry[], context: PlaceContext): GazetteerEntry | undefined {
  const country = candidates.find((c) => c.isCountry);
  if (country) return country;
  // "a meeting in Geneva" in a story that names only the United States is Switzerland's city, not a town in
  // Illinois: a large city or a capital outranks a small namesake that only the article's countries support.
  const major = candidates.some((c) => c.kind === 'city' && (c.population >= MAJOR_CITY || c.capital));
  let best: { entry: GazetteerEntry; score: number } | undefined;
  for (const entry of candidates) {
    const supported = context.countries.has(entry.country) || context.qualifier === entry.country;
    if (context.qualifier && context.qualifier !== entry.country) continue;
    const minor = entry.kind === 'city' && entry.population < MAJOR_CITY && !entry.capital;
    // A person's name ("Taylor") is no town, unless the name is written with its country or state after it.
    const person = context.personName && context.qualifier !== entry.country;
    if (minor && (!supported || (!context.locative && !context.qualifier) || person)) continue;
    if (minor && major && !context.qualifier) continue;
    // "a message to the White House" is for the government; "at the White House" is where it happened.
    if (entry.kind === 'seat' && !context.locative) continue;
    // A U.S. state outranks the towns named after it, not a large city or a capital ("New York", "Washington").
    const size =
      entry.kind === 'venue' || entry.kind === 'region'
        ? 6
        : entry.kind === 'state'
          ? 6.5
          : Math.log10(Math.max(entry.population, 1));
    const score =
      size + (supported ? 2 : 0) + (entry.capital ? 1 : 0) + (entry.adminSeat ? 0.5 : 0) + (context.qualifier ? 5 : 0);
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry;
}
