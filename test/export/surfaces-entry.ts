// The surface commands on a program of their own, so tests can run them as a process before their wiring
// into src/cli/main.ts.
import { Command } from 'commander';
import { registerEvents } from '../../src/cli/commands/events-command.js';
import { registerPanel } from '../../src/cli/commands/panel-command.js';
import { registerReport } from '../../src/cli/commands/report-command.js';
import { registerServe } from '../../src/cli/commands/serve-command.js';

const program = new Command().name('dyad');
for (const register of [registerEvents, registerPanel, registerReport, registerServe]) register(program);
program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`dyad: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
