#!/usr/bin/env node
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

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command()
  .name('dyad')
  .description('Political event data from dated news: who did what to whom, when, where, said in which sentence.')
  .version(pkg.version);

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

const evaluation = program.command('eval').description('score dyad against gold corpora (TimeML, event records)');
registerEvalTimex(evaluation);
registerEvalEvents(evaluation);
registerEvalActors(evaluation);

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`dyad: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
