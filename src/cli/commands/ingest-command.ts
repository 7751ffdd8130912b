import { type Command, InvalidArgumentError } from 'commander';
import type { ReadOptions } from '../../ingest/reader.js';
import type { Article, Extraction } from '../../model.js';
import { issueLine } from '../output.js';
import { startProgress } from '../progress.js';
import { stylesFor } from '../terminal.js';
import { helpText } from '../help.js';

const BATCH = 200;
// With --pg, articles are read this many jobs ahead and queued in one insert: few round trips, little held in memory.
const JOBS_PER_INSERT = 20;
/**
 * The readers' default (`DEFAULT_MAX_BYTES` of ingest/read-inputs.ts), written out so that `--help` need not
 * load the readers; a test holds the two equal.
 */
export const DEFAULT_MAX_MIB = 20;
/** `ARTICLES_PER_JOB` of ingest/ingest-queue.ts, written out for the same reason (a test holds them equal). */
export const DEFAULT_ARTICLES_PER_JOB = 50;

interface IngestOptions {
  db: string;
  pg?: string;
  date?: string;
  quiet?: boolean;
  json?: boolean;
  batch?: number;
  threads: number;
  maxBytes?: number;
  jobTimeout?: number;
}

/** A commander parser for an option that must be a whole number of at least 1. */
function positive(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number of at least 1`);
    return n;
  };
}

function readOptions(options: IngestOptions): ReadOptions {
  return {
    ...(options.date ? { date: options.date } : {}),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'extract events from articles and store them (idempotent by content hash); with --pg, queue them for `dyad worker`',
    )
    .argument(
      '<inputs...>',
      'files or folders (seed format, JSON Lines, saved HTML pages and RSS/Atom feeds, plain text with --date), or URLs of pages or feeds',
    )
    .option('--db <file>', 'SQLite database file', 'dyad.db')
    .option(
      '--pg <url>',
      'queue the articles in this PostgreSQL database for `dyad worker --pg` instead of storing them here',
    )
    .option('--date <YYYY-MM-DD>', 'publication date for plain-text files and pages that carry none')
    .option('--quiet', 'print nothing but errors: no progress bar, no summary')
    .option('--json', 'print the summary as one JSON object on stdout ({"added","unchanged","events","refused","db"})')
    .option(
      '--batch <n>',
      `articles stored per transaction (default ${BATCH}); with --pg, articles a job (default ${DEFAULT_ARTICLES_PER_JOB}), each stored by a worker in one transaction`,
      positive('--batch'),
    )
    .option(
      '--threads <n>',
      'extract on this many worker threads while the main thread stores (default 1: all on one thread)',
      positive('--threads'),
      1,
    )
    .option(
      '--max-bytes <n>',
      `largest article read, in bytes: a file, or one JSON Lines record (default ${DEFAULT_MAX_MIB} MiB)`,
      positive('--max-bytes'),
    )
    .option(
      '--job-timeout <seconds>',
      'with --pg: how long a worker may hold a job before it is taken as dead and the job is queued again (default 600)',
      positive('--job-timeout'),
    )
    .addHelpText(
      'after',
      helpText(
        ['A progress bar (files, articles per second, time left) shows while stderr is a terminal.'],
        [
          'dyad ingest examples/seeds examples/public-domain.jsonl',
          'dyad ingest feed.jsonl --db news.db --json',
          'dyad ingest https://news.example/rss.xml https://news.example/2025/07/04/summit.html',
          'dyad ingest huge.jsonl --batch 1000 --max-bytes 5000000 --quiet',
          'dyad ingest corpus/ --threads 4   # extraction on 4 cores',
          'dyad ingest corpus/ --pg postgres://dyad@db/dyad --job-timeout 300   # then: dyad worker --pg …',
        ],
      ),
    )
    .action(async (inputs: string[], options: IngestOptions) => {
      if (options.pg) await enqueue(inputs, options, options.pg);
      else await ingestHere(inputs, options);
    });
}

/** Reads the inputs and queues their articles for workers. */
async function enqueue(inputs: string[], options: IngestOptions, url: string): Promise<void> {
  const { openIngestQueue } = await import('../../ingest/ingest-queue.js');
  const { readSources } = await import('../../ingest/read-sources.js');
  const { redact } = await import('../../store/postgres-store.js');
  const queue = await openIngestQueue(url);
  const perJob = options.batch ?? DEFAULT_ARTICLES_PER_JOB;
  const warn = stylesFor(process.stderr).yellow;
  let articles: Article[] = [];
  let queued = 0;
  let issues = 0;
  try {
    for await (const item of readSources(inputs, readOptions(options))) {
      if (item.kind === 'issue') {
        issues++;
        process.stderr.write(warn(issueLine(item.issue)) + '\n');
        continue;
      }
      articles.push(item.article);
      if (articles.length >= perJob * JOBS_PER_INSERT) {
        await queue.enqueue(articles, perJob, options.jobTimeout);
        queued += articles.length;
        articles = [];
      }
    }
    await queue.enqueue(articles, perJob, options.jobTimeout);
    queued += articles.length;
  } finally {
    await queue.close();
  }
  if (options.json) process.stdout.write(JSON.stringify({ queued, refused: issues, queue: redact(url) }) + '\n');
  else if (!options.quiet) {
    process.stderr.write(
      `dyad: ${queued} articles queued in ${redact(url)}${issues ? `; ${issues} inputs refused (see above)` : ''}\n`,
    );
  }
  if (queued === 0 && issues > 0) process.exitCode = 1;
}

async function ingestHere(inputs: string[], options: IngestOptions): Promise<void> {
  const { openSqliteStore } = await import('../../store/sqlite-store.js');
  const { readSources } = await import('../../ingest/read-sources.js');
  const { isUrl } = await import('../../ingest/url-reader.js');
  const { walkInputs } = await import('../../ingest/walk-inputs.js');
  const { contentHash } = await import('../../ingest/content-hash.js');
  const { inlineExtractor, pooledExtractor } = await import('../../parallel/streaming-extractor.js');
  // A small page cache: a long ingest's memory stays flat well under 300 MB (bench/ingest-memory.ts).
  const store = await openSqliteStore(options.db, { cacheMb: 16 });
  const warn = stylesFor(process.stderr).yellow;
  let files = 0;
  const paths = inputs.filter((i) => !isUrl(i));
  // Counting the files first costs a walk of the folders; only worth it when a bar will show them.
  const wantsBar = process.stderr.isTTY && !options.quiet;
  if (wantsBar) for await (const item of walkInputs(paths)) if (item.kind === 'file') files++;
  const progress = startProgress({
    label: 'ingest',
    unit: 'files',
    rateUnit: 'articles',
    total: files + inputs.length - paths.length,
    ...(options.quiet ? { quiet: true } : {}),
  });
  // People taught by articles stored before, then by each article of this run as it is extracted.
  const known = await store.learnedActors();
  const extractor = options.threads > 1 ? pooledExtractor(options.threads, known) : inlineExtractor(known);
  let batch: Extraction[] = [];
  let added = 0;
  let unchanged = 0;
  let events = 0;
  let issues = 0;
  let done = 0;
  let lastFile: string | undefined;
  const keep = async (extractions: readonly Extraction[]) => {
    for (const extraction of extractions) {
      batch.push(extraction);
      if (batch.length >= (options.batch ?? BATCH)) await flush();
    }
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const report = await store.ingest(batch);
    added += report.added;
    unchanged += report.unchanged;
    events += report.events;
    batch = [];
  };
  try {
    for await (const item of readSources(inputs, readOptions(options))) {
      // An issue or article names `file`, `file:line` (a JSON Lines record, a feed item) or `file#n`.
      const file = (item.kind === 'issue' ? item.issue.where : (item.article.origin ?? '')).replace(/(:\d+|#\d+)$/, '');
      if (file !== lastFile) {
        if (lastFile !== undefined) done++;
        lastFile = file;
      }
      if (item.kind === 'issue') {
        issues++;
        const line = warn(issueLine(item.issue));
        if (progress.active) progress.log(line);
        else process.stderr.write(line + '\n');
        continue;
      }
      if (await store.hasArticle(contentHash(item.article))) unchanged++;
      else await keep(await extractor.add(item.article));
      progress.update(done, added + unchanged + batch.length);
    }
    await keep(await extractor.finish());
    await flush();
  } finally {
    progress.stop();
    await extractor.close();
    await store.close();
  }
  const summary = { added, unchanged, events, refused: issues, db: options.db };
  if (options.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else if (!options.quiet) {
    process.stderr.write(
      `dyad: ${added} articles added, ${unchanged} unchanged, ${events} events stored in ${options.db}${issues ? `; ${issues} inputs refused (see above)` : ''}\n`,
    );
  }
  if (added + unchanged === 0 && issues > 0) process.exitCode = 1;
}
