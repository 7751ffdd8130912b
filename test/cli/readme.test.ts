import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';

// The README's CLI reference, held to the program: every command it names exists, with every option it
// gives that command; every option it names alone exists on some command; every npm script exists.
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};
const program = buildProgram();

/** Inline code spans and the lines of fenced code blocks, with table pipes unescaped. */
function codeSnippets(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```\w*\n([\s\S]*?)^```/gm)].flatMap((m) => m[1]!.split('\n'));
  const prose = markdown.replace(/^```\w*\n[\s\S]*?^```/gm, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return [...blocks, ...spans].map((s) => s.replace(/\\\|/g, '|').replace(/\s+#.*$/, ''));
}

const OPTION = /(?<![\w-])(--?[a-z][\w-]*)/g;

/** The command a line runs (`dyad eval timex …` → eval timex) and the options it gives it. */
function resolve(line: string): { command: Command; path: string[]; options: string[] } {
  const words = line.replace(/^.*?\bdyad\s+/, '').split(/\s+/);
  let command = program;
  const path: string[] = [];
  for (const word of words) {
    const sub = command.commands.find((c) => c.name() === word);
    if (!sub) break;
    command = sub;
    path.push(word);
  }
  return { command, path, options: [...line.matchAll(OPTION)].map((m) => m[1]!) };
}

const knows = (command: Command, flag: string): boolean =>
  flag === '--help' || flag === '-h' || command.options.some((o) => o.long === flag || o.short === flag);

const runs = codeSnippets(README).filter((s) => /(^|\s)(npx )?dyad\s+[a-z]/.test(s));

describe('README', () => {
  it('names commands that exist, with options they take', () => {
    expect(runs.length).toBeGreaterThan(10);
    for (const line of runs) {
      const { command, path, options } = resolve(line);
      expect(path.length, `no such command: ${line}`).toBeGreaterThan(0);
      expect(command.commands.length, `a command group, not a command: ${line}`).toBe(0);
      for (const flag of options) expect(knows(command, flag), `dyad ${path.join(' ')} has no ${flag}`).toBe(true);
    }
  });

  it('names lone options that some command takes', () => {
    const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
    const lone = codeSnippets(README).filter((s) => /^--?[a-z]/.test(s));
    expect(lone.length).toBeGreaterThan(5);
    for (const snippet of lone) {
      const flag = snippet.split(/\s/)[0]!;
      expect(
        all(program).some((c) => knows(c, flag)),
        `no command takes ${flag}`,
      ).toBe(true);
    }
  });

  it('names npm scripts that exist', () => {
    const scripts = [...README.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(PACKAGE.scripts, script).toHaveProperty(script);
  });
});
