import { z } from 'zod';
import { isIsoDay } from '../ingest/iso-day.js';
import type { Modality } from '../model.js';
import type { EventFilter } from '../store/store.js';
import { timemlInterval } from '../time/timeml-interval.js';

// Every query parameter arrives as a string; each schema says what it accepts in words a user can act on.
const ACTOR_HINT = 'give a country (KOR) or a CAMEO actor code (KORGOV)';
const actor = z
  .string(ACTOR_HINT)
  .regex(/^[A-Za-z0-9]{3,12}$/, ACTOR_HINT)
  .transform((s) => s.toUpperCase());
const bound = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'write a date as YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  // The shape alone lets 2025-02-30 and 2025-13 through; the store would refuse them with a vaguer message.
  .refine((s) => timemlInterval(s) !== null, {
    error: (issue) => `${String(issue.input)} is not on the calendar: months run 01–12, and the day must exist`,
  });
const flag = z.enum(['true', 'false'], 'use true or false').transform((v) => v === 'true');
const MODALITIES = ['asserted', 'intended', 'planned', 'negated', 'hypothetical'] as const;

/**
 * Text as a person writes it: a string without NUL, which PostgreSQL cannot store or compare (and which no
 * news text holds: the file readers refuse it as binary).
 */
const text = (hint: string) =>
  z.string(hint).refine((s) => !s.includes('\u0000'), 'holds a NUL character (\\u0000): send text, not binary data');

/**
 * A strict object of request parameters (or body fields): an unknown one is refused with the list of those
 * the endpoint takes, so a typo is answered with its fix.
 *
 * ```ts
 * const q = strictParameters({ q: z.string() }); // ?colour=red → 'unknown parameter "colour": this endpoint takes q'
 * ```
 */
export function strictParameters<S extends z.core.$ZodLooseShape>(shape: S, noun = 'parameter') {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown ${noun} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: ` +
          (known.length > 0 ? `this endpoint takes ${known.join(', ')}` : `this endpoint takes no ${noun}s`)
        : undefined,
  });
}

/**
 * A whole number written in digits only: `1e2`, `0x10`, `-0`, ` 5` and the empty string are refused rather than
 * read as numbers. OpenAPI shows it as an integer with its bounds.
 */
const whole = (min: number, max: number, fallback: number, description: string) => {
  const hint = `give a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d{1,16}$/, { message: hint, abort: true })
    .transform(Number)
    .pipe(z.number().min(min, hint).max(max, hint))
    .default(fallback)
    .meta({ type: 'integer', minimum: min, maximum: max, pattern: undefined, description });
};

const commaList = <T extends z.ZodType<string, string>>(item: T, hint: string) =>
  z
    .string()
    .max(100, 'give at most 100 characters')
    .transform((s) => s.split(',').filter((part) => part !== ''))
    .pipe(z.array(item, hint));

const filterShape = {
  a: actor.optional().describe('a country or actor code; alone, events with it on either side'),
  b: actor.optional().describe('the second actor: events between a and b, in either direction'),
  from: bound.optional().describe("first day, on the event's own date"),
  to: bound.optional().describe('last day, inclusive'),
  code: z
    .string()
    .regex(/^\d{2,4}$/, 'give a CAMEO root (04) or code (036)')
    .optional()
    .describe('CAMEO code prefix'),
  quad: commaList(z.enum(['1', '2', '3', '4'], 'quad classes are 1, 2, 3 or 4'), 'a comma-separated list')
    .optional()
    .describe('quad classes, comma-separated (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)'),
  modality: commaList(z.enum(MODALITIES, `use ${MODALITIES.join(', ')}`), 'a comma-separated list')
    .optional()
    .describe('modalities, comma-separated'),
  place: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'give a country code like CAN')
    .transform((s) => s.toUpperCase())
    .optional()
    .describe('country where the event took place'),
  history: flag.optional().describe('include events dated years before their article'),
};

