import { z } from 'zod';

// The formats of the files in data/actors/, checked as they load (see `loadKnowledgeBase`), and the records
// they give.

export const countrySchema = z.object({
  code: z.string().length(3),
  iso2: z.string().length(2),
  name: z.string(),
  names: z.array(z.string()),
  adjectives: z.array(z.string()),
  capital: z.array(z.string()),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  unMember: z.boolean(),
  independent: z.boolean(),
});
export const overrideSchema = z.record(
  z.string(),
  z
    .object({
      names: z.array(z.string()).optional(),
      adjectives: z.array(z.string()).optional(),
      metonyms: z.array(z.string()).optional(),
      ambiguousNames: z.array(z.string()).optional(),
      metonymRoles: z.record(z.string(), z.string()).optional(),
      agencies: z.record(z.string(), z.string()).optional(),
      neighbors: z.record(z.string(), z.string()).optional(),
      familyNameFirst: z.boolean().optional(),
      sharedNames: z.record(z.string(), z.array(z.string())).optional(),
      officeTitles: z.record(z.string(), z.string()).optional(),
      senseWords: z.record(z.string(), z.array(z.string())).optional(),
    })
    .passthrough(),
);
export const positionSchema = z
  .object({
    role: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string().nullable(),
  })
  .passthrough();
export const personSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    surname: z.string(),
    country: z.string().length(3),
    positions: z.array(positionSchema),
  })
  .passthrough();
export const organizationSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    phraseAliases: z.record(z.string(), z.array(z.string())).default({}),
  })
  .passthrough();
export const headSchema = z
  .object({
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    surname: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string().nullable(),
  })
  .passthrough();
export const roleSchema = z.object({
  code: z.string(),
  name: z.string(),
  words: z.array(z.string()),
  caseSensitive: z.array(z.string()).optional(),
});
export const usStateSchema = z.object({
  name: z.string(),
  abbreviation: z.string().optional(),
  capital: z.string(),
  largestCity: z.string(),
});
export const ethnicGroupsSchema = z
  .object({
    names: z.array(z.string()),
    homes: z
      .object({ countries: z.record(z.string(), z.string().length(3)) })
      .passthrough()
      .optional(),
    settlers: z.record(z.string(), z.string().length(3)).optional(),
    nations: z.array(z.string()).optional(),
  })
  .passthrough();
export const provincesSchema = z
  .object({ provinces: z.array(z.object({ name: z.string(), country: z.string().length(3) })) })
  .passthrough();
export const formerNamesSchema = z
  .object({
    states: z.array(
      z
        .object({
          name: z.string(),
          aliases: z.array(z.string()).default([]),
          adjectives: z.array(z.string()).default([]),
          country: z.string().length(3),
          start: z.string(),
          end: z.string(),
        })
        .passthrough(),
    ),
    seats: z.array(
      z
        .object({
          name: z.string(),
          aliases: z.array(z.string()).default([]),
          country: z.string().length(3),
          start: z.string(),
          end: z.string().nullable(),
        })
        .passthrough(),
    ),
    // Lands that were part of a state (`country`) until `end` and a country of their own (`becomes`) after.
    territories: z
      .array(
        z
          .object({
            name: z.string(),
            aliases: z.array(z.string()).default([]),
            adjectives: z.array(z.string()).default([]),
            country: z.string().length(3),
            end: z.string(),
            becomes: z.string().length(3),
          })
          .passthrough(),
      )
      .default([]),
  })
  .passthrough();
export const nameHeadsSchema = z.object({ heads: z.record(z.string(), z.string()) }).passthrough();
export const groupSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    country: z.string().length(3),
    role: z.string(),
    cameoCode: z.string().optional(),
    ambiguousAliases: z.array(z.string()).default([]),
    /** Words whose presence in an article makes an ambiguous alias name the group there ("Sinn Fein" for "IRA"). */
    contextWords: z.array(z.string()).default([]),
    periods: z
      .array(
        z.object({ start: z.string(), end: z.string().nullable(), country: z.string().length(3), role: z.string() }),
      )
      .default([]),
  })
  .passthrough();

export type CountryRecord = z.infer<typeof countrySchema> & {
  readonly metonyms: readonly string[];
  readonly ambiguousNames: readonly string[];
  /** Metonyms that stand for another role than GOV ("Pentagon" → MIL). */
  readonly metonymRoles: Readonly<Record<string, string>>;
  /** Named national bodies and media with their role ("KCNA" → MED). */
  readonly agencies: Readonly<Record<string, string>>;
  /** Neighbors by direction, for "its northern neighbor" (`{"north": "PRK"}`). */
  readonly neighbors: Readonly<Record<string, string>>;
  /** Whether English news writes this country's names family name first ("Cheng Guoping" → "Cheng"). */
  readonly familyNameFirst: boolean;
  /** Forms other countries share ("Korean": PRK), resolved by the countries the article names. */
  readonly sharedNames: Readonly<Record<string, readonly string[]>>;
  /** Titles that alone name one office of this government ("Secretary" → "Secretary of State"). */
  readonly officeTitles: Readonly<Record<string, string>>;
  /** Lower-case words that, in the same sentence, show an ambiguous name in its other sense ("Turkey": "thanksgiving"). */
  readonly senseWords: Readonly<Record<string, readonly string[]>>;
};
export type PersonRecord = z.infer<typeof personSchema>;
export type Position = z.infer<typeof positionSchema>;
export type OrganizationRecord = z.infer<typeof organizationSchema>;
export type RoleRecord = z.infer<typeof roleSchema>;
/** A U.S. state: its name, AP abbreviation, capital and largest city. */
export type UsStateRecord = z.infer<typeof usStateSchema>;
/** A country's province, state or region by name (`data/actors/provinces.json`). */
export interface ProvinceRecord {
  readonly name: string;
  readonly country: string;
}
/** Former states coded as their continuing state, and former seats of government with their years (`former-names.json`). */
export type FormerNames = z.infer<typeof formerNamesSchema>;
/** A named non-state group (armed group, party, movement) with its country and role. */
export type GroupRecord = z.infer<typeof groupSchema>;
