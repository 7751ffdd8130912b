import { LearnedKnowledge } from '../actors/learned-knowledge.js';
import { contentHash } from './content-hash.js';
import type { IngestQueue } from './ingest-queue.js';
import type { Article, Extraction } from '../model.js';
import type { Store } from '../store/store.js';

export interface WorkerOptions {
  /** Stop once no job is waiting or running, instead of waiting for more. */
  readonly exitWhenIdle?: boolean;
  /** Milliseconds between looks at an empty queue. */
  readonly pollMs?: number;
  /** Milliseconds between looks for jobs whose worker died (see `IngestQueue.expire`); default 2000. */
  readonly expireEveryMs?: number;
  readonly signal?: AbortSignal;
  readonly onJob?: (report: { readonly added: number; readonly unchanged: number }) => void;
}

export interface WorkerReport {
  readonly jobs: number;
  readonly added: number;
  readonly unchanged: number;
  readonly failed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes ingest jobs from the queue one at a time: extracts each article not stored yet, knowing the people
 * learned from every article stored so far and from the job's earlier articles, and stores the job's
 * articles in one transaction, then marks the job done. A job whose storing fails is marked failed
 * (pg-boss retries it); a worker that dies leaves its job to time out, and the next worker to look returns
 * it to the queue. Any number of workers on any number of machines may drain one queue into one store.
 *
 * ```ts
 * await runWorker(queue, store, extract, { exitWhenIdle: true });
 * ```
 */
export async function runWorker(
  queue: IngestQueue,
  store: Store,
  code: (article: Article, options: { readonly learned: LearnedKnowledge }) => Extraction,
  options: WorkerOptions = {},
): Promise<WorkerReport> {
  // People learned from stored articles, brought up to date before each job (other workers store too).
  let learned = LearnedKnowledge.empty;
  let learnedRow = 0;
  let jobs = 0;
  let added = 0;
  let unchanged = 0;
  let failed = 0;
  let expiredAt = 0;
  while (!options.signal?.aborted) {
    // Before taking work, hand back the jobs of dead workers now and then, so none waits for a
    // maintenance process that may not exist, and an idle `--exit-when-idle` worker finishes them.
    if (Date.now() - expiredAt >= (options.expireEveryMs ?? 2000)) {
      await queue.expire();
      expiredAt = Date.now();
    }
    const next = await queue.take();
    if (next === null) {
      if (options.exitWhenIdle && (await queue.pending()) === 0) break;
      await sleep(options.pollMs ?? 250);
      continue;
    }
    try {
      const fresh = await store.learnedActors(learnedRow);
      learned = learned.with(fresh);
      learnedRow = fresh.at(-1)?.rowId ?? learnedRow;
      const batch: Extraction[] = [];
      let skipped = 0;
      // One query for the job's articles already stored (a job delivered again, content seen before).
      const stored = await store.storedHashes(next.job.articles.map(contentHash));
      for (const article of next.job.articles) {
        if (stored.has(contentHash(article))) skipped++;
        else {
          const extraction = code(article, { learned });
          learned = learned.with(extraction.learned ?? []);
          batch.push(extraction);
        }
      }
      const report = await store.ingest(batch);
      await queue.complete(next.id);
      jobs++;
      added += report.added;
      unchanged += report.unchanged + skipped;
      options.onJob?.({ added: report.added, unchanged: report.unchanged + skipped });
    } catch (error) {
      failed++;
      await queue.fail(next.id, error);
    }
  }
  return { jobs, added, unchanged, failed };
}
