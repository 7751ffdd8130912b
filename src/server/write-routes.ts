import type { MiddlewareHandler } from 'hono';
import { LearnedKnowledge } from '../actors/learned-knowledge.js';
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
  // People learned from stored articles, brought up to date before each article (another process, a
  // `dyad ingest` or worker, may store too), as `dyad ingest` and `dyad worker` know them.
  let learned = LearnedKnowledge.empty;
  let learnedRow = 0;
  const extractKnowing = async (article: Article) => {
    const fresh = await store.learnedActors(learnedRow);
    learned = learned.with(fresh);
    learnedRow = fresh.at(-1)?.rowId ?? learnedRow;
    return extract(article, { learned });
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
        const report = await serially(async () => store.ingest([await extractKnowing(article)]));
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
        // As `dyad recode`: the people stored stay learned, and each article teaches the ones after it.
        const report = await serially(async () => {
          let known = LearnedKnowledge.of(await store.learnedActors());
          return store.recode((article) => {
            const extraction = extract(article, { learned: known });
            known = known.with(extraction.learned ?? []);
            return extraction;
          });
        });
        catalog.invalidate();
        return report;
      },
    }),
  ];
}
