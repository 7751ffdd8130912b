import type { MiddlewareHandler } from 'hono';
import { contentHash } from '../ingest/content-hash.js';
import type { Article } from '../model.js';
import { extract } from '../pipeline.js';
import type { Store } from '../store/store.js';
import { type ApiRoute, defineRoute } from './api-route.js';
import { articleBody } from './api-schemas.js';
import type { Catalog } from './catalog.js';

/**
 * The write endpoints, each behind `guard` (the token check). Each write is one store transaction; the
 * catalog forgets what it derived from events afterwards.
 */
export function writeRoutes(store: Store, catalog: Catalog, guard: MiddlewareHandler): ApiRoute[] {
  // One write at a time: a recode replaces every derived row and must not interleave with an ingest.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  return [
    defineRoute({
      method: 'post',
      path: '/api/articles',
      summary: 'Extracts events from one article and stores them (needs the bearer token)',
      tag: 'articles',
      body: articleBody,
      guard,
      status: 201,
      handle: async ({ body }) => {
        const { id, title, url, source, ...required } = body;
        const article: Article = {
          ...required,
          id: id ?? `api-${contentHash(body).slice(0, 16)}`,
          ...(title === undefined ? {} : { title }),
          ...(url === undefined ? {} : { url }),
          ...(source === undefined ? {} : { source }),
          origin: 'POST /api/articles',
        };
        const report = await serially(() => store.ingest([extract(article)]));
        catalog.invalidate();
        return { id: article.id, ...report };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/recode',
      summary: 'Re-codes every stored article with this version of dyad (needs the bearer token)',
      tag: 'store',
      guard,
      handle: async () => {
        const report = await serially(() => store.recode(extract));
        catalog.invalidate();
        return report;
      },
    }),
  ];
}
