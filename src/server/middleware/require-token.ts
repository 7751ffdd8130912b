import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ReadOnlyError, UnauthorizedError } from '../server-errors.js';

export interface RequireTokenOptions {
  /** The token writes must present; undefined or empty makes the server read-only. */
  readonly token?: string | undefined;
}

// Hashing both sides gives equal lengths, so the comparison takes the same time whatever was sent.
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Guards write endpoints: without a configured token every write is refused (`ReadOnlyError`, 403); with
 * one, the request must carry `Authorization: Bearer <token>`, compared in constant time
 * (`UnauthorizedError`, 401, otherwise).
 *
 * ```ts
 * app.post('/api/articles', requireToken({ token: process.env.DYAD_TOKEN }), handler);
 * ```
 */
export function requireToken({ token }: RequireTokenOptions = {}): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    if (expected === undefined) throw new ReadOnlyError();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) throw new UnauthorizedError();
    await next();
  };
}
