import type { Modality } from '../model.js';
import { timemlInterval } from '../time/timeml-interval.js';
import { EVENT_COLUMNS } from './event-row.js';
import type { EventFilter } from './store.js';
import { InvalidFilterError } from './store-errors.js';

/** A parameterized statement: SQL with `?` placeholders and the values bound to them, in order. */
export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

const MODALITIES: readonly Modality[] = ['asserted', 'intended', 'planned', 'negated', 'hypothetical'];
const BOUND = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4])?$/;
const ACTOR = /^[A-Za-z0-9]{3,}$/;
const CODE = /^\d{1,4}$/;

// An actor matches a side by country or by full code. Spelled out as an OR of plain equalities (never
// an OR nested in an AND) so SQLite can answer each term from an index and union them (MULTI-INDEX OR).
const SOURCE_COLUMNS = ['e.source_country', 'e.source_code'] as const;
const TARGET_COLUMNS = ['e.target_country', 'e.target_code'] as const;

// Events without a calendar interval (PAST_REF, FUTURE_REF) are placed at their article's publication day.
const START = 'coalesce(e.date_start, a.published)';
const END = 'coalesce(e.date_end, a.published)';

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

/**
 * Turns an event filter into one parameterized SELECT over `events` joined with `articles`. An actor
 * matches a side of the event when it equals that side's country or its full actor code; a dyad matches
 * in either direction. `from`/`to` keep events whose date interval overlaps `[from, to]`, each bound
 * widened to its whole year, month or day. Throws `InvalidFilterError` for a value it cannot use.
 *
 * ```ts
 * const { sql, params } = buildEventQuery({ dyad: ['KOR', 'JPN'], from: '2025-06', code: '04' });
 * db.prepare(sql).all(...params);
 * ```
 */
export function buildEventQuery(filter: EventFilter = {}): SqlQuery {
  const where: string[] = [];
  const params: (string | number)[] = [];
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
    const terms: string[] = [];
    for (const [from, to] of directions) {
      for (const source of SOURCE_COLUMNS) {
        for (const target of TARGET_COLUMNS) {
          terms.push(`(${source} = ? AND ${target} = ?)`);
          params.push(from ?? '', to ?? '');
        }
      }
    }
    where.push(`(${terms.join(' OR ')})`);
  }
  if (filter.actor !== undefined) {
    const actor = actorValue('actor', filter.actor);
    const columns = [...SOURCE_COLUMNS, ...TARGET_COLUMNS];
    where.push(`(${columns.map((c) => `${c} = ?`).join(' OR ')})`);
    params.push(...columns.map(() => actor));
  }
  if (filter.from !== undefined) {
    where.push(`${END} >= ?`);
    params.push(boundInterval('from', filter.from).start);
  }
  if (filter.to !== undefined) {
    where.push(`${START} <= ?`);
    params.push(boundInterval('to', filter.to).end);
  }
  if (filter.code !== undefined) {
    if (!CODE.test(filter.code))
      throw new InvalidFilterError('code', filter.code, 'give a CAMEO code or its prefix, e.g. 04 or 036');
    // GLOB is case-sensitive and can use the cameo index; the code is digits only, so nothing needs escaping.
    where.push('e.cameo GLOB ?');
    params.push(`${filter.code}*`);
  }
  if (filter.modality !== undefined && filter.modality.length > 0) {
    for (const m of filter.modality) {
      if (!MODALITIES.includes(m)) throw new InvalidFilterError('modality', m, `use one of ${MODALITIES.join(', ')}`);
    }
    where.push(`e.modality IN (${filter.modality.map(() => '?').join(', ')})`);
    params.push(...filter.modality);
  }
  if (filter.history === false) where.push('e.history = 0');

  const direction = filter.order === 'date-desc' ? 'DESC' : 'ASC';
  let sql =
    `SELECT e.id, a.article_key, a.published, ${EVENT_COLUMNS.map((c) => `e.${c}`).join(', ')}\n` +
    'FROM events e JOIN articles a ON a.id = e.article_id\n' +
    (where.length > 0 ? `WHERE ${where.join('\n  AND ')}\n` : '') +
    `ORDER BY ${START} ${direction}, ${END} ${direction}, e.id ${direction}`;
  if (filter.limit !== undefined) {
    if (!Number.isInteger(filter.limit) || filter.limit < 0) {
      throw new InvalidFilterError('limit', filter.limit, 'give a whole number, 0 or more');
    }
    sql += '\nLIMIT ?';
    params.push(filter.limit);
  }
  return { sql, params };
}
