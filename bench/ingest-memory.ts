// Peak memory of `dyad ingest` streaming a large JSON Lines corpus into SQLite, in a process of its own
// (the bench's own process holds the corpus and thread pools, which would count). The command runs as a
// user runs it; this process polls its /proc status (VmHWM: the peak resident set so far) and counts the
// stored articles through a read-only connection (SQLite's WAL lets it read while the command writes).
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model.js';

export interface MemoryCheckpoint {
  readonly articles: number;
  readonly peakRssMb: number;
  readonly articlesPerSecond: number;
}

async function writeCorpus(file: string, articles: Iterable<Article>): Promise<void> {
  const out = createWriteStream(file);
  for (const a of articles) {
    if (!out.write(JSON.stringify({ id: a.id, date: a.published, text: a.text }) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function peakRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null; // exited between two polls
  }
}

function storedArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      reader.close();
    }
  } catch {
    return 0; // schema not created yet
  }
}

/**
 * Runs `dyad ingest` over `articles` (written to a JSON Lines file in `work`) and returns the peak RSS
 * at each checkpoint (articles stored), measured on Linux from /proc; empty where /proc is missing.
 */
export async function ingestMemory(
  work: string,
  articles: Iterable<Article>,
  checkpoints: readonly number[],
): Promise<MemoryCheckpoint[]> {
  if (!existsSync('/proc/self/status')) return [];
  const jsonl = join(work, 'stream.jsonl');
  const db = join(work, 'stream.db');
  await writeCorpus(jsonl, articles);
  // The built command runs as its bin (its own start-up flags, see src/cli/main.ts), as a user runs it.
  const built = join(import.meta.dirname, '../dist/cli/main.js');
  const [program, ...args] = existsSync(built)
    ? [built]
    : [process.execPath, '--import', 'tsx', join(import.meta.dirname, '../src/cli/main.ts')];
  const child = spawn(program!, [...args, 'ingest', jsonl, '--db', db, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = once(child, 'exit');
  const start = performance.now();
  const reached: MemoryCheckpoint[] = [];
  let peak = 0;
  let running = true;
  void exited.then(() => (running = false));
  const record = () => {
    const stored = storedArticles(db);
    const seconds = (performance.now() - start) / 1000;
    for (const at of checkpoints) {
      if (stored >= at && !reached.some((c) => c.articles === at))
        reached.push({ articles: at, peakRssMb: Math.round(peak), articlesPerSecond: Math.round(stored / seconds) });
    }
  };
  while (running) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    peak = Math.max(peak, peakRssMb(child.pid!) ?? 0);
    record();
  }
  // The last batch may commit after the last poll: its checkpoint takes the last peak seen.
  record();
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`dyad ingest exited with ${code}`);
  return reached;
}
