import type { Command } from 'commander';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';

/** `dyad stats`: how much the store holds. */
export function registerStats(program: Command): void {
  addStoreOptions(program.command('stats').description('count stored articles, event mentions and linked events'))
    .option('--json', 'print one JSON object')
    .addHelpText('after', '\nExamples:\n  dyad stats --db news.db\n  dyad stats --json --pg postgres://dyad@db/dyad')
    .action(async (options: StoreOptions & { json?: boolean }) => {
      const counts = await withStore(options, (store) => store.counts());
      const stats = { articles: counts.articles, eventMentions: counts.events, linkedEvents: counts.linkedEvents };
      process.stdout.write(
        options.json
          ? JSON.stringify(stats) + '\n'
          : `${stats.articles} articles, ${stats.eventMentions} event mentions, ${stats.linkedEvents} linked events\n`,
      );
    });
}
