import { type Command, InvalidArgumentError } from 'commander';
import { helpText } from '../help.js';
import { stylesFor } from '../terminal.js';

interface ActorsOptions {
  date: string;
  json?: boolean;
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a day as YYYY-MM-DD');
  return value;
}

/**
 * Adds `actors [QUERY]` to the program: lists what the knowledge base knows (countries, agencies, people
 * with their post on `--date`, international bodies, armed groups and parties) whose name, alias or code
 * contains QUERY.
 *
 * ```ts
 * registerActors(program); // dyad actors ishiba --date 2025-07-04
 * ```
 */
export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('list the actors the knowledge base knows: countries, agencies, people, bodies, groups')
    .argument('[query]', 'part of a name, alias or code (case-insensitive); everything when left out', '')
    .option('--date <day>', 'code people by their post on this day', isoDay, new Date().toISOString().slice(0, 10))
    .option('--json', 'print JSON Lines instead of a table')
    .addHelpText(
      'after',
      helpText([], ['dyad actors ishiba', 'dyad actors moon --date 2019-03-05', 'dyad actors KCNA --json']),
    )
    .action(async (query: string, options: ActorsOptions) => {
      const { describeKnowledge } = await import('../../actors/describe-knowledge.js');
      const { loadKnowledgeBase } = await import('../../actors/knowledge-base.js');
      const found = describeKnowledge(loadKnowledgeBase(), query, options.date);
      if (options.json) {
        process.stdout.write(found.map((a) => JSON.stringify(a) + '\n').join(''));
        return;
      }
      if (found.length === 0) {
        process.stderr.write(`dyad actors: nothing known matches "${query}"\n`);
        process.exitCode = 1;
        return;
      }
      const s = stylesFor(process.stdout);
      const rows = found.map(
        (a) => `${s.dim(a.kind.padEnd(13))}${s.bold(a.code.padEnd(10))}${a.name.padEnd(40)}${a.detail}`,
      );
      process.stdout.write(rows.join('\n') + '\n');
    });
}
