import type { Command } from 'commander';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';
import { helpText } from '../help.js';
import { stylesFor } from '../terminal.js';

/** `dyad stats`: how much the store holds. */
export function registerStats(program: Command): void {
  addStoreOptions(program.command('stats').description('count stored articles, event mentions and linked events'))
    .option('--json', 'print one JSON object')
    .addHelpText('after', helpText([], ['dyad stats --db news.db', 'dyad stats --json --pg postgres://dyad@db/dyad']))
    .action(async (options: StoreOptions & { json?: boolean }) => {
      const counts = await withStore(options, (store) => store.counts());
      const stats = { articles: counts.articles, eventMentions: counts.events, linkedEvents: counts.linkedEvents };
      const b = stylesFor(process.stdout).bold;
      process.stdout.write(
        options.json
          ? JSON.stringify(stats) + '\n'
          : `${b(String(stats.articles))} articles, ${b(String(stats.eventMentions))} event mentions, ${b(String(stats.linkedEvents))} linked events\n`,
      );
    });
}
