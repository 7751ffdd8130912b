#!/usr/bin/env -S node --max-semi-space-size=4
// The flag caps V8's young generation at 4 MB a half (16 MB by default), which only a start-up flag can
// set: dyad's batch jobs allocate fast and keep little, and a long `dyad ingest` peaks about 40 MB lower
// for about 5% more CPU (bench/ingest-memory.ts). `node dist/cli/main.js` runs without it.
import { buildProgram } from './program.js';
import { boundHeapGrowth, keepArticlesYoung } from './memory.js';
import { stylesFor } from './terminal.js';

boundHeapGrowth();
keepArticlesYoung();

// `dyad extract … | head`: the reader is gone, so nothing more can be written; stop quietly as Unix tools do
// rather than die on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

buildProgram()
  .parseAsync()
  .catch((error: unknown) => {
    process.stderr.write(
      stylesFor(process.stderr).red(`dyad: ${error instanceof Error ? error.message : String(error)}`) + '\n',
    );
    process.exitCode = 2;
  });
