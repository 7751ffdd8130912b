import { existsSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import type { KnownActor } from '../../actors/describe-knowledge.js';
import { helpText } from '../help.js';
import { stylesFor } from '../terminal.js';
import { withStore } from './store-options.js';

interface ActorsOptions {
  date: string;
  json?: boolean;
  db?: string;
  pg?: string;
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a day as YYYY-MM-DD');
  return value;
}

/**
 * Adds `actors [QUERY]` to the program: lists what the knowledge base knows (countries, agencies, people
 * with their post on `--date`, international bodies, armed groups and parties) whose name, alias or code
 * contains QUERY; with `--db FILE` or `--pg URL`, also the people that store learned from its articles,
 * marked `learned`, with the article and sentence that taught each.
 *
 * ```ts
 * registerActors(program); // dyad actors ishiba --date 2025-07-04; dyad actors nagashima --db news.db
 * ```
 */
export function registerActors(program: Command): void {
  program
    .command('actors')
    .description(
      'list the actors the knowledge base knows (countries, agencies, people, bodies, groups) and, with --db or --pg, the people a store learned',
    )
    .argument('[query]', 'part of a name, alias or code (case-insensitive); everything when left out', '')
    .option('--date <day>', 'code people by their post on this day', isoDay, new Date().toISOString().slice(0, 10))
    .option('--db <file>', 'also list the people this SQLite store learned from its articles')
    .option('--pg <url>', 'also list the people this PostgreSQL store learned from its articles')
    .option('--json', 'print JSON Lines instead of a table')
    .addHelpText(
      'after',
      helpText(
        [],
        [
          'dyad actors ishiba',
          'dyad actors moon --date 2019-03-05',
          'dyad actors KCNA --json',
          'dyad actors nagashima --db news.db',
        ],
      ),
    )
    .action(async (query: string, options: ActorsOptions) => {
      const { describeKnowledge, describeLearned } = await import('../../actors/describe-knowledge.js');
      const { loadKnowledgeBase } = await import('../../actors/knowledge-base.js');
      const found = describeKnowledge(loadKnowledgeBase(), query, options.date);
      if (options.db !== undefined && !options.pg && !existsSync(options.db)) {
        process.stderr.write(
          `dyad actors: no store at ${options.db} (create one with \`dyad ingest --db ${options.db}\`)\n`,
        );
        process.exitCode = 2;
        return;
      }
      if (options.db !== undefined || options.pg !== undefined) {
        const where = { db: options.db ?? 'dyad.db', ...(options.pg ? { pg: options.pg } : {}) };
        found.push(...describeLearned(await withStore(where, (store) => store.learnedActors()), query));
      }
      print(found, query, options.json);
    });
}

function print(found: readonly KnownActor[], query: string, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(found.map((a) => JSON.stringify(a) + '\n').join(''));
    return;
  }
  if (found.length === 0) {
    process.stderr.write(`dyad actors: nothing known matches "${query}"\n`);
    process.exitCode = 1;
    return;
  }
  const s = stylesFor(process.stdout);
  const rows = found.map((a) => {
    const row = `${s.dim(a.kind.padEnd(13))}${s.bold(a.code.padEnd(10))}${a.name.padEnd(40)}${a.detail}`;
    return a.evidence === undefined ? row : `${row}\n${' '.repeat(23)}"${a.evidence}"`;
  });
  process.stdout.write(rows.join('\n') + '\n');
}
