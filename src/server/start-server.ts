import type { Socket } from 'node:net';
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
    server.on('clientError', answerClientError);
    // Slow or stuck clients must not hold sockets forever.
    server.setTimeout(30_000);
  });
}

// What Node answers itself, before the app sees a request: a request line or headers over its 16 KiB limit, a
// request that is not HTTP, one too slow to arrive. Node's own answers have no body; these say what to fix,
// as JSON like every other error of the API.
const CLIENT_ERRORS: Record<string, readonly [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'headers_too_large',
    'The request line and headers are over 16 KiB: shorten the query string',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'timeout', 'The request took too long to arrive: send it again'],
};

function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'Bad Request',
    'bad_request',
    'The request is not valid HTTP/1.1',
  ];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}
