// The store commands on a program of their own, so tests can run them as a process before (and
// independently of) their wiring into src/cli/main.ts.
import { Command } from 'commander';
import { registerEvents } from '../../src/cli/commands/events-command.js';
import { registerIngest } from '../../src/cli/commands/ingest-command.js';
import { registerRecode } from '../../src/cli/commands/recode-command.js';
import { registerSearch } from '../../src/cli/commands/search-command.js';
import { registerStats } from '../../src/cli/commands/stats-command.js';
import { registerTimeline } from '../../src/cli/commands/timeline-command.js';
import { registerTrend } from '../../src/cli/commands/trend-command.js';
import { registerWorker } from '../../src/cli/commands/worker-command.js';

const program = new Command().name('dyad');
for (const register of [
  registerIngest,
  registerEvents,
  registerTimeline,
  registerStats,
  registerRecode,
  registerTrend,
  registerSearch,
  registerWorker,
]) {
  register(program);
}
program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`dyad: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
