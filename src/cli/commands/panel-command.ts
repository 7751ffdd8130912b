import type { Command } from 'commander';
import type { PanelPeriod } from '../../export/panel.js';
import { helpText } from '../help.js';
import { type OutputOptions, binaryToTerminal, writeOutput } from '../write-output.js';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';

const FORMATS = ['csv', 'jsonl', 'parquet'] as const;

/** `dyad panel`: the dyad–period table (CSV) per directed dyad and period, as the trend chart counts. */
export function registerPanel(program: Command): void {
  addStoreOptions(
    program
      .command('panel')
      .description(
        'write the dyad–period table (CSV, JSON Lines, Parquet): per directed dyad and period, linked events by quad class and CAMEO root, Goldstein sum and mean',
      ),
  )
    .option('--by <period>', 'week | month | year', 'month')
    .option('--dyads <list>', 'comma-separated dyads, either order: KOR-JPN,USA-PRK')
    .option('--all', 'every dyad in the store (the default when --dyads is not given)')
    .option('--from <date>', 'first day (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'last day')
    .option('--history', 'count events dated years before their article')
    .option('--plans', 'count intended and planned events too')
    .option('--undirected', 'one row per unordered pair, each event once (the trend chart’s numbers)')
    .option('--format <format>', FORMATS.join(' | '), 'csv')
    .option('--json', 'the same as --format jsonl: one row a line')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--quiet', 'with --output: do not say what was written')
    .addHelpText(
      'after',
      helpText(
        [
          [
            'A mutual event ("A and B met") counts in both directions and in the mutual column, so for a pair',
            'A→B + B→A − mutual gives what `dyad trend A B` and the trend chart show; --undirected gives those',
            'numbers directly.',
          ].join('\n'),
        ],
        [
          'dyad panel --by month --dyads KOR-JPN,USA-PRK > panel.csv',
          'dyad panel --by year --all --plans -o all-dyads.csv',
          'dyad panel --by month --format parquet -o panel.parquet',
          'dyad panel --by week --dyads KOR-JPN --undirected --json',
        ],
      ),
    )
    .action(
      async (
        options: StoreOptions & {
          by: string;
          dyads?: string;
          all?: boolean;
          from?: string;
          to?: string;
          history?: boolean;
          plans?: boolean;
          undirected?: boolean;
          format: string;
          json?: boolean;
        } & OutputOptions,
      ) => {
        if (options.json) options.format = 'jsonl';
        if (!(FORMATS as readonly string[]).includes(options.format))
          program.error(`dyad panel: --format must be ${FORMATS.join(', ')}, not "${options.format}"`);
        if (options.format === 'parquet' && binaryToTerminal(options))
          program.error('dyad panel: Parquet is binary: give -o FILE, or redirect standard output to a file');
        if (!['week', 'month', 'year'].includes(options.by))
          program.error(`dyad panel: --by must be week, month or year, not "${options.by}"`);
        if (options.dyads && options.all) program.error('dyad panel: give --dyads or --all, not both');
        const dyads = (options.dyads ?? '')
          .split(',')
          .filter(Boolean)
          .map((d) => {
            const parts = d.toUpperCase().split(/[-:]/);
            if (parts.length !== 2 || !parts[0] || !parts[1])
              program.error(`dyad panel: --dyads takes pairs like KOR-JPN, not "${d}"`);
            return [parts[0]!, parts[1]!] as const;
          });
        const { dyadPanel, panelCsv } = await import('../../export/panel.js');
        const rows = await withStore(options, (store) =>
          dyadPanel(store, {
            by: options.by as PanelPeriod,
            dyads,
            history: Boolean(options.history),
            plans: Boolean(options.plans),
            undirected: Boolean(options.undirected),
            ...(options.from ? { from: options.from } : {}),
            ...(options.to ? { to: options.to } : {}),
          }),
        );
        let content: string | Uint8Array;
        if (options.format === 'parquet') {
          const { panelColumns } = await import('../../export/columns.js');
          const { parquetBytes } = await import('../../export/parquet.js');
          content = parquetBytes(panelColumns(rows));
        } else
          content = options.format === 'jsonl' ? rows.map((r) => JSON.stringify(r) + '\n').join('') : panelCsv(rows);
        writeOutput(content, options, `${rows.length} panel rows`);
      },
    );
}
