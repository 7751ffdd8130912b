// Runs the built CLI's `dyad extract` on inputs and writes its JSON Lines to DIR/<what>.jsonl, for the gold
// checks (eval/check-floors.mjs, eval/public-domain-gold.mjs). Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The path of the JSON Lines file written; throws with dyad's stderr when extraction fails. */
export function extractTo(dir, inputs, what) {
  const run = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli', 'main.js'), 'extract', ...inputs, '--what', what],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`dyad extract --what ${what} failed: ${run.stderr}`);
  const file = join(dir, `${what}.jsonl`);
  writeFileSync(file, run.stdout);
  return file;
}
