import { z } from 'zod';
import type { Modality } from '../model.js';
import type { EventFilter } from '../store/store.js';

// Every query parameter arrives as a string; each schema says what it accepts in words a user can act on.
const actor = z
  .string()
  .regex(/^[A-Za-z0-9]{3,12}$/, 'give a country (KOR) or a CAMEO actor code (KORGOV)')
  .transform((s) => s.toUpperCase());
const bound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write a date as YYYY, YYYY-MM or YYYY-MM-DD');
const flag = z.enum(['true', 'false'], 'use true or false').transform((v) => v === 'true');
const MODALITIES = ['asserted', 'intended', 'planned', 'negated', 'hypothetical'] as const;

const commaList = <T extends z.ZodType<string, string>>(item: T, hint: string) =>
  z
    .string()
    .max(100)
    .transform((s) => s.split(',').filter((part) => part !== ''))
    .pipe(z.array(item, hint));

/** The event filters every list endpoint takes: `a` alone is one actor, `a` and `b` a dyad (either way). */
export const filterQuery = z.strictObject({
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
});

export const pageQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).max(10_000).default(0).describe('items to skip'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('items per page (at most 500)'),
});

export const listQuery = z.strictObject({ ...filterQuery.shape, ...pageQuery.shape });
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

export const timelineQuery = listQuery.extend({
  a: actor.describe('the first actor (required)'),
  order: z.enum(['date-asc', 'date-desc']).default('date-asc'),
});

export const trendQuery = filterQuery.extend({
  a: actor.describe('the first actor (required)'),
  period: z.enum(['week', 'month'], 'use week or month').default('month'),
  plans: flag.optional().describe('count intended and planned events too (ignored when modality is given)'),
});

export const actorsQuery = z.strictObject({
  q: z.string().trim().min(1, 'type at least one letter').max(60).describe('the start of a name or code'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'give words to search for').max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const networkQuery = filterQuery.extend({
  edges: z.coerce.number().int().min(1).max(500).default(60).describe('the strongest edges to return'),
});

export const articlesQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).describe('row id to continue after (the last page’s next)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const articleParams = z.strictObject({
  id: z.string().min(1).max(300).describe("the article's id"),
});

/** The body of `POST /api/articles`: one article, as the JSON Lines reader takes it. */
export const articleBody = z.strictObject({
  id: z.string().min(1).max(300).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the publication date as YYYY-MM-DD'),
  text: z.string().min(1, 'the article needs text').max(1_000_000),
  title: z.string().max(1000).optional(),
  url: z.string().url().max(2000).optional(),
  source: z.string().max(300).optional(),
});
