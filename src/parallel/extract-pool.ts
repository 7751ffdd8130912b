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

interface Job {
  readonly id: number;
  readonly articles: readonly Article[];
  // How many taught people this batch knows: those taught before it was asked for, whenever it is sent.
  readonly knows: number;
  readonly resolve: (results: Extraction[]) => void;
  readonly reject: (error: Error) => void;
}

// Batches a thread holds at once: one to work on and one waiting, so that it never idles while the
// main thread is busy; more would only let a slow thread hoard work another could take.
const IN_FLIGHT_PER_THREAD = 2;

/**
 * Runs the extraction pipeline on worker threads, one batch of articles per message, so that all
 * cores code news while the main thread stores it. Each batch goes to the first thread with room, not
 * in turn: a thread that shares its core with the main thread or the garbage collector takes fewer
 * batches instead of leaving the others idle at the end.
 *
 * ```ts
 * const pool = new ExtractPool({ threads: 2 });
 * const extractions = await pool.extract(articles);
 * await pool.close();
 * ```
 */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  // The batches each thread holds, by id.
  private readonly held: Map<number, Job>[] = [];
  private next = 0;
  // People to teach every thread, in the order learned, and how many of them each thread was sent.
  private readonly taught: LearnedActor[] = [];
  private readonly sent: number[] = [];

  constructor(options: ExtractPoolOptions = {}) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    this.taught.push(...(options.learned ?? []));
    for (let k = 0; k < threads; k++) {
      this.sent.push(0);
      const held = new Map<number, Job>();
      this.held.push(held);
      const worker = SOURCE ? sourceWorker() : new Worker(new URL('./extract-worker.js', import.meta.url));
      worker.on('message', (message: { id: number; results?: Extraction[]; error?: string }) => {
        const job = held.get(message.id);
        if (!job) return;
        held.delete(message.id);
        if (message.error !== undefined) job.reject(new Error(`extraction failed in a worker: ${message.error}`));
        else job.resolve(message.results ?? []);
        this.dispatch();
      });
      worker.on('error', (error) => {
        for (const job of [...held.values(), ...this.queue.splice(0)]) job.reject(error);
        held.clear();
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

  /** Extracts one batch on the first thread with room, knowing every person taught so far. */
  extract(articles: readonly Article[]): Promise<Extraction[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, articles, knows: this.taught.length, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  // Batches leave the queue in the order asked for, so each thread's `sent` only grows: a batch never
  // knows fewer people than one sent before it to the same thread.
  private dispatch(): void {
    while (this.queue.length > 0) {
      const k = this.roomiest();
      if (k < 0) return;
      const job = this.queue.shift()!;
      const learned = this.taught.slice(this.sent[k], Math.max(this.sent[k]!, job.knows));
      this.sent[k] = Math.max(this.sent[k]!, job.knows);
      this.held[k]!.set(job.id, job);
      this.workers[k]!.postMessage({ id: job.id, articles: job.articles, learned });
    }
  }

  // The thread holding the fewest batches, if it has room for one more (-1 when none has).
  private roomiest(): number {
    let best = -1;
    for (let k = 0; k < this.held.length; k++) {
      const size = this.held[k]!.size;
      if (size < IN_FLIGHT_PER_THREAD && (best < 0 || size < this.held[best]!.size)) best = k;
    }
    return best;
  }
}

// Run from TypeScript sources (tests, benchmarks), the worker registers the same loader first.
function sourceWorker(): Worker {
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}