// Rules between parameters, which no single field's schema can state. Each field's own schema may have
// failed (zod still runs this), so every value is checked again before it is used.
function crossCheck(query: { a?: unknown; b?: unknown; from?: unknown; to?: unknown }, ctx: z.RefinementCtx): void {
  if (query.b !== undefined && query.a === undefined) {
    ctx.addIssue({ code: 'custom', path: ['b'], message: 'b is the second actor of a dyad: give a as well' });
  }
  if (typeof query.from !== 'string' || typeof query.to !== 'string') return;
  const [from, to] = [timemlInterval(query.from), timemlInterval(query.to)];
  if (from !== null && to !== null && from.start > to.end) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `to (${query.to}) is before from (${query.from}): swap them`,
    });
  }
}

/** The event filters every list endpoint takes: `a` alone is one actor, `a` and `b` a dyad (either way). */
export const filterQuery = strictParameters(filterShape).superRefine(crossCheck);

const pageShape = {
  offset: whole(0, 10_000, 0, 'items to skip (at most 10,000)'),
  limit: whole(1, 500, 50, 'items per page (at most 500)'),
};

export const listQuery = strictParameters({ ...filterShape, ...pageShape }).superRefine(crossCheck);
export type FilterQuery = z.output<typeof filterQuery>;

/** The store filter a validated query asks for. */
export function toFilter(q: FilterQuery): EventFilter {
  return {
    ...(q.a !== undefined && q.b !== undefined ? { dyad: [q.a, q.b] as const } : {}),
    ...(q.a !== undefined && q.b === undefined ? { actor: q.a } : {}),
    ...(q.from === undefined ? {} : { from: q.from }),
    ...(q.to === undefined ? {} : { to: q.to }),
    ...(q.code === undefined ? {} : { code: q.code }),
    ...(q.quad === undefined ? {} : { quadClass: q.quad.map(Number) }),
    ...(q.modality === undefined ? {} : { modality: q.modality as Modality[] }),
    ...(q.place === undefined ? {} : { place: q.place }),
    ...(q.history === false ? { history: false } : {}),
  };
}

export const timelineQuery = strictParameters({
  ...filterShape,
  ...pageShape,
  a: actor.describe('the first actor (required)'),
  order: z.enum(['date-asc', 'date-desc'], 'use date-asc or date-desc').default('date-asc'),
}).superRefine(crossCheck);

export const trendQuery = strictParameters({
  ...filterShape,
  a: actor.describe('the first actor (required)'),
  period: z.enum(['week', 'month'], 'use week or month').default('month'),
  plans: flag.optional().describe('count intended and planned events too (ignored when modality is given)'),
}).superRefine(crossCheck);

export const actorsQuery = strictParameters({
  q: text('type the start of a name or code')
    .trim()
    .min(1, 'type at least one letter')
    .max(60, 'type at most 60 characters')
    .describe('the start of a name or code'),
  limit: whole(1, 50, 10, 'suggestions to return'),
});

export const searchQuery = strictParameters({
  q: text('give words to search for')
    .trim()
    .min(1, 'give words to search for')
    .max(200, 'give at most 200 characters of words'),
  limit: whole(1, 100, 20, 'articles to return'),
});

export const networkQuery = strictParameters({
  ...filterShape,
  edges: whole(1, 500, 60, 'the strongest edges to return'),
}).superRefine(crossCheck);

export const articlesQuery = strictParameters({
  after: whole(0, Number.MAX_SAFE_INTEGER, 0, 'row id to continue after (the last page’s next)'),
  limit: whole(1, 200, 50, 'articles per page'),
});

export const articleParams = strictParameters({
  id: text("the article's id").min(1).max(300, 'at most 300 characters').describe("the article's id"),
});

/** The body of `POST /api/articles`: one article, as the JSON Lines reader takes it. */
export const articleBody = strictParameters(
  {
    id: text('the id is text').min(1, 'the id is at least one character').max(300, 'at most 300 characters').optional(),
    published: z
      .string('the publication date as YYYY-MM-DD')
      .refine(isIsoDay, 'the publication date as YYYY-MM-DD, a day on the calendar'),
    text: text('the article needs text')
      .min(1, 'the article needs text')
      .max(1_000_000, 'at most 1,000,000 characters'),
    title: text('the title is text').max(1000, 'at most 1000 characters').optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'give the http(s) address of the article' })
      .max(2000, 'at most 2000 characters')
      .optional(),
    source: text('the source is text').max(300, 'at most 300 characters').optional(),
  },
  'field',
);
