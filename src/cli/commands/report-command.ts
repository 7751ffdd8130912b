import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';
import { helpText } from '../help.js';

/** `dyad report A B -o file.html`: one self-contained HTML page with the trend, the timeline and the evidence. */
export function registerReport(program: Command): void {
  addStoreOptions(
    program
      .command('report')
      .description('write a self-contained HTML report on two actors: trend chart, timeline, evidence sentences')
      .argument('<a>', 'first actor (KOR, KORGOV)')
      .argument('<b>', 'second actor'),
  )
    .option('-o, --output <file>', 'where to write the HTML (default: standard output)')
    .option('--period <period>', 'week | month', 'month')
    .option('--from <date>', 'first day (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'last day')
    .option('--plans', 'count intended and planned events in the trend too')
    .option('--json', 'print {"output","bytes"} when done')
    .option('--quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      helpText(
        ['The page needs nothing else: no script, no network; open it in any browser.'],
        [
          'dyad report KOR JPN -o report.html',
          'dyad report KOR PRK --from 2025-01 --period week --plans -o kor-prk.html --json',
        ],
      ),
    )
    .action(
      async (
        a: string,
        b: string,
        options: StoreOptions & {
          output?: string;
          period: string;
          from?: string;
          to?: string;
          plans?: boolean;
          json?: boolean;
          quiet?: boolean;
        },
      ) => {
        if (options.period !== 'week' && options.period !== 'month')
          program.error(`dyad report: --period must be week or month, not "${options.period}"`);
        const { dyadReport } = await import('../../report/dyad-report.js');
        const html = await withStore(options, (store) =>
          dyadReport(store, a.toUpperCase(), b.toUpperCase(), {
            period: options.period as 'week' | 'month',
            plans: Boolean(options.plans),
            ...(options.from ? { from: options.from } : {}),
            ...(options.to ? { to: options.to } : {}),
          }),
        );
        if (options.output === undefined) {
          process.stdout.write(html);
          return;
        }
        writeFileSync(options.output, html);
        const bytes = Buffer.byteLength(html);
        if (options.json) process.stdout.write(JSON.stringify({ output: options.output, bytes }) + '\n');
        else if (!options.quiet)
          process.stderr.write(`dyad: wrote ${options.output} (${Math.ceil(bytes / 1024)} KB)\n`);
      },
    );
}
