import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import type { IsoDay, RoleCode } from '../model.js';
import {
  countrySchema,
  overrideSchema,
  personSchema,
  organizationSchema,
  headSchema,
  roleSchema,
  usStateSchema,
  ethnicGroupsSchema,
  provincesSchema,
  formerNamesSchema,
  nameHeadsSchema,
  groupSchema,
  type CountryRecord,
  type PersonRecord,
  type Position,
  type OrganizationRecord,
  type RoleRecord,
  type UsStateRecord,
  type ProvinceRecord,
  type FormerNames,
  type GroupRecord,
} from './actor-records.js';

export type {
  CountryRecord,
  PersonRecord,
  Position,
  OrganizationRecord,
  RoleRecord,
  UsStateRecord,
  ProvinceRecord,
  FormerNames,
  GroupRecord,
} from './actor-records.js';

const DATA = new URL('../../data/actors/', import.meta.url);

/** dyad's knowledge of actors: countries, people with tenures, international bodies, role words. */
export interface KnowledgeBase {
  readonly countries: readonly CountryRecord[];
  readonly people: readonly PersonRecord[];
  readonly organizations: readonly OrganizationRecord[];
  readonly roles: readonly RoleRecord[];
  readonly groups: readonly GroupRecord[];
  /** Last words of names that say what a body is ("Administration" → GOV, "Steel" → BUS), from name-heads.json. */
  readonly nameHeads: Readonly<Record<string, string>>;
  /** The U.S. states, whose governments and officials are coded as the United States (`us-states.json`). */
  readonly usStates: readonly UsStateRecord[];
  /** Other countries' provinces and regions: their offices are the country's ("the governor of Sindh"). */
  readonly provinces: readonly ProvinceRecord[];
  /** Names of peoples ("Kurds", "Serbs") coded by the demonym before them ("Iraqi Kurds" IRQ), `ethnic-groups.json`. */
  readonly ethnicGroups: ReadonlySet<string>;
  /** Peoples news names as living in one country ("Chechen" RUS, "Yoruba" NGA), from `ethnic-groups.json`. */
  readonly ethnicHomes: Readonly<Record<string, string>>;
  /** Communities whose settlers are one state's ("Jewish" ISR: "Jewish settlers"), from `ethnic-groups.json`. */
  readonly ethnicSettlers: Readonly<Record<string, string>>;
  /** Peoples that stand for a group of states ("Arab leaders"), never coded by one host country. */
  readonly ethnicNations: ReadonlySet<string>;
  /** "Zaire", "the Soviet Union" (any date), "Bonn" (only while it was the seat), from `former-names.json`. */
  readonly formerNames: FormerNames;
  country(code: string): CountryRecord | undefined;
}

