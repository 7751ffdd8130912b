import type { FormerNames } from './knowledge-base.js';

/** The days a lexical entry is in force: a seat that moved, a state that is gone, a land before its independence. */
export interface Dated {
  readonly since?: string;
  readonly until?: string;
}

/**
 * Whether an entry is in force on `day` (always, without a day or dates of its own).
 *
 * ```ts
 * inForce({ since: '2008-02-17' }, '1999-03-01'); // false
 * ```
 */
export function inForce(entry: Dated, day: string | undefined): boolean {
  if (day === undefined || (entry.since === undefined && entry.until === undefined)) return true;
  return (entry.since === undefined || entry.since <= day) && (entry.until === undefined || day <= entry.until);
}

/**
 * Whether two entries are in force on a common day (an undated one always is), so that one name may name one
 * country before a date and another after it.
 *
 * ```ts
 * sameYears({ until: '2008-02-16' }, { since: '2008-02-17' }); // false
 * ```
 */
export function sameYears(a: Dated, b: Dated): boolean {
  return (a.since ?? '') <= (b.until ?? '9999') && (b.since ?? '') <= (a.until ?? '9999');
}

/**
 * For a country's name or adjective, the day from which it names that country: "Kosovo" was a land of Serbia until
 * its independence, so its own names hold from the day after (`former-names.json` `territories`); `{}` for names
 * that always do.
 *
 * ```ts
 * ownNamesSince(kb.formerNames.territories)('UNK', 'Kosovo'); // { since: '2008-02-17' }
 * ```
 */
export function ownNamesSince(territories: FormerNames['territories']): (code: string, name: string) => Dated {
  const sinceOf = new Map<string, Dated>();
  for (const t of territories) {
    const since = nextDay(t.end);
    for (const name of [t.name, ...t.aliases, ...t.adjectives]) sinceOf.set(`${t.becomes} ${name}`, { since });
  }
  return (code, name) => sinceOf.get(`${code} ${name}`) ?? {};
}

/**
 * For a country that was a land of another state, the day from which its capital speaks for its own government:
 * "Pristina" is no state's seat before Kosovo's independence; `{}` for other countries.
 *
 * ```ts
 * seatsSince(kb.formerNames.territories)('UNK'); // { since: '2008-02-17' }
 * ```
 */
export function seatsSince(territories: FormerNames['territories']): (code: string) => Dated {
  const sinceOf = new Map(territories.map((t) => [t.becomes, { since: nextDay(t.end) }]));
  return (code) => sinceOf.get(code) ?? {};
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
