import { writeFileSync } from 'node:fs';

/** Where an export goes, and whether to say so. */
export interface OutputOptions {
  /** A file; standard output when left out. */
  readonly output?: string;
  readonly quiet?: boolean;
}

/**
 * True when binary output (Parquet) would go to a terminal, where it only garbles the screen: commands
 * refuse that before doing any work.
 */
export function binaryToTerminal(options: OutputOptions): boolean {
  return options.output === undefined && process.stdout.isTTY === true;
}

/**
 * Writes an export to `--output` or to standard output. Writing a file says where and how much on stderr
 * unless `--quiet`, since stdout stays empty.
 *
 * ```ts
 * writeOutput(panelCsv(rows), { output: 'panel.csv' }, `${rows.length} panel rows`);
 * ```
 */
export function writeOutput(content: string | Uint8Array, options: OutputOptions, what: string): void {
  if (options.output === undefined) {
    if (content.length > 0) process.stdout.write(content);
    return;
  }
  writeFileSync(options.output, content);
  if (!options.quiet) process.stderr.write(`dyad: wrote ${what} to ${options.output}\n`);
}
