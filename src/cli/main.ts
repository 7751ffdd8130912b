#!/usr/bin/env node
import { buildProgram } from './program.js';
import { stylesFor } from './terminal.js';

buildProgram()
  .parseAsync()
  .catch((error: unknown) => {
    process.stderr.write(
      stylesFor(process.stderr).red(`dyad: ${error instanceof Error ? error.message : String(error)}`) + '\n',
    );
    process.exitCode = 2;
  });
