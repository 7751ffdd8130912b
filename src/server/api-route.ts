import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { strictParameters } from './api-schemas.js';
import { RequestValidationError } from './server-errors.js';

type Shape = z.ZodObject;

/** What a handler receives: the validated query, path parameters and body. */
export interface RouteInput<Q extends Shape, P extends Shape, B extends z.ZodType> {
  readonly query: z.output<Q>;
  readonly params: z.output<P>;
  readonly body: z.output<B>;
}

/** One API endpoint as declared: its schemas (which validate requests and describe it in OpenAPI) and its handler. */
export interface RouteSpec<Q extends Shape, P extends Shape, B extends z.ZodType> {
  readonly method: 'get' | 'post';
  /** Hono path syntax: `/api/articles/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: Q;
  readonly params?: P;
  readonly body?: B;
  /** Middleware run before validation (the token check on writes). */
  readonly guard?: MiddlewareHandler;
  /** Returns the JSON body of a 200 (or `status`) answer; throws named errors for the rest. */
  readonly handle: (input: RouteInput<Q, P, B>, c: Context) => Promise<unknown>;
  readonly status?: 200 | 201;
}

/** A declared endpoint with its types erased, so endpoints of every shape fit one list. */
export interface ApiRoute {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query: Shape | undefined;
  readonly params: Shape | undefined;
  readonly body: z.ZodType | undefined;
  readonly write: boolean;
  readonly guard: MiddlewareHandler | undefined;
  readonly run: (c: Context) => Promise<Response>;
}

function parse<T extends z.ZodType>(where: 'query' | 'path' | 'body', schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw RequestValidationError.fromZod(where, result.error);
  return result.data;
}

const EMPTY = strictParameters({});

// `?a=KOR&a=JPN` would otherwise be read as its first value alone, silently: a caller who meant a dyad or a
// list would get an answer to another question.
function singleValued(c: Context): Record<string, string> {
  const repeated = Object.entries(c.req.queries()).filter(([, values]) => values.length > 1);
  if (repeated.length > 0) {
    throw new RequestValidationError(
      'query',
      repeated.map(([name, values]) => ({
        path: name,
        message: `given ${values.length} times: give it once (lists are comma-separated, as in modality=asserted,planned)`,
      })),
    );
  }
  return c.req.query();
}

/**
 * Declares an endpoint: requests are validated against its schemas (a failure is a `RequestValidationError`,
 * answered 400 by the app's `onError`) before `handle` runs.
 *
 * ```ts
 * const stats = defineRoute({ method: 'get', path: '/api/stats', summary: 'Counts', tag: 'store',
 *   handle: async () => store.counts() });
 * ```
 */
export function defineRoute<
  Q extends Shape = typeof EMPTY,
  P extends Shape = typeof EMPTY,
  B extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<Q, P, B>): ApiRoute {
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    tag: spec.tag,
    query: spec.query ?? EMPTY,
    params: spec.params,
    body: spec.body,
    write: spec.method !== 'get',
    guard: spec.guard,
    run: async (c) => {
      const query = parse('query', spec.query ?? EMPTY, singleValued(c)) as z.output<Q>;
      const params = (spec.params ? parse('path', spec.params, c.req.param()) : {}) as z.output<P>;
      let body = undefined as z.output<B>;
      if (spec.body) {
        const raw: unknown = await c.req.json().catch(() => {
          throw new RequestValidationError('body', [{ path: '', message: 'the body must be JSON' }]);
        });
        body = parse('body', spec.body, raw);
      }
      return c.json((await spec.handle({ query, params, body }, c)) as object, spec.status ?? 200);
    },
  };
}

/** Mounts declared endpoints on an app, each behind its guard. */
export function mountRoutes(app: Hono, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    const method = route.method.toUpperCase();
    const handler = (c: Context) => route.run(c);
    if (route.guard) app.on(method, route.path, route.guard, handler);
    else app.on(method, route.path, handler);
  }
}
