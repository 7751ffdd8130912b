import PgBoss from 'pg-boss';
import type { Article } from '../model.js';

/** The pg-boss queue that `dyad ingest --pg` fills and `dyad worker` drains. */
export const INGEST_QUEUE = 'dyad-ingest';

/** One job: a few articles, extracted and stored together by one worker in one transaction. */
export interface IngestJob {
  readonly articles: readonly Article[];
}

/**
 * Articles a job by default. Each job costs a worker about a dozen round trips besides its articles' own
 * statements (take, learned people, stored hashes, the link search, ids, the lock, commit, complete), and its
 * batch one link search: with 50 articles a job instead of 10, one worker and two both stored about 20% more
 * articles a second (docs/scale.md), while a job still takes a worker well under a second.
 */
export const ARTICLES_PER_JOB = 50;

/** Seconds a worker may hold a job before it is taken as dead and the job goes back to the queue. */
export const DEFAULT_JOB_TIMEOUT_S = 600;

// A job is tried this many times more after its worker failed or died. Enough that a few killed workers
// in a row never lose a job; few enough that an article that kills every worker ends as a failed job.
const RETRY_LIMIT = 10;

/**
 * Opens the ingest job queue kept in PostgreSQL by pg-boss (its own `pgboss` schema beside dyad's tables),
 * creating it if needed. Jobs are retried (10 times, then kept as failed) when a worker fails or dies: a
 * job held past its timeout is returned to the queue by the next worker that looks (`expire`), and the
 * store's content hash makes a second delivery harmless.
 *
 * ```ts
 * const queue = await openIngestQueue('postgres://dyad@db/dyad');
 * await queue.enqueue(articles);
 * await queue.close();
 * ```
 */
export async function openIngestQueue(url: string): Promise<IngestQueue> {
  // No scheduling or maintenance on enqueuers and workers: one `supervise` process per cluster is enough,
  // and pg-boss then runs no timers that would keep a finished process alive.
  const boss = new PgBoss({ connectionString: url, max: 2, schedule: false, supervise: false });
  const errors: Error[] = [];
  boss.on('error', (error) => errors.push(error));
  await boss.start();
  if ((await boss.getQueue(INGEST_QUEUE)) === null) {
    try {
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE,
        retryLimit: RETRY_LIMIT,
        expireInSeconds: DEFAULT_JOB_TIMEOUT_S,
      });
    } catch (error) {
      // Another process created it between our look and our create.
      if ((await boss.getQueue(INGEST_QUEUE)) === null) throw error;
    }
  }
  return new IngestQueue(boss);
}

export class IngestQueue {
  readonly #boss: PgBoss;

  constructor(boss: PgBoss) {
    this.#boss = boss;
  }

  /**
   * Adds the articles as jobs of `perJob` articles each. `timeoutS` is how long a worker may hold one of
   * them before it is taken as dead (default: the queue's, 600 s).
   */
  async enqueue(articles: readonly Article[], perJob = ARTICLES_PER_JOB, timeoutS?: number): Promise<number> {
    const jobs: PgBoss.JobInsert[] = [];
    for (let i = 0; i < articles.length; i += perJob) {
      const data: IngestJob = { articles: articles.slice(i, i + perJob) };
      jobs.push({ name: INGEST_QUEUE, data, ...(timeoutS === undefined ? {} : { expireInSeconds: timeoutS }) });
    }
    if (jobs.length > 0) await this.#boss.insert(jobs);
    return jobs.length;
  }

  /** Takes the next job, or null when none is waiting. */
  async take(): Promise<{ readonly id: string; readonly job: IngestJob } | null> {
    const [job] = await this.#boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 });
    return job === undefined ? null : { id: job.id, job: job.data };
  }

  async complete(id: string): Promise<void> {
    await this.#boss.complete(INGEST_QUEUE, id);
  }

  async fail(id: string, error: unknown): Promise<void> {
    await this.#boss.fail(INGEST_QUEUE, id, { message: error instanceof Error ? error.message : String(error) });
  }

  /**
   * Returns to the queue every job held past its timeout, whose worker died (SIGKILL, a lost machine)
   * without failing it. pg-boss does this only in its maintenance, which no dyad process runs on a timer,
   * so workers call this as they go. Safe from many workers at once (pg-boss takes an advisory lock).
   */
  async expire(): Promise<void> {
    await this.#boss.expire();
  }

  /** Jobs waiting or being worked on. */
  async pending(): Promise<number> {
    return this.#boss.getQueueSize(INGEST_QUEUE, { before: 'completed' });
  }

  async close(): Promise<void> {
    await this.#boss.stop({ graceful: false, wait: true });
  }
}
