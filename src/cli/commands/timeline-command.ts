import type { Command } from 'commander';
import { dyadTimeline } from '../../query/timeline.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import { type FilterOptions, addFilterOptions, filterFrom } from './events-command.js';

export function registerTimeline(program: Command): void {
  addFilterOptions(
    program
      .command('timeline')
      .description('print the dated events between two actors, each with its evidence sentence')
      .argument('<a>', 'first actor (country like KOR, or code like KORGOV)')
      .argument('<b>', 'second actor'),
  )
    .option('--json', 'print JSON Lines instead of text')
    .addHelpText('after', '\nExamples:\n  dyad timeline KOR JPN\n  dyad timeline KOR PRK --from 2025-01 --no-history')
    .action((a: string, b: string, options: FilterOptions & { json?: boolean }) => {
      const store = openSqliteStore(options.db);
      try {
        const entries = dyadTimeline(store, a.toUpperCase(), b.toUpperCase(), filterFrom(options, program));
        if (options.json) {
          for (const e of entries)
            process.stdout.write(JSON.stringify({ ...e.event, mutual: e.mutual, label: e.label }) + '\n');
          return;
        }
        const articles = new Set(entries.map((e) => e.event.article)).size;
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
          ].filter(Boolean);
          const place = event.place ? ` in ${event.place.name}` : '';
          lines.push(
            `${date.padEnd(10)}  ${event.source.code} ${arrow} ${event.target?.code ?? '—'}  ${event.cameo} ${label}${place}${flags.length ? `  [${flags.join(', ')}]` : ''}`,
          );
          lines.push(`            “${event.evidence.text.replace(/\s+/g, ' ')}”`);
          lines.push(
            `            ${event.article}, sentence ${event.sentence + 1}, trigger “${event.trigger}”, rule ${event.rule}`,
          );
        }
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        store.close();
      }
    });
}
