import type { Command } from 'commander';
import { type FilterOptions, addFilterOptions, filterFrom } from './events-command.js';
import { withStore } from './store-options.js';
import { helpText } from '../help.js';
import { quadColor, stylesFor } from '../terminal.js';

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
      helpText(
        [],
        [
          'dyad timeline KOR JPN',
          'dyad timeline KOR PRK --from 2025-01 --no-history',
          'dyad timeline KOR JPN --json --newest-first --limit 20',
        ],
      ),
    )
    .action(async (a: string, b: string, options: FilterOptions & { json?: boolean; newestFirst?: boolean }) => {
      const { dyadTimeline, timelineJson } = await import('../../query/timeline.js');
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
      const s = stylesFor(process.stdout);
      const articles = new Set(entries.flatMap((e) => e.event.mentions.map((m) => m.article))).size;
      const lines = [
        s.bold(`${a.toUpperCase()}–${b.toUpperCase()} timeline: ${entries.length} events from ${articles} articles`),
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
        const code = quadColor(s, event.quadClass)(`${event.cameo} ${label}`);
        lines.push(
          `${s.bold(date.padEnd(10))}  ${event.source.code} ${arrow} ${event.target?.code ?? '—'}  ${code}${place}${flags.length ? `  ${s.yellow(`[${flags.join(', ')}]`)}` : ''}`,
        );
        const seen = new Set<string>();
        for (const m of event.mentions) {
          const key = `${m.article}/${m.sentence}/${m.triggerSpan.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          lines.push(`            “${m.evidence.text.replace(/\s+/g, ' ')}”`);
          lines.push(
            s.dim(`            ${m.article}, sentence ${m.sentence + 1}, trigger “${m.trigger}”, rule ${m.rule}`),
          );
        }
      }
      process.stdout.write(lines.join('\n') + '\n');
    });
}
