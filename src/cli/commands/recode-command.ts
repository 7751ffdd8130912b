import type { Command } from 'commander';
import type { Article } from '../../model.js';
import { startProgress } from '../progress.js';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';
import { helpText } from '../help.js';

/** `dyad recode`: re-extracts every stored article with this dyad's coder, replacing the derived rows. */
export function registerRecode(program: Command): void {
  addStoreOptions(
    program
      .command('recode')
      .description(
        're-code every stored article with this version of dyad: events and links are replaced, articles kept',
      ),
  )
    .option('--quiet', 'print nothing but errors: no progress bar, no summary')
    .option('--json', 'print the summary as one JSON object on stdout ({"articles","events","linkedEvents"})')
    .addHelpText(
      'after',
      helpText(
        [
          'A progress bar (articles, articles per second, time left) shows while stderr is a terminal.',
          'A run cut short leaves the articles in place: run it again to finish.',
          'Ingests and workers writing to the same store wait while it runs, then go on.',
        ],
        ['dyad recode --db news.db', 'dyad recode --pg postgres://dyad@db/dyad --json'],
      ),
    )
    .action(async (options: StoreOptions & { quiet?: boolean; json?: boolean }) => {
      const { extract } = await import('../../pipeline.js');
      const { LearnedKnowledge } = await import('../../actors/learned-knowledge.js');
      const report = await withStore(options, async (store) => {
        const total = (await store.counts()).articles;
        const progress = startProgress({
          label: 'recode',
          unit: 'articles',
          total,
          ...(options.quiet ? { quiet: true } : {}),
        });
        try {
          // The people the store has learned stay learned: later articles keep resolving them by full name.
          let learned = LearnedKnowledge.of(await store.learnedActors());
          const code = (article: Article) => {
            const extraction = extract(article, { learned });
            learned = learned.with(extraction.learned ?? []);
            return extraction;
          };
          return await store.recode(code, { onBatch: (done) => progress.update(done) });
        } finally {
          progress.stop();
        }
      });
      const summary = { articles: report.articles, events: report.events, linkedEvents: report.linkedEvents };
      if (options.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else if (!options.quiet) {
        process.stderr.write(
          `dyad: ${report.articles} articles re-coded: ${report.events} event mentions, ${report.linkedEvents} linked events\n`,
        );
      }
    });
}
