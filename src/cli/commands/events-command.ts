import type { Command } from 'commander';
import type { Modality } from '../../model.js';
import type { EventFilter } from '../../store/store.js';
import { csvHeader, csvRow, eventJson, tableRow } from '../output.js';
import { helpText } from '../help.js';
import { plainStyles, stylesFor } from '../terminal.js';
import { type OutputOptions, binaryToTerminal, writeOutput } from '../write-output.js';
import { type StoreOptions, addStoreOptions, withStore } from './store-options.js';

export interface FilterOptions extends StoreOptions {
  dyad?: string;
  actor?: string;
  from?: string;
  to?: string;
  code?: string;
  quadClass?: string;
  modality?: string;
  place?: string;
  history?: boolean;
  limit?: string;
}

/** Turns the shared CLI filter options into a store filter. */
export function filterFrom(options: FilterOptions, program: Command): EventFilter {
  let dyad: [string, string] | undefined;
  if (options.dyad) {
    const parts = options.dyad.toUpperCase().split(/[-,:]/);
    if (parts.length !== 2 || !parts[0] || !parts[1])
      program.error(`dyad: --dyad takes two actors like KOR-JPN, not "${options.dyad}"`);
    dyad = [parts[0]!, parts[1]!];
  }
  return {
    ...(dyad ? { dyad } : {}),
    ...(options.actor ? { actor: options.actor.toUpperCase() } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.code ? { code: options.code } : {}),
    ...(options.quadClass ? { quadClass: options.quadClass.split(',').map(Number) } : {}),
    ...(options.modality ? { modality: options.modality.split(',') as Modality[] } : {}),
    ...(options.place ? { place: options.place.toUpperCase() } : {}),
    ...(options.history === false ? { history: false } : {}),
    ...(options.limit ? { limit: Number(options.limit) } : {}),
  };
}

export function addFilterOptions(command: Command): Command {
  return addStoreOptions(command)
    .option('--dyad <A-B>', 'events between two actors, either direction (countries or codes: KOR-JPN)')
    .option('--actor <code>', 'events with this actor as source or target')
    .option('--from <date>', "first day (YYYY, YYYY-MM or YYYY-MM-DD), on the event's own date")
    .option('--to <date>', 'last day, inclusive')
    .option('--code <cameo>', 'CAMEO code prefix (04, 036); two digits give a root')
    .option(
      '--quad-class <list>',
      'comma-separated quad classes: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict',
    )
    .option('--modality <list>', 'comma-separated: asserted,intended,planned,negated,hypothetical')
    .option('--place <country>', 'events that took place in this country (CAN)')
    .option('--no-history', 'leave out events dated years before their article')
    .option('--limit <n>', 'at most n events');
}

const FORMATS = ['table', 'jsonl', 'csv', 'parquet', 'gdelt'] as const;
type Format = (typeof FORMATS)[number];

interface EventsOptions extends FilterOptions, OutputOptions {
  format: string;
  json?: boolean;
}

export function registerEvents(program: Command): void {
  addFilterOptions(program.command('events').description('list stored event mentions'))
    .option(
      '--format <format>',
      'table | jsonl | csv | parquet (event mentions) | gdelt (linked events as GDELT 2.0 event rows, tab-separated)',
      'table',
    )
    .option('--json', 'the same as --format jsonl')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--quiet', 'with --output: do not say what was written')
    .addHelpText(
      'after',
      helpText(
        [
          "The table is coloured by quad class on a terminal. GDELT rows carry GDELT 2.0's 61 columns, then",
          'dyad_* ones (docs/surfaces.md, "Exports").',
        ],
        [
          'dyad events --dyad KOR-JPN --from 2025-06',
          'dyad events --dyad KOR-JPN --from 2025-06 --format csv -o kor-jpn.csv',
          'dyad events --actor PRK --code 19 --json',
          'dyad events --from 2025 --format parquet -o events.parquet',
          'dyad events --from 2025 --format gdelt > events.tsv',
        ],
      ),
    )
    .action(async (options: EventsOptions) => {
      if (options.json) options.format = 'jsonl';
      if (!(FORMATS as readonly string[]).includes(options.format))
        program.error(`dyad events: --format must be ${FORMATS.join(', ')}, not "${options.format}"`);
      const format = options.format as Format;
      if (format === 'parquet' && binaryToTerminal(options))
        program.error('dyad events: Parquet is binary: give -o FILE, or redirect standard output to a file');
      const filter = filterFrom(options, program);
      if (format === 'gdelt') {
        const { articleUrls, gdeltHeader, gdeltRow } = await import('../../export/gdelt.js');
        const rows = await withStore(options, async (store) => {
          const urls = await articleUrls(store);
          const events = await store.linkedEvents({ ...filter, order: 'date-asc' });
          return events.map((e) => gdeltRow(e, urls).join('\t'));
        });
        writeOutput([gdeltHeader(), ...rows].join('\n') + '\n', options, `${rows.length} linked events`);
        return;
      }
      const events = await withStore(options, (store) => store.events({ ...filter, order: 'date-asc' }));
      if (format === 'parquet') {
        const { eventColumns } = await import('../../export/columns.js');
        const { parquetBytes } = await import('../../export/parquet.js');
        writeOutput(parquetBytes(eventColumns(events)), options, `${events.length} event mentions`);
        return;
      }
      const out: string[] = [];
      if (format === 'csv') out.push(csvHeader(), ...events.map(csvRow));
      else if (format === 'jsonl') out.push(...events.map((e) => JSON.stringify(eventJson(e))));
      else {
        const styles = options.output === undefined ? stylesFor(process.stdout) : plainStyles;
        out.push(...events.map((e) => tableRow(e, styles)));
      }
      writeOutput(out.length ? out.join('\n') + '\n' : '', options, `${events.length} event mentions`);
    });
}
