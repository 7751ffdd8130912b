import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { InvalidFilterError } from '../store/store-errors.js';

/** A request the API cannot answer as asked: a query parameter, path parameter or body that fails its schema. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  constructor(
    readonly where: 'query' | 'path' | 'body',
    readonly issues: readonly { readonly path: string; readonly message: string }[],
  ) {
    super(`Invalid ${where}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }

  /** The error for a failed zod parse, each issue named by its field. */
  static fromZod(where: 'query' | 'path' | 'body', error: z.ZodError): RequestValidationError {
    return new RequestValidationError(
      where,
      error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
}

/** Something the request names (an article id) does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly kind: string,
    readonly id: string,
    hint = 'see /openapi.json for what this server answers',
  ) {
    super(`No ${kind} ${JSON.stringify(id)}: ${hint}`);
  }
}

/** A write was asked of a server started without DYAD_TOKEN: it serves reads only. */
export class ReadOnlyError extends Error {
  override readonly name = 'ReadOnlyError';
  constructor() {
    super('This server is read-only: start dyad serve with DYAD_TOKEN set to allow writes');
  }
}

/** A write came without the right bearer token. */
export class UnauthorizedError extends Error {
  override readonly name = 'UnauthorizedError';
  constructor() {
    super('Writes need the header "Authorization: Bearer <DYAD_TOKEN>"');
  }
}

/** The request body is larger than the server accepts. */
export class PayloadTooLargeError extends Error {
  override readonly name = 'PayloadTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes: send smaller articles, one request each`);
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly unknown[] };
}

/**
 * The one place where errors become HTTP responses: named errors map to their status, anything else is a
 * 500 whose message is withheld (it may name files or SQL), logged through `log`.
 *
 * ```ts
 * app.onError((error, c) => { const { status, body } = errorResponse(error); return c.json(body, status); });
 * ```
 */
export function errorResponse(
  error: unknown,
  log: (error: unknown) => void = () => {},
): { status: ContentfulStatusCode; body: ErrorBody } {
  const named = (status: ContentfulStatusCode, code: string, message: string, issues?: readonly unknown[]) => ({
    status,
    body: { error: { code, message, ...(issues ? { issues } : {}) } },
  });
  if (error instanceof RequestValidationError) return named(400, 'invalid_request', error.message, error.issues);
  if (error instanceof InvalidFilterError) return named(400, 'invalid_filter', error.message);
  if (error instanceof NotFoundError) return named(404, 'not_found', error.message);
  if (error instanceof UnauthorizedError) return named(401, 'unauthorized', error.message);
  if (error instanceof ReadOnlyError) return named(403, 'read_only', error.message);
  if (error instanceof PayloadTooLargeError) return named(413, 'payload_too_large', error.message);
  // Hono's own: a body that is not JSON, a method not allowed.
  if (error instanceof HTTPException && error.status < 500) {
    return named(error.status as ContentfulStatusCode, 'http_error', error.message || 'Bad request');
  }
  log(error);
  return named(500, 'internal', 'The server failed to answer; the error was logged');
}
