import type { Command } from 'commander';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';
import { helpText } from '../help.js';
import { counted } from '../output.js';
import { stylesFor } from '../terminal.js';

/** `dyad trend A B`: Goldstein and quad classes per week or month, one real-world event counted once. */
export function registerTrend(program: Command): void {
  addStoreOptions(
    program
      .command('trend')
      .description('cooperation and conflict between two actors per week or month, from linked events')
      .argument('<a>', 'first actor')
      .argument('<b>', 'second actor'),
  )
    .option('--period <period>', 'week | month', 'month')
    .option('--from <date>', 'first day')
    .option('--to <date>', 'last day')
    .option('--history', 'count events dated years before their article')
    .option('--plans', 'count intended and planned events too')
    .option('--json', 'print JSON Lines')
    .addHelpText(
      'after',
      helpText(
        ['Counts asserted events only, and none dated years before their article, unless --plans or --history.'],
        ['dyad trend KOR JPN', 'dyad trend KOR JPN --period week --from 2025-06', 'dyad trend USA PRK --plans --json'],
      ),
    )
    .action(
      async (
        a: string,
        b: string,
        options: StoreOptions & {
          period: string;
          from?: string;
          to?: string;
          history?: boolean;
          plans?: boolean;
          json?: boolean;
        },
      ) => {
        if (options.period !== 'week' && options.period !== 'month')
          program.error(`dyad trend: --period must be week or month, not "${options.period}"`);
        const { dyadTrend } = await import('../../query/trend.js');
        const points = await withStore(options, (store) =>
          dyadTrend(store, a.toUpperCase(), b.toUpperCase(), {
            period: options.period as 'week' | 'month',
            ...(options.from ? { from: options.from } : {}),
            ...(options.to ? { to: options.to } : {}),
            history: Boolean(options.history),
            plans: Boolean(options.plans),
          }),
        );
        const s = stylesFor(process.stdout);
        const sign = (x: number) => (x > 0 ? s.green : x < 0 ? s.red : (t: string) => t);
        const out = options.json
          ? points.map((p) => JSON.stringify(p))
          : points.map(
              (p) =>
                `${s.bold(p.period.padEnd(9))} ${counted(p.events, 'event').padStart(11)}  Goldstein ${sign(p.goldsteinSum)(p.goldsteinSum.toFixed(1).padStart(6))} (mean ${p.goldsteinMean.toFixed(2)})  quad ${p.quadClass.join('/')}`,
            );
        if (out.length) process.stdout.write(out.join('\n') + '\n');
      },
    );
}
