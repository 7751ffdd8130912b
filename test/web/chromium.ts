import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { ROOT } from '../server/demo-store.js';

/** Debian's chromium (installed by .ci/run); the browser tests are skipped on a machine without it. */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SCREENSHOTS = join(ROOT, 'test-results');

/** Headless Chromium with a fresh profile, no network services of its own, optionally offline. */
export function launchChromium(options: { offline?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dyad-chromium-')), {
    executablePath: CHROMIUM,
    viewport: { width: 1400, height: 1000 },
    offline: options.offline ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Builds dist/ (server and web UI) when a test needs it and it is missing. */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist/web/index.html')) && existsSync(join(ROOT, 'dist/cli/main.js'))) return;
  const built = spawnSync('npm run build', { cwd: ROOT, encoding: 'utf8', shell: true });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
}
