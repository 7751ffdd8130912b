import type { Command } from 'commander';
import { dyadTimeline, timelineJson } from '../../query/timeline.js';
import { type FilterOptions, addFilterOptions, filterFrom } from './events-command.js';
import { withStore } from './store-options.js';

export function registerTimeline(program: Command): void {
  addFilterOptions(
    program
      .command('timeline')
      .description('print the real-world events between two actors, each with the articles and sentences reporting it')
      .argument('<a>', 'first actor (country like KOR, or code like KORGOV)')
      .argument('<b>', 'second actor'),
  )
    .option('--json', 'print JSON Lines (one linked event a line) instead of text')
    .option('--newest-first', 'newest events first')
    .addHelpText(
      'after',
      '\nExamples:\n  dyad timeline KOR JPN\n  dyad timeline KOR PRK --from 2025-01 --no-history\n  dyad timeline KOR JPN --json --newest-first --limit 20',
    )
    .action(async (a: string, b: string, options: FilterOptions & { json?: boolean; newestFirst?: boolean }) => {
      const filter = {
        ...filterFrom(options, program),
        order: options.newestFirst ? 'date-desc' : 'date-asc',
      } as const;
      const entries = await withStore(options, (store) =>
        dyadTimeline(store, a.toUpperCase(), b.toUpperCase(), filter),
      );
      if (options.json) {
        const out = entries.map((e) => JSON.stringify(timelineJson(e.event)));
        if (out.length) process.stdout.write(out.join('\n') + '\n');
        return;
      }
      const articles = new Set(entries.flatMap((e) => e.event.mentions.map((m) => m.article))).size;
      const lines = [
        `${a.toUpperCase()}–${b.toUpperCase()} timeline: ${entries.length} events from ${articles} articles`,
        '',
      ];
      for (const { date, mutual, event, label } of entries) {
        const arrow = mutual ? '⇄' : '→';
        const flags = [
          event.modality !== 'asserted' ? event.modality : '',
          event.history ? 'history' : '',
          event.date.source === 'publication' ? 'dated by publication' : '',
          event.articles > 1 ? `${event.articles} articles` : '',
        ].filter(Boolean);
        const place = event.place ? ` in ${event.place.name}` : '';
        lines.push(
          `${date.padEnd(10)}  ${event.source.code} ${arrow} ${event.target?.code ?? '—'}  ${event.cameo} ${label}${place}${flags.length ? `  [${flags.join(', ')}]` : ''}`,
        );
        const seen = new Set<string>();
        for (const m of event.mentions) {
          const key = `${m.article}/${m.sentence}/${m.triggerSpan.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          lines.push(`            “${m.evidence.text.replace(/\s+/g, ' ')}”`);
          lines.push(`            ${m.article}, sentence ${m.sentence + 1}, trigger “${m.trigger}”, rule ${m.rule}`);
        }
      }
      process.stdout.write(lines.join('\n') + '\n');
    });
}
