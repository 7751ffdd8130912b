import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { contentHash } from '../../ingest/content-hash.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { walkInputs } from '../../ingest/walk-inputs.js';
import type { Extraction } from '../../model.js';
import { extract } from '../../pipeline.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { issueLine } from '../output.js';

const BATCH = 200;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract events from articles and store them in the SQLite database (idempotent by content hash)')
    .argument('<paths...>', 'files or folders: seed format, JSON Lines, or plain text with --date')
    .option('--db <file>', 'SQLite database file', 'dyad.db')
    .option('--date <YYYY-MM-DD>', 'publication date for plain-text files that carry none')
    .option('--quiet', 'print nothing but errors')
    .addHelpText('after', '\nExamples:\n  dyad ingest examples/\n  dyad ingest feed.jsonl --db news.db')
    .action(async (paths: string[], options: { db: string; date?: string; quiet?: boolean }) => {
      const store = openSqliteStore(options.db);
      const showBar = process.stderr.isTTY && !options.quiet;
      let files = 0;
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
      let batch: Extraction[] = [];
      let added = 0;
      let unchanged = 0;
      let events = 0;
      let issues = 0;
      let lastFile: string | undefined;
      const flush = () => {
        if (batch.length === 0) return;
        const report = store.ingest(batch);
        added += report.added;
        unchanged += report.unchanged;
        events += report.events;
        batch = [];
      };
      try {
        for await (const item of readInputs(paths, options.date ? { date: options.date } : {})) {
          const file = (item.kind === 'issue' ? item.issue.where : (item.article.origin ?? '')).replace(/:\d+$/, '');
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
          if (store.hasArticle(contentHash(item.article))) {
            unchanged++;
            continue;
          }
          batch.push(extract(item.article));
          if (batch.length >= BATCH) flush();
          bar?.update({ articles: added + unchanged + batch.length });
        }
        flush();
      } finally {
        bar?.update(files, { articles: added + unchanged });
        bar?.stop();
        store.close();
      }
      if (!options.quiet) {
        process.stderr.write(
          `dyad: ${added} articles added, ${unchanged} unchanged, ${events} events stored in ${options.db}${issues ? `; ${issues} inputs refused (see above)` : ''}\n`,
        );
      }
      if (added + unchanged === 0 && issues > 0) process.exitCode = 1;
    });
}
