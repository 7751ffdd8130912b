import type { Command } from 'commander';
import { counted, eventJson } from '../output.js';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';
import { helpText } from '../help.js';
import { stylesFor } from '../terminal.js';

/** `dyad search WORDS`: full-text search over stored articles, with their events. */
export function registerSearch(program: Command): void {
  addStoreOptions(
    program
      .command('search')
      .description('find stored articles by their words, with their events')
      .argument('<words...>'),
  )
    .option('--limit <n>', 'at most n articles', '20')
    .option('--json', 'print JSON Lines')
    .addHelpText(
      'after',
      helpText([], ['dyad search normalization treaty --db news.db', 'dyad search summit --limit 5 --json']),
    )
    .action(async (words: string[], options: StoreOptions & { limit: string; json?: boolean }) => {
      const hits = await withStore(options, (store) => store.search(words.join(' '), Number(options.limit)));
      const s = stylesFor(process.stdout);
      const out = hits.map((h) =>
        options.json
          ? JSON.stringify({
              article: h.article.id,
              published: h.article.published,
              title: h.article.title ?? null,
              events: h.events.map(eventJson),
            })
          : `${s.bold(h.article.published)}  ${s.dim(h.article.id)}  ${h.article.title ?? h.article.text.slice(0, 80).replace(/\s+/g, ' ')}  (${counted(h.events.length, 'event')})`,
      );
      if (out.length) process.stdout.write(out.join('\n') + '\n');
    });
}
