import { SingleBar, Presets } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { LearnedKnowledge } from '../../actors/learned-knowledge.js';
import { contentHash } from '../../ingest/content-hash.js';
import { openIngestQueue } from '../../ingest/ingest-queue.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-inputs.js';
import { readSources } from '../../ingest/read-sources.js';
import type { ReadOptions } from '../../ingest/reader.js';
import { isUrl } from '../../ingest/url-reader.js';
import { walkInputs } from '../../ingest/walk-inputs.js';
import type { Article, Extraction } from '../../model.js';
import { extract } from '../../pipeline.js';
import { redact } from '../../store/postgres-store.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { issueLine } from '../output.js';

const BATCH = 200;

interface IngestOptions {
  db: string;
  pg?: string;
  date?: string;
  quiet?: boolean;
  batch: number;
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
    .option('--quiet', 'print nothing but errors')
    .option('--batch <n>', 'articles stored per transaction', positive('--batch'), BATCH)
    .option(
      '--max-bytes <n>',
      `largest article read, in bytes: a file, or one JSON Lines record (default ${DEFAULT_MAX_BYTES})`,
      positive('--max-bytes'),
    )
    .option(
      '--job-timeout <seconds>',
      'with --pg: how long a worker may hold a job before it is taken as dead and the job is queued again (default 600)',
      positive('--job-timeout'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  dyad ingest examples/\n  dyad ingest feed.jsonl --db news.db\n  dyad ingest https://news.example/rss.xml\n  dyad ingest corpus/ --pg postgres://dyad@db/dyad   # then: dyad worker --pg postgres://dyad@db/dyad',
    )
    .action(async (inputs: string[], options: IngestOptions) => {
      if (options.pg) await enqueue(inputs, options, options.pg);
      else await ingestHere(inputs, options);
    });
}

/** Reads the inputs and queues their articles for workers. */
async function enqueue(inputs: string[], options: IngestOptions, url: string): Promise<void> {
  const queue = await openIngestQueue(url);
  let articles: Article[] = [];
  let queued = 0;
  let issues = 0;
  try {
    for await (const item of readSources(inputs, readOptions(options))) {
      if (item.kind === 'issue') {
        issues++;
        process.stderr.write(issueLine(item.issue) + '\n');
        continue;
      }
      articles.push(item.article);
      if (articles.length >= options.batch) {
        await queue.enqueue(articles, undefined, options.jobTimeout);
        queued += articles.length;
        articles = [];
      }
    }
    await queue.enqueue(articles, undefined, options.jobTimeout);
    queued += articles.length;
  } finally {
    await queue.close();
  }
  if (!options.quiet) {
    process.stderr.write(
      `dyad: ${queued} articles queued in ${redact(url)}${issues ? `; ${issues} inputs refused (see above)` : ''}\n`,
    );
  }
  if (queued === 0 && issues > 0) process.exitCode = 1;
}

async function ingestHere(inputs: string[], options: IngestOptions): Promise<void> {
  const store = await openSqliteStore(options.db);
  const showBar = process.stderr.isTTY && !options.quiet;
  let files = 0;
  const paths = inputs.filter((i) => !isUrl(i));
  if (showBar) for await (const item of walkInputs(paths)) if (item.kind === 'file') files++;
  const bar = showBar
    ? new SingleBar(
        {
          format: 'ingest [{bar}] {value}/{total} files | {articles} articles | {eta_formatted} left',
          stream: process.stderr,
        },
        Presets.shades_classic,
      )
    : undefined;
  bar?.start(files, 0, { articles: 0 });
  // People taught by articles stored before, then by each article of this run as it is extracted.
  let learned = LearnedKnowledge.of(await store.learnedActors());
  let batch: Extraction[] = [];
  let added = 0;
  let unchanged = 0;
  let events = 0;
  let issues = 0;
  let lastFile: string | undefined;
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
        if (lastFile !== undefined) bar?.increment();
        lastFile = file;
      }
      if (item.kind === 'issue') {
        issues++;
        bar?.update({ articles: added + unchanged });
        process.stderr.write((bar ? '\n' : '') + issueLine(item.issue) + '\n');
        continue;
      }
      if (await store.hasArticle(contentHash(item.article))) {
        unchanged++;
        continue;
      }
      const extraction = extract(item.article, { learned });
      learned = learned.with(extraction.learned ?? []);
      batch.push(extraction);
      if (batch.length >= options.batch) await flush();
      bar?.update({ articles: added + unchanged + batch.length });
    }
    await flush();
  } finally {
    bar?.update(files, { articles: added + unchanged });
    bar?.stop();
    await store.close();
  }
  if (!options.quiet) {
    process.stderr.write(
      `dyad: ${added} articles added, ${unchanged} unchanged, ${events} events stored in ${options.db}${issues ? `; ${issues} inputs refused (see above)` : ''}\n`,
    );
  }
  if (added + unchanged === 0 && issues > 0) process.exitCode = 1;
}
