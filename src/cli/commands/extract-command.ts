import type { Command } from 'commander';
import { type What, issueLine, linesFor } from '../output.js';
import { stylesFor } from '../terminal.js';
import { helpText } from '../help.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the events (or time expressions, or actors) of articles as JSON Lines, without a database')
    .argument('<paths...>', 'files or folders: seed format, JSON Lines, or plain text with --date')
    .option('--what <kind>', 'events | timex | actors', 'events')
    .option('--date <YYYY-MM-DD>', 'publication date for plain-text files that carry none')
    .addHelpText(
      'after',
      helpText(
        ['The output is always JSON Lines, one event (time expression, actor mention) a line, on stdout.'],
        [
          'dyad extract examples/seeds/*.txt',
          'dyad extract corpus.jsonl --what timex',
          'dyad extract note.txt --date 2025-07-04 --what actors',
        ],
      ),
    )
    .action(async (paths: string[], options: { what: string; date?: string }) => {
      const { readInputs } = await import('../../ingest/read-inputs.js');
      const { extract } = await import('../../pipeline.js');
      const what = options.what as What;
      if (!['events', 'timex', 'actors'].includes(what))
        program.error(`dyad extract: --what must be events, timex or actors, not "${options.what}"`);
      let articles = 0;
      let issues = 0;
      for await (const item of readInputs(paths, options.date ? { date: options.date } : {})) {
        if (item.kind === 'issue') {
          issues++;
          process.stderr.write(stylesFor(process.stderr).yellow(issueLine(item.issue)) + '\n');
          continue;
        }
        articles++;
        const lines = linesFor(extract(item.article), what);
        if (lines.length) process.stdout.write(lines.join('\n') + '\n');
      }
      if (articles === 0 && issues > 0) process.exitCode = 1;
    });
}
