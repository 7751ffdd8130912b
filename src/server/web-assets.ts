import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** One built file of the web UI, held in memory with its content type. */
export interface WebAsset {
  readonly body: Uint8Array;
  readonly type: string;
  /** Hashed bundle files never change under their name; index.html does. */
  readonly immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Where `npm run build` puts the web UI: `dist/web`, beside the compiled server. */
export const DEFAULT_WEB_ROOT = new URL('../web/', import.meta.url);

/**
 * Reads the built web UI into memory, keyed by URL path (`/`, `/assets/index-3f2a.js`). Only these files
 * are ever served, so no request path reaches the file system. Returns an empty map when the UI was not
 * built (the API still works).
 *
 * ```ts
 * const assets = loadWebAssets(fileURLToPath(DEFAULT_WEB_ROOT));
 * assets.get('/')?.type; // 'text/html; charset=utf-8'
 * ```
 */
export function loadWebAssets(root: string): Map<string, WebAsset> {
  const assets = new Map<string, WebAsset>();
  if (!existsSync(join(root, 'index.html'))) return assets;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else {
        const path = '/' + relative(root, file).split(sep).join('/');
        assets.set(path === '/index.html' ? '/' : path, {
          body: readFileSync(file),
          type: TYPES[extname(name)] ?? 'application/octet-stream',
          immutable: path.startsWith('/assets/'),
        });
      }
    }
  };
  walk(root);
  return assets;
}
