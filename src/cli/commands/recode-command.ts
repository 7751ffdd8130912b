import type { Command } from 'commander';
import { LearnedKnowledge } from '../../actors/learned-knowledge.js';
import type { Article } from '../../model.js';
import { extract } from '../../pipeline.js';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';

/** `dyad recode`: re-extracts every stored article with this dyad's coder, replacing the derived rows. */
export function registerRecode(program: Command): void {
  addStoreOptions(
    program
      .command('recode')
      .description(
        're-code every stored article with this version of dyad: events and links are replaced, articles kept',
      ),
  )
    .option('--quiet', 'print nothing but errors')
    .addHelpText('after', '\nExamples:\n  dyad recode --db news.db')
    .action(async (options: StoreOptions & { quiet?: boolean }) => {
      const report = await withStore(options, async (store) => {
        // The people the store has learned stay learned: later articles keep resolving them by full name.
        let learned = LearnedKnowledge.of(await store.learnedActors());
        const code = (article: Article) => {
          const extraction = extract(article, { learned });
          learned = learned.with(extraction.learned ?? []);
          return extraction;
        };
        return store.recode(code, {
          onBatch: (done) => {
            if (!options.quiet && process.stderr.isTTY) process.stderr.write(`\rdyad: ${done} articles re-coded`);
          },
        });
      });
      if (!options.quiet) {
        process.stderr.write(
          `${process.stderr.isTTY ? '\n' : ''}dyad: ${report.articles} articles re-coded: ${report.events} event mentions, ${report.linkedEvents} linked events\n`,
        );
      }
    });
}
