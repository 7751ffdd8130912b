import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, Extraction, LearnedActor } from '../model.js';

export interface ExtractPoolOptions {
  /** Worker threads; default: the machine's cores. */
  readonly threads?: number;
  /** People learned before (stored ones): every thread knows them (see `LearnedKnowledge`). */
  readonly learned?: readonly LearnedActor[];
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
  // People to teach every thread, in the order learned, and how many of them each thread was sent.
  private readonly taught: LearnedActor[] = [];
  private readonly sent: number[] = [];

  constructor(options: ExtractPoolOptions = {}) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    this.taught.push(...(options.learned ?? []));
    for (let i = 0; i < threads; i++) {
      this.sent.push(0);
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

  /** People the next batches' articles know (each thread learns them with its next batch). */
  teach(people: readonly LearnedActor[]): void {
    this.taught.push(...people);
  }

  /** Extracts one batch on the next worker in turn, knowing every person taught so far. */
  extract(articles: readonly Article[]): Promise<Extraction[]> {
    const id = this.next++;
    const k = this.turn++ % this.workers.length;
    const learned = this.taught.slice(this.sent[k]);
    this.sent[k] = this.taught.length;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[k]!.postMessage({ id, articles, learned });
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
