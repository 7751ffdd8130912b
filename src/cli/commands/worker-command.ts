import type { Command } from 'commander';
import { helpText } from '../help.js';

/** `dyad worker --pg URL`: drains the ingest queue into the PostgreSQL store; run as many as you like. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'take queued articles (from `dyad ingest --pg`), extract and store them in PostgreSQL; run one per core, on any machine',
    )
    .requiredOption('--pg <url>', 'the PostgreSQL database holding the queue and the store')
    .option('--exit-when-idle', 'stop once the queue is empty instead of waiting for more')
    .option('--quiet', 'print nothing but errors')
    .option('--json', 'print the summary as one JSON object on stdout ({"jobs","added","unchanged","failed"})')
    .addHelpText(
      'after',
      helpText(
        ['Stops on Ctrl-C or SIGTERM after the job in hand; a job a dead worker held is queued again.'],
        [
          'dyad worker --pg postgres://dyad@db/dyad',
          'dyad worker --pg postgres://dyad@db/dyad --exit-when-idle --json',
        ],
      ),
    )
    .action(async (options: { pg: string; exitWhenIdle?: boolean; quiet?: boolean; json?: boolean }) => {
      const { openIngestQueue } = await import('../../ingest/ingest-queue.js');
      const { runWorker } = await import('../../ingest/ingest-worker.js');
      const { extract } = await import('../../pipeline.js');
      const { openPostgresStore, redact } = await import('../../store/postgres-store.js');
      // The job's completion, a durable commit after the store's, makes the store's durable too.
      const store = await openPostgresStore(options.pg, { poolSize: 2, asyncCommit: true });
      const queue = await openIngestQueue(options.pg);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const report = await runWorker(queue, store, extract, {
          signal: stop.signal,
          ...(options.exitWhenIdle ? { exitWhenIdle: true } : {}),
        });
        const { jobs, added, unchanged, failed } = report;
        if (options.json) process.stdout.write(JSON.stringify({ jobs, added, unchanged, failed }) + '\n');
        else if (!options.quiet) {
          process.stderr.write(
            `dyad worker: ${report.jobs} jobs, ${report.added} articles added, ${report.unchanged} unchanged, ${report.failed} failed jobs (${redact(options.pg)})\n`,
          );
        }
        if (report.failed > 0) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await queue.close();
        await store.close();
      }
    });
}