function readJson<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
  let raw: string;
  try {
    raw = readFileSync(new URL(file, DATA), 'utf8');
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new Error(
      `data/actors/${file} is not valid: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}

// people.json, then the regional files people-<region>.json, in name order.
function peopleFiles(): string[] {
  let files: string[];
  try {
    files = readdirSync(DATA).filter((f) => /^people-[a-z-]+\.json$/.test(f));
  } catch {
    files = [];
  }
  return ['people.json', ...files.sort()];
}

let cached: KnowledgeBase | undefined;

/** Loads (once) the knowledge base shipped in `data/actors/`. */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  const base = readJson('countries.json', z.array(countrySchema), []);
  const overrides = readJson('country-overrides.json', overrideSchema, {});
  const countries: CountryRecord[] = base.map((c) => {
    const extra = overrides[c.code];
    return {
      ...c,
      // The list files some demonyms among the names ("Thai", "Togolese"): "the Thai border" is no state.
      names: [
        ...new Set([...c.names.filter((n) => n === c.name || !c.adjectives.includes(n)), ...(extra?.names ?? [])]),
      ],
      adjectives: [...new Set([...c.adjectives, ...(extra?.adjectives ?? [])])],
      metonyms: [...new Set([...c.capital, ...(extra?.metonyms ?? [])])],
      ambiguousNames: extra?.ambiguousNames ?? [],
      metonymRoles: extra?.metonymRoles ?? {},
      agencies: extra?.agencies ?? {},
      neighbors: extra?.neighbors ?? {},
      familyNameFirst: extra?.familyNameFirst ?? false,
      sharedNames: extra?.sharedNames ?? {},
      officeTitles: extra?.officeTitles ?? {},
      senseWords: extra?.senseWords ?? {},
    };
  });
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const organizations = readJson('organizations.json', z.array(organizationSchema), []);
  const ethnic = readJson('ethnic-groups.json', ethnicGroupsSchema, { names: [] });
  cached = {
    countries,
    people: [...peopleFiles().flatMap((file) => readJson(file, z.array(personSchema), [])), ...headsOf(organizations)],
    organizations,
    roles: readJson('roles.json', z.array(roleSchema), []),
    groups: readJson('groups.json', z.array(groupSchema), []),
    nameHeads: readJson('name-heads.json', nameHeadsSchema, { heads: {} }).heads,
    usStates: readJson('us-states.json', z.array(usStateSchema), []),
    provinces: readJson('provinces.json', provincesSchema, { provinces: [] }).provinces,
    ethnicGroups: new Set(ethnic.names),
    ethnicHomes: ethnic.homes?.countries ?? {},
    ethnicSettlers: ethnic.settlers ?? {},
    ethnicNations: new Set(ethnic.nations ?? []),
    formerNames: readJson('former-names.json', formerNamesSchema, { states: [], seats: [], territories: [] }),
    country: (code) => byCode.get(code),
  };
  return cached;
}

// The chiefs of international bodies are people coded as their body: "Kofi Annan" is IGOUNO, "Jens
// Stoltenberg" IGONAT while he led NATO. Their titles ("Secretary-General") are no country's offices, so the
// records carry the body's code in `body` and the lexicon does not read their titles as national titles.
function headsOf(organizations: readonly OrganizationRecord[]): PersonRecord[] {
  return organizations.flatMap((o) =>
    z
      .array(headSchema)
      .parse(o['heads'] ?? [])
      .map((h) => ({
        id: `${o.id}-head-${h.surname.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${h.start.slice(0, 4)}`,
        name: h.name,
        aliases: h.aliases,
        surname: h.surname,
        country: o.code.slice(0, 3),
        body: o.code,
        positions: [
          {
            role: o.code.slice(3),
            title: h.title,
            start: h.start,
            end: h.end,
            ...(h['approx'] === true ? { approx: true } : {}),
          },
        ],
      })),
  );
}

/**
 * Of several records one name may have (a prime minister who later led NATO is in both lists), the one in
 * office on the day, else the one whose post is nearest the day.
 */
export function recordOn(records: readonly PersonRecord[], day: IsoDay): PersonRecord | undefined {
  let best: { person: PersonRecord; days: number } | undefined;
  for (const person of records)
    for (const pos of person.positions) {
      const days = daysFromPosition(pos, day);
      if (!best || days < best.days) best = { person, days };
    }
  return best?.person ?? records[0];
}

const byId = new WeakMap<KnowledgeBase, ReadonlyMap<string, PersonRecord>>();

/** The person of the knowledge base with that id. */
export function personById(kb: KnowledgeBase, id: string): PersonRecord | undefined {
  let index = byId.get(kb);
  if (!index) byId.set(kb, (index = new Map(kb.people.map((p) => [p.id, p]))));
  return index.get(id);
}

/**
 * The person a lexicon match names on a day (`refs`: the ids of its person entries): the only one, else the
 * one in office on the day or nearest it. `country`, when given, keeps only that country's records.
 */
export function personOfRefs(
  kb: KnowledgeBase,
  refs: readonly string[],
  day: IsoDay,
  country?: string,
): PersonRecord | undefined {
  const records = refs
    .map((id) => personById(kb, id))
    .filter((p): p is PersonRecord => p !== undefined && (!country || p.country === country));
  return records.length <= 1 ? records[0] : recordOn(records, day);
}

/** The position a person held on a day, if any. */
export function positionOn(person: PersonRecord, day: IsoDay): Position | undefined {
  return person.positions.find((p) => p.start <= day && (p.end === null || day <= p.end));
}

/** The role a person is coded with on a day: the position then, else the latest one before it. */
export function roleOn(person: PersonRecord, day: IsoDay): RoleCode | undefined {
  const held = positionOn(person, day);
  if (held) return held.role;
  const before = person.positions.filter((p) => p.start <= day).sort((a, b) => b.start.localeCompare(a.start));
  return before[0]?.role ?? person.positions[0]?.role;
}

const DAY_MS = 86_400_000;

/** Days between `day` and the nearest day of a position: 0 inside it. */
export function daysFromPosition(position: Position, day: IsoDay): number {
  const t = Date.parse(day);
  const start = Date.parse(position.start);
  const end = position.end === null ? Number.POSITIVE_INFINITY : Date.parse(position.end);
  if (Number.isNaN(t) || Number.isNaN(start)) return Number.POSITIVE_INFINITY;
  return t < start ? (start - t) / DAY_MS : t > end ? (t - end) / DAY_MS : 0;
}

const bySurname = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly PersonRecord[]>>();

// Letters English news writes without their marks: "Walesa" for Wałęsa, "Sorensen" for Sørensen.
const UNMARKED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i' };

/** A surname as compared: without diacritics ("Wałęsa" = "Walesa"), case kept. */
export function surnameKey(surname: string): string {
  // Most surnames (and every token of English text looked up) are plain ASCII already.
  if (/^[\x20-\x7e]*$/.test(surname)) return surname;
  return surname
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐı]/g, (c) => UNMARKED[c]!);
}

/** Every person of the knowledge base whose surname (the form used alone on second mention) is `surname`. */
export function peopleWithSurname(kb: KnowledgeBase, surname: string): readonly PersonRecord[] {
  let index = bySurname.get(kb);
  if (!index) {
    const map = new Map<string, PersonRecord[]>();
    for (const p of kb.people) {
      const key = surnameKey(p.surname);
      map.set(key, [...(map.get(key) ?? []), p]);
    }
    bySurname.set(kb, (index = map));
  }
  return index.get(surnameKey(surname)) ?? [];
}

/**
 * The country and role a group is coded with on a day: its period then ("the Taliban" are AFGGOV from
 * 2021-08-15), else its own country and role.
 */
export function groupCodeOn(group: GroupRecord, day: IsoDay): { country: string; role: RoleCode } {
  const period = group.periods.find((p) => p.start <= day && (p.end === null || day <= p.end));
  return period ? { country: period.country, role: period.role } : { country: group.country, role: group.role };
}
