import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import { trendOf } from '../query/trend.js';
import type { Modality } from '../model.js';
import type { Store } from '../store/store.js';
import { type ApiRoute, defineRoute } from './api-route.js';
import {
  actorsQuery,
  articleParams,
  articlesQuery,
  filterQuery,
  listQuery,
  networkQuery,
  searchQuery,
  timelineQuery,
  toFilter,
  trendQuery,
} from './api-schemas.js';
import { linkedEventView, mentionView, networkView } from './api-views.js';
import type { Catalog } from './catalog.js';
import { NotFoundError } from './server-errors.js';

/** One page of a list: the items and where the next page starts (null on the last). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: { readonly offset: number; readonly limit: number; readonly next: number | null };
}

// A page asks the store for its rows plus one, which tells whether another page follows; the store skips
// the offset itself (no mentions read for skipped events), and the schema caps it (10,000).
const pageWindow = (query: { readonly offset: number; readonly limit: number }) => ({
  offset: query.offset,
  limit: query.limit + 1,
});

function page<T>(rows: readonly T[], offset: number, limit: number): Page<T> {
  return {
    items: rows.slice(0, limit),
    page: { offset, limit, next: rows.length > limit ? offset + limit : null },
  };
}

const countryInfo = (code: string) => {
  const c = loadKnowledgeBase().country(code.slice(0, 3));
  return { code, name: c?.name ?? code, lat: c?.lat ?? null, lon: c?.lon ?? null };
};

/** The read endpoints: open to anyone who can reach the server, and none of them writes. */
export function readRoutes(store: Store, catalog: Catalog): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/stats',
      summary: 'How many articles, event mentions and linked events the store holds',
      tag: 'store',
      handle: () => store.counts(),
    }),
    defineRoute({
      method: 'get',
      path: '/api/actors',
      summary: 'Type-ahead: countries and actor codes matching the start of a name or code',
      tag: 'actors',
      query: actorsQuery,
      handle: async ({ query }) => ({ items: await catalog.suggestActors(query.q, query.limit) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/articles',
      summary: 'Stored articles (without text), in storage order; continue with after=next',
      tag: 'articles',
      query: articlesQuery,
      handle: async ({ query }) => {
        const rows = await store.articles(query.after, query.limit + 1);
        const items = rows.slice(0, query.limit).map(({ text: _text, ...rest }) => rest);
        return { items, page: { limit: query.limit, next: rows.length > query.limit ? items.at(-1)!.rowId : null } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/articles/:id',
      summary: 'One article with its text',
      tag: 'articles',
      params: articleParams,
      handle: async ({ params }) => {
        const article = await catalog.article(params.id);
        if (article === undefined)
          throw new NotFoundError('article', params.id, 'list the articles with GET /api/articles');
        return article;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Event mentions (one per article sentence and trigger), by date',
      tag: 'events',
      query: listQuery,
      handle: async ({ query }) => {
        const rows = await store.events({
          ...toFilter(query),
          order: 'date-asc',
          ...pageWindow(query),
        });
        return page(rows.map(mentionView), query.offset, query.limit);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/linked-events',
      summary: 'Linked events (one real-world event, however many articles report it), with their mentions',
      tag: 'events',
      query: listQuery,
      handle: async ({ query }) => {
        const rows = await store.linkedEvents({
          ...toFilter(query),
          order: 'date-asc',
          ...pageWindow(query),
        });
        const titles = await catalog.summaries(rows.flatMap((r) => r.mentions.map((m) => m.article)));
        return page(
          rows.map((r) => linkedEventView(r, titles)),
          query.offset,
          query.limit,
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/timeline',
      summary: 'The linked events of one actor, or between two (a and b, either direction), by date',
      tag: 'events',
      query: timelineQuery,
      handle: async ({ query }) => {
        const rows = await store.linkedEvents({
          ...toFilter(query),
          order: query.order,
          ...pageWindow(query),
        });
        const titles = await catalog.summaries(rows.flatMap((r) => r.mentions.map((m) => m.article)));
        return {
          actors: [query.a, ...(query.b ? [query.b] : [])].map(countryInfo),
          ...page(
            rows.map((r) => linkedEventView(r, titles)),
            query.offset,
            query.limit,
          ),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/trend',
      summary: 'Cooperation and conflict per week or month: linked events, Goldstein sum and mean, quad-class counts',
      tag: 'events',
      query: trendQuery,
      handle: async ({ query }) => {
        // As `dyad trend`: what happened only, unless plans or modalities are asked for; history left out.
        const modality: Modality[] =
          query.modality !== undefined
            ? (query.modality as Modality[])
            : query.plans
              ? ['asserted', 'intended', 'planned']
              : ['asserted'];
        const filter = { ...toFilter(query), modality, history: query.history ?? false, order: 'date-asc' as const };
        const events = await store.linkedEvents(filter, { mentions: false });
        return {
          period: query.period,
          filter: { modality, history: filter.history },
          points: trendOf(events, query.period),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Full-text search over articles (all words required), best first, with their events',
      tag: 'articles',
      query: searchQuery,
      handle: async ({ query }) => {
        const hits = await store.search(query.q, query.limit);
        return {
          items: hits.map(({ article: { text, ...meta }, events }) => ({
            article: { ...meta, excerpt: text.slice(0, 300) },
            events: events.map(mentionView),
          })),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/network',
      summary: 'Who interacts with whom: countries and the linked events between them',
      tag: 'events',
      query: networkQuery,
      handle: async ({ query }) => {
        const { edges: maxEdges, ...filter } = query;
        const view = networkView(await store.network(toFilter(filter), maxEdges));
        return { nodes: view.nodes.map((n) => ({ ...n, ...countryInfo(n.id), code: n.id })), edges: view.edges };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/places',
      summary: 'Where events took place, with coordinates and linked-event counts',
      tag: 'events',
      query: filterQuery,
      handle: async ({ query }) => {
        return { items: await store.places(toFilter(query)) };
      },
    }),
  ];
}
