// The built CLI as a user runs it, in processes the tests can kill; built first only when dist is missing.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');

/** Builds the CLI unless `dist/cli/main.js` exists (CI builds on install; a stale dist is the caller's). */
export function ensureBuilt(): void {
  if (existsSync(MAIN)) return;
  const built = spawnSync('npm run build', { cwd: ROOT, encoding: 'utf8', shell: true });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly stdout: string;
}

/** A running `dyad` process and the promise of its exit. */
export interface Running {
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
}

/** Starts `node dist/cli/main.js ...args`. */
export function startDyad(args: readonly string[]): Running {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return { child, exited };
}

/** Runs `dyad ...args` to its end, or stops it with SIGTERM after `timeoutMs` (so a hang fails clearly). */
export async function runDyad(args: readonly string[], timeoutMs = 120_000): Promise<Exit> {
  const run = startDyad(args);
  const timer = setTimeout(() => run.child.kill('SIGTERM'), timeoutMs);
  try {
    return await run.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** A small deterministic random source (mulberry32), so a failing run can be repeated from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
