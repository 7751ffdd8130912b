import type { Command } from 'commander';
import type { Modality } from '../../model.js';
import type { EventFilter } from '../../store/store.js';
import { articleUrls, gdeltHeader, gdeltRow } from '../../export/gdelt.js';
import { csvHeader, csvRow, eventJson, tableRow } from '../output.js';
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

export function registerEvents(program: Command): void {
  addFilterOptions(program.command('events').description('list stored event mentions'))
    .option(
      '--format <format>',
      'table | jsonl | csv (event mentions) | gdelt (linked events as GDELT 2.0 event rows, tab-separated)',
      'table',
    )
    .option('--json', 'the same as --format jsonl')
    .addHelpText(
      'after',
      '\nExamples:\n  dyad events --dyad KOR-JPN --from 2025-06 --format csv\n  dyad events --actor PRK --code 19 --format jsonl\n  dyad events --from 2025 --format gdelt > events.tsv   # GDELT 2.0 columns, then dyad_* ones (docs/exports.md)',
    )
    .action(async (options: FilterOptions & { format: string; json?: boolean }) => {
      if (options.json) options.format = 'jsonl';
      if (!['table', 'jsonl', 'csv', 'gdelt'].includes(options.format))
        program.error(`dyad events: --format must be table, jsonl, csv or gdelt, not "${options.format}"`);
      const filter = filterFrom(options, program);
      if (options.format === 'gdelt') {
        const rows = await withStore(options, async (store) => {
          const urls = await articleUrls(store);
          const events = await store.linkedEvents({ ...filter, order: 'date-asc' });
          return events.map((e) => gdeltRow(e, urls).join('\t'));
        });
        process.stdout.write([gdeltHeader(), ...rows].join('\n') + '\n');
        return;
      }
      const events = await withStore(options, (store) => store.events({ ...filter, order: 'date-asc' }));
      const out: string[] = [];
      if (options.format === 'csv') out.push(csvHeader(), ...events.map(csvRow));
      else if (options.format === 'jsonl') out.push(...events.map((e) => JSON.stringify(eventJson(e))));
      else out.push(...events.map(tableRow));
      if (out.length) process.stdout.write(out.join('\n') + '\n');
    });
}
