import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, CommanderError } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_PER_JOB, DEFAULT_MAX_MIB } from '../../src/cli/commands/ingest-command.js';
import { buildProgram } from '../../src/cli/program.js';
import { ARTICLES_PER_JOB } from '../../src/ingest/ingest-queue.js';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/read-inputs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');

/** Every command of the program as the words that reach it: ['ingest'], ['eval', 'timex'], … */
function commandPaths(command: Command, prefix: readonly string[] = []): string[][] {
  return command.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

/** Runs `dyad WORDS… --help` through commander's own parsing, in process, and returns what it printed. */
async function help(words: readonly string[]): Promise<string> {
  const program = buildProgram();
  let out = '';
  const capture = (c: Command): void => {
    c.exitOverride().configureOutput({
      writeOut: (s) => (out += s),
      writeErr: (s) => (out += s),
      getOutHasColors: () => false,
    });
    c.commands.forEach(capture);
  };
  capture(program);
  try {
    await program.parseAsync([...words, '--help'], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError) || error.code !== 'commander.helpDisplayed') throw error;
  }
  return out;
}

/** The command lines under a help text's `Examples:` heading. */
function examples(text: string): string[] {
  const [, section = ''] = text.split(/^Examples:$/m);
  return section
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim());
}

const PATHS = commandPaths(buildProgram());

describe('--help', () => {
  it('reaches every command, the eval ones included', () => {
    const names = PATHS.map((p) => p.join(' '));
    for (const name of ['ingest', 'recode', 'events', 'panel', 'report', 'serve', 'eval timex', 'eval actors'])
      expect(names).toContain(name);
  });

  it.each(PATHS.map((p) => [p.join(' '), p] as const))(
    'dyad %s --help ends with examples of itself',
    async (_, path) => {
      const text = await help(path);
      expect(text).toMatch(new RegExp(`^Usage: dyad ${path.join(' ')} `, 'm'));
      const lines = examples(text);
      expect(lines.length, text).toBeGreaterThan(0);
      // Every example runs the command it documents (after an environment variable, for serve's token).
      for (const line of lines) expect(line).toMatch(new RegExp(`(^|\\s)dyad ${path.join(' ')}\\b`));
    },
  );

  it("states the readers' own default for --max-bytes", async () => {
    expect(DEFAULT_MAX_MIB * 1024 * 1024).toBe(DEFAULT_MAX_BYTES);
    expect((await help(['ingest'])).replace(/\s+/g, ' ')).toContain(`(default ${DEFAULT_MAX_MIB} MiB)`);
  });

  it("states the queue's own default for articles a job", async () => {
    expect(DEFAULT_ARTICLES_PER_JOB).toBe(ARTICLES_PER_JOB);
    expect((await help(['ingest'])).replace(/\s+/g, ' ')).toContain(`articles a job (default ${ARTICLES_PER_JOB})`);
  });

  it('has no escape codes when help goes to a pipe, and colour when FORCE_COLOR asks', () => {
    if (!existsSync(MAIN)) throw new Error('build first: npm run build');
    const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
    const plain = spawnSync(process.execPath, [MAIN, 'stats', '--help'], { encoding: 'utf8', env });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^Examples:$/m);
    expect(plain.stdout).not.toContain('\x1b[');
    const forced = spawnSync(process.execPath, [MAIN, 'stats', '--help'], {
      encoding: 'utf8',
      env: { ...env, FORCE_COLOR: '1' },
    });
    expect(forced.stdout).toContain('\x1b[1mExamples:\x1b[22m');
  });
});

beforeAll(() => {
  if (existsSync(MAIN)) return;
  const built = spawnSync('npm run build', { cwd: ROOT, encoding: 'utf8', shell: true });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
}, 180_000);
