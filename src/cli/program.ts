import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerActors } from './commands/actors-command.js';
import { registerEvalActors } from './commands/eval-actors-command.js';
import { registerEvalEvents } from './commands/eval-events-command.js';
import { registerEvalTimex } from './commands/eval-timex-command.js';
import { registerEvents } from './commands/events-command.js';
import { registerExplain } from './commands/explain-command.js';
import { registerExtract } from './commands/extract-command.js';
import { registerIngest } from './commands/ingest-command.js';
import { registerPanel } from './commands/panel-command.js';
import { registerRecode } from './commands/recode-command.js';
import { registerReport } from './commands/report-command.js';
import { registerSearch } from './commands/search-command.js';
import { registerServe } from './commands/serve-command.js';
import { registerStats } from './commands/stats-command.js';
import { registerTimeline } from './commands/timeline-command.js';
import { registerTrend } from './commands/trend-command.js';
import { registerWorker } from './commands/worker-command.js';
import { helpText } from './help.js';
import { alwaysStyles, stylesFor, wantsColor } from './terminal.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The `dyad` program with every command on it. Output and help settings are set first, because commander
 * copies them into each command as it is added: colour by {@link wantsColor} per stream, errors in red,
 * help headings in bold.
 *
 * ```ts
 * await buildProgram().parseAsync(['node', 'dyad', 'stats', '--json']);
 * ```
 */
export function buildProgram(): Command {
  const program = new Command()
    .name('dyad')
    .description('Political event data from dated news: who did what to whom, when, where, said in which sentence.')
    .version(pkg.version)
    .configureOutput({
      getOutHasColors: () => wantsColor(process.stdout),
      getErrHasColors: () => wantsColor(process.stderr),
      outputError: (text, write) => write(stylesFor(process.stderr).red(text)),
    })
    .configureHelp({
      styleTitle: alwaysStyles.bold,
      styleCommandText: alwaysStyles.bold,
      styleSubcommandText: alwaysStyles.cyan,
    })
    .addHelpText(
      'after',
      helpText(
        [
          'Store commands take --db FILE (SQLite, default ./dyad.db) or --pg URL (PostgreSQL).',
          'Colour only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.',
        ],
        [
          'dyad ingest examples/seeds examples/public-domain.jsonl',
          'dyad timeline KOR JPN',
          'dyad serve   # then open http://127.0.0.1:8080/',
          'dyad help ingest',
        ],
      ),
    );

  registerExtract(program);
  registerExplain(program);
  registerIngest(program);
  registerEvents(program);
  registerTimeline(program);
  registerTrend(program);
  registerSearch(program);
  registerStats(program);
  registerRecode(program);
  registerWorker(program);
  registerActors(program);
  registerServe(program);
  registerReport(program);
  registerPanel(program);

  const evaluation = program
    .command('eval')
    .description('score dyad against gold corpora (TimeML, event records)')
    .addHelpText(
      'after',
      helpText(
        [],
        [
          'dyad eval actors --json',
          'dyad eval timex --tml ../shared/eval/tempeval3',
          'dyad eval events --records gold.xml --errors 20',
        ],
      ),
    );
  registerEvalTimex(evaluation);
  registerEvalEvents(evaluation);
  registerEvalActors(evaluation);
  return program;
}
