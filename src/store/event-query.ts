import { type RawBuilder, sql } from 'kysely';
import type { Modality } from '../model.js';
import { timemlInterval } from '../time/timeml-interval.js';
import type { EventFilter } from './store.js';
import { InvalidFilterError } from './store-errors.js';

const MODALITIES: readonly Modality[] = ['asserted', 'intended', 'planned', 'negated', 'hypothetical'];
const BOUND = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4])?$/;
const ACTOR = /^[A-Za-z0-9]{3,}$/;
const CODE = /^\d{1,4}$/;
const COUNTRY = /^[A-Za-z]{3}$/;

/** Where a filter looks: the table alias, and the expressions for the first and last day of an event. */
export interface FilterTarget {
  readonly alias: 'e' | 'l';
  readonly start: RawBuilder<string>;
  readonly end: RawBuilder<string>;
}

// Event mentions without a calendar interval (PAST_REF, FUTURE_REF) sit at their article's publication day.
export const MENTIONS: FilterTarget = {
  alias: 'e',
  start: sql<string>`coalesce(e.date_start, a.published)`,
  end: sql<string>`coalesce(e.date_end, a.published)`,
};
export const LINKED: FilterTarget = { alias: 'l', start: sql<string>`l.date_start`, end: sql<string>`l.date_end` };

function actorValue(field: string, value: string): string {
  if (!ACTOR.test(value))
    throw new InvalidFilterError(field, value, 'give a country (KOR) or a CAMEO actor code (KORGOV)');
  return value.toUpperCase();
}

function boundInterval(field: 'from' | 'to', value: string) {
  const interval = BOUND.test(value) ? timemlInterval(value) : null;
  if (interval === null) throw new InvalidFilterError(field, value, 'write a date as YYYY, YYYY-MM or YYYY-MM-DD');
  return interval;
}

// The first string after every string that starts with `prefix` ("04" → "05", "09" → "0:"), so a prefix
// test is a range both engines answer from the code index.
const after = (prefix: string) => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/**
 * Turns an event filter into SQL conditions (joined with AND) over event mentions (`e`, joined with their
 * article `a`) or linked events (`l`). An actor matches a side when it equals that side's country or full
 * actor code; a dyad matches in either direction. `from`/`to` keep events whose date interval overlaps
 * `[from, to]`, each bound widened to its whole year, month or day. Throws `InvalidFilterError` for a
 * value it cannot use.
 *
 * ```ts
 * const where = filterConditions({ dyad: ['KOR', 'JPN'], from: '2025-06', code: '04' }, LINKED);
 * db.selectFrom('linked_events as l').selectAll().where(sql.join(where, sql` AND `));
 * ```
 */
export function filterConditions(filter: EventFilter, target: FilterTarget): RawBuilder<boolean>[] {
  const col = (name: string) => sql.ref(`${target.alias}.${name}`);
  const sides = (side: 'source' | 'target') => [col(`${side}_country`), col(`${side}_code`)];
  const where: RawBuilder<boolean>[] = [];
  if (filter.dyad !== undefined) {
    const a = actorValue('dyad', filter.dyad[0]);
    const b = actorValue('dyad', filter.dyad[1]);
    const directions =
      a === b
        ? [[a, b]]
        : [
            [a, b],
            [b, a],
          ];
    // An OR of plain equalities (never an OR nested in an AND), so each term can be answered from an index.
    const terms: RawBuilder<boolean>[] = [];
    for (const [from, to] of directions) {
      for (const source of sides('source')) {
        for (const other of sides('target')) terms.push(sql<boolean>`(${source} = ${from} AND ${other} = ${to})`);
      }
    }
    // Linked events are indexed by their sorted country pair: narrowing to it first makes a dyad an index range.
    if (target.alias === 'l') {
      const [x, y] = [a.slice(0, 3), b.slice(0, 3)].sort() as [string, string];
      where.push(sql<boolean>`l.pair_a = ${x} AND l.pair_b = ${y}`);
      if (a.length > 3 || b.length > 3) where.push(sql<boolean>`(${sql.join(terms, sql` OR `)})`);
    } else where.push(sql<boolean>`(${sql.join(terms, sql` OR `)})`);
  }
  if (filter.actor !== undefined) {
    const actor = actorValue('actor', filter.actor);
    const terms = [...sides('source'), ...sides('target')].map((c) => sql<boolean>`${c} = ${actor}`);
    if (target.alias === 'l') {
      const country = actor.slice(0, 3);
      where.push(sql<boolean>`(l.pair_a = ${country} OR l.pair_b = ${country})`);
      if (actor.length > 3) where.push(sql<boolean>`(${sql.join(terms, sql` OR `)})`);
    } else where.push(sql<boolean>`(${sql.join(terms, sql` OR `)})`);
  }
  if (filter.from !== undefined) where.push(sql<boolean>`${target.end} >= ${boundInterval('from', filter.from).start}`);
  if (filter.to !== undefined) where.push(sql<boolean>`${target.start} <= ${boundInterval('to', filter.to).end}`);
  if (filter.code !== undefined) {
    if (!CODE.test(filter.code))
      throw new InvalidFilterError('code', filter.code, 'give a CAMEO code or its prefix, e.g. 04 or 036');
    where.push(sql<boolean>`${col('cameo')} >= ${filter.code} AND ${col('cameo')} < ${after(filter.code)}`);
  }
  if (filter.quadClass !== undefined && filter.quadClass.length > 0) {
    for (const q of filter.quadClass) {
      if (![1, 2, 3, 4].includes(q)) throw new InvalidFilterError('quadClass', q, 'use 1, 2, 3 or 4');
    }
    where.push(sql<boolean>`${col('quad_class')} IN (${sql.join([...filter.quadClass])})`);
  }
  if (filter.modality !== undefined && filter.modality.length > 0) {
    for (const m of filter.modality) {
      if (!MODALITIES.includes(m)) throw new InvalidFilterError('modality', m, `use one of ${MODALITIES.join(', ')}`);
    }
    where.push(sql<boolean>`${col('modality')} IN (${sql.join([...filter.modality])})`);
  }
  if (filter.place !== undefined) {
    if (!COUNTRY.test(filter.place))
      throw new InvalidFilterError('place', filter.place, 'give a country code like CAN');
    where.push(sql<boolean>`${col('place_country')} = ${filter.place.toUpperCase()}`);
  }
  if (filter.history === false) where.push(sql<boolean>`${col('history')} = 0`);
  if (filter.limit !== undefined && (!Number.isInteger(filter.limit) || filter.limit < 0)) {
    throw new InvalidFilterError('limit', filter.limit, 'give a whole number, 0 or more');
  }
  if (filter.offset !== undefined && (!Number.isInteger(filter.offset) || filter.offset < 0)) {
    throw new InvalidFilterError('offset', filter.offset, 'give a whole number, 0 or more');
  }
  return where;
}

/** Conditions joined with AND, for a WHERE clause (`1 = 1` when there are none). */
export const allOf = (conditions: readonly RawBuilder<boolean>[]): RawBuilder<boolean> =>
  conditions.length === 0 ? sql<boolean>`1 = 1` : sql<boolean>`${sql.join(conditions, sql` AND `)}`;

/** The ORDER BY of a filter: by first day, then last day, then id, ascending unless `date-desc`. */
export function filterOrder(filter: EventFilter, target: FilterTarget): RawBuilder<unknown> {
  const direction = filter.order === 'date-desc' ? sql`DESC` : sql`ASC`;
  return sql`${target.start} ${direction}, ${target.end} ${direction}, ${sql.ref(`${target.alias}.id`)} ${direction}`;
}
