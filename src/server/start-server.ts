import { type ServerType, serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ServeOptions {
  /** Loopback unless told otherwise: a dyad server is for this machine until its owner decides. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

/**
 * Serves an app over HTTP; resolves once it listens, with the address and a `close()`.
 *
 * ```ts
 * const { url, close } = await startServer(createApp({ store }), { port: 8080 });
 * ```
 */
export function startServer(
  app: Hono,
  { host = '127.0.0.1', port = 8080 }: ServeOptions = {},
): Promise<{ url: string; port: number; server: ServerType; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
    // Slow or stuck clients must not hold sockets forever.
    server.setTimeout(30_000);
  });
}
