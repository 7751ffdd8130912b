/* eslint-disable @typescript-eslint/no-explicit-any -- the API's JSON answers are read loosely here */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ensureBuilt } from '../web/chromium.js';
import { ROOT, demoStore } from './demo-store.js';

// `dyad serve` as a user starts it: the built CLI in its own process, on the demo store.
const CLI = join(ROOT, 'dist/cli/main.js');
let file: string;
let store: Store;

beforeAll(async () => {
  ensureBuilt();
  ({ store, file } = await demoStore());
  await store.close();
}, 180_000);

async function serve(
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcessWithoutNullStreams }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', file, '--port', '0', '--json'], {
    env: { ...process.env, DYAD_TOKEN: '', ...env },
  });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: (JSON.parse(chunk.toString().split('\n')[0]!) as { url: string }).url, child };
}

async function stopped(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

const article = { id: 'cli-talks', published: '2025-07-01', text: 'South Korea and Japan held talks in Seoul.' };
const post = (url: string, body: NonNullable<RequestInit['body']>, token?: string, extra: RequestInit = {}) =>
  fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body,
    ...extra,
  });

describe('dyad serve', () => {
  it('listens on 127.0.0.1 only, read-only, and stops cleanly on SIGTERM', async () => {
    const { url, child } = await serve({ DYAD_TOKEN: '' });
    try {
      const { hostname, port } = new URL(url);
      expect(hostname).toBe('127.0.0.1');
      expect((await fetch(`${url}/api/stats`)).status).toBe(200);
      // Not reachable through this machine's other addresses.
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((i) => i?.family === 'IPv4' && !i.internal)?.address;
      if (outside !== undefined) {
        await expect(fetch(`http://${outside}:${port}/api/stats`)).rejects.toThrow();
      }
      const res = await post(url, JSON.stringify(article), 'guess');
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).error.message).toMatch(/read-only: start dyad serve with DYAD_TOKEN/);
    } finally {
      expect(await stopped(child)).toBe(0);
    }
  }, 60_000);

  it('serves the web UI under a CSP that needs no inline script, with nosniff and no framing', async () => {
    const { url, child } = await serve();
    try {
      const page = await fetch(`${url}/`);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      // Every script is a file of this origin, and no element carries an event handler attribute.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\ssrc="\/assets\/[\w.-]+\.js"/);
        expect(body!.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      for (const path of ['/', ...assets, '/api/stats', '/missing']) {
        const res = await fetch(url + path);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp, path).toMatch(/(^|; )script-src 'self'(;|$)/);
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp, path).toContain("object-src 'none'");
        expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      }
      expect((await fetch(url + assets.find((a) => a.endsWith('.js'))!)).headers.get('content-type')).toMatch(
        /^text\/javascript/,
      );
    } finally {
      expect(await stopped(child)).toBe(0);
    }
  }, 60_000);

  it('takes writes with DYAD_TOKEN, refusing wrong tokens of any length and bodies over 2 MiB', async () => {
    const token = 'a-token-of-some-length-0123456789';
    const { url, child } = await serve({ DYAD_TOKEN: token });
    try {
      // Every length, shorter and longer, and the token with one character changed: 401, never a failure
      // (a plain timingSafeEqual of unequal lengths would throw; the digests compared are always equal length).
      const wrong = [
        '',
        'a',
        token.slice(0, -1),
        token.slice(0, -1) + 'X',
        token + 'x',
        token.repeat(40),
        token.toUpperCase(),
      ];
      for (const guess of wrong) {
        const res = await post(url, JSON.stringify(article), guess);
        expect(res.status, JSON.stringify(guess)).toBe(401);
        expect(((await res.json()) as any).error.code).toBe('unauthorized');
      }
      expect((await post(url, JSON.stringify(article))).status).toBe(401);
      expect((await post(url, JSON.stringify(article), undefined, { headers: { authorization: token } })).status).toBe(
        401,
      );

      // 3 MiB streamed without a Content-Length: the limit holds on what arrives, not on what is announced.
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const stream = Readable.from(
        (function* () {
          for (let i = 0; i < 48; i++) yield chunk;
        })(),
      );
      const big = await post(url, Readable.toWeb(stream) as ReadableStream, token, { duplex: 'half' } as RequestInit);
      expect(big.status).toBe(413);
      // The unread rest of the body is on that socket: the server closes it rather than have it reused.
      expect(big.headers.get('connection')).toBe('close');
      expect(((await big.json()) as any).error.message).toMatch(/larger than 2097152 bytes/);

      const ok = await post(url, JSON.stringify(article), token);
      expect(ok.status).toBe(201);
      expect(((await (await fetch(`${url}/api/articles/cli-talks`)).json()) as any).text).toBe(article.text);
    } finally {
      expect(await stopped(child)).toBe(0);
    }
  }, 60_000);
});
