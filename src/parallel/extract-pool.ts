import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, Extraction } from '../model.js';

export interface ExtractPoolOptions {
  /** Worker threads; default: the machine's cores. */
  readonly threads?: number;
}

const SOURCE = import.meta.url.endsWith('.ts');

interface Pending {
  readonly resolve: (results: Extraction[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Runs the extraction pipeline on worker threads, one batch of articles per message, so that all
 * cores code news while the main thread stores it. Results come back in the order batches were sent.
 *
 * ```ts
 * const pool = new ExtractPool({ threads: 2 });
 * const extractions = await pool.extract(articles);
 * await pool.close();
 * ```
 */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private turn = 0;

  constructor(options: ExtractPoolOptions = {}) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    for (let i = 0; i < threads; i++) {
      const worker = SOURCE ? sourceWorker() : new Worker(new URL('./extract-worker.js', import.meta.url));
      worker.on('message', (message: { id: number; results?: Extraction[]; error?: string }) => {
        const waiting = this.pending.get(message.id);
        if (!waiting) return;
        this.pending.delete(message.id);
        if (message.error !== undefined) waiting.reject(new Error(`extraction failed in a worker: ${message.error}`));
        else waiting.resolve(message.results ?? []);
      });
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Extracts one batch on the next worker in turn. */
  extract(articles: readonly Article[]): Promise<Extraction[]> {
    const id = this.next++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, articles });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

// Run from TypeScript sources (tests, benchmarks), the worker registers the same loader first.
function sourceWorker(): Worker {
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}
