import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/store.js';
import { mountRoutes } from './api-route.js';
import { Catalog } from './catalog.js';
import { requireToken } from './middleware/require-token.js';
import { securityHeaders } from './middleware/security-headers.js';
import { openApiDocument } from './openapi.js';
import { readRoutes } from './read-routes.js';
import { NotFoundError, PayloadTooLargeError, errorResponse } from './server-errors.js';
import type { WebAsset } from './web-assets.js';
import { writeRoutes } from './write-routes.js';

export interface AppOptions {
  readonly store: Store;
  /** The bearer token writes need; without one the server is read-only. */
  readonly token?: string | undefined;
  /** The largest request body accepted, in bytes. Default 2 MiB. */
  readonly maxBodyBytes?: number;
  /** The built web UI by URL path (see `loadWebAssets`); none serves the API alone. */
  readonly web?: ReadonlyMap<string, WebAsset>;
  readonly version?: string;
  /** Where unexpected errors go (their details never reach the client). */
  readonly log?: (error: unknown) => void;
}

/**
 * The dyad HTTP application: the REST API under `/api`, its OpenAPI document at `/openapi.json`, and the
 * web UI at `/`. Security headers on every answer; writes behind the token; errors mapped in one `onError`.
 * Test it in process with `app.request()`; serve it with `startServer`.
 *
 * ```ts
 * const app = createApp({ store: await openSqliteStore('dyad.db') });
 * const res = await app.request('/api/trend?a=KOR&b=JPN&period=month');
 * ```
 */
export function createApp({
  store,
  token,
  maxBodyBytes = 2 * 1024 * 1024,
  web = new Map(),
  version = '0.0.0',
  log = (error) => console.error(error),
}: AppOptions): Hono {
  const app = new Hono();
  const catalog = new Catalog(store);
  const routes = [...readRoutes(store, catalog), ...writeRoutes(store, catalog, requireToken({ token }))];
  const openapi = openApiDocument(routes, version);

  app.use(securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new PayloadTooLargeError(maxBodyBytes);
      },
    }),
  );
  mountRoutes(app, routes);
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('*', (c) => {
    const asset = web.get(c.req.path);
    if (asset === undefined) throw new NotFoundError('path', c.req.path);
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });
  const answer = (error: unknown, c: Context) => {
    const { status, body } = errorResponse(error, log);
    // A body refused part way leaves unread bytes on the socket: close it, so no client reuses it.
    if (status === 413) c.header('Connection', 'close');
    return c.json(body, status);
  };
  app.notFound((c) => answer(new NotFoundError('path', `${c.req.method} ${c.req.path}`), c));
  app.onError(answer);
  return app;
}
