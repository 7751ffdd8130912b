import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { ActorErrors, ActorPrf, ActorScore } from '../../eval/actor-scorer.js';
import { helpText } from '../help.js';

interface EvalActorsOptions {
  gold: string;
  corpus: string;
  json?: boolean;
  errors?: boolean;
}

// The gold ships with the repository's tests and points into its example corpus.
const REPO = new URL('../../../', import.meta.url);
const DEFAULT_GOLD = fileURLToPath(new URL('test/fixtures/actors-gold.jsonl', REPO));
const DEFAULT_CORPUS = fileURLToPath(new URL('examples/public-domain.jsonl', REPO));

const round = (x: number): number => Math.round(x * 1000) / 1000;

function table(score: ActorScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (label: string, p: ActorPrf): string =>
    `${label.padEnd(26)}${pct(p.precision)}${pct(p.recall)}${pct(p.f1)}   ${p.matched}/${p.system} ours, ${p.matched}/${p.gold} gold`;
  return [
    `${score.sentences} sentences`,
    '',
    `${''.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`,
    row('mention, country, role', score.labelled),
    row('mention only', score.mentions),
  ].join('\n');
}

function errorLines(e: ActorErrors): string {
  const show = (a: { text: string; country: string; role: string }): string => `"${a.text}" ${a.country}${a.role}`;
  return [
    `${e.id}…`,
    ...e.missed.map((a) => `  missed   ${show(a)}`),
    ...e.spurious.map((a) => `  spurious ${show(a)}`),
  ].join('\n');
}

/**
 * Adds `actors` to the `eval` command: precision, recall and F1 of (mention, country, role) over the
 * hand-coded sentences of `test/fixtures/actors-gold.jsonl`.
 *
 * ```ts
 * const evalCommand = program.command('eval');
 * registerEvalActors(evalCommand); // dyad eval actors --json → {"precision":…,"recall":…,"f1":…}
 * ```
 */
export function registerEvalActors(evalCommand: Command): void {
  evalCommand
    .command('actors')
    .description('score actor recognition against hand-coded sentences: (mention, country, role)')
    .option('--gold <file>', 'gold sentences (JSON Lines)', DEFAULT_GOLD)
    .option('--corpus <file>', 'the JSON Lines articles the gold points into', DEFAULT_CORPUS)
    .option('--json', 'print one JSON object {"precision","recall","f1"} instead of a table')
    .option('--errors', 'print every missed and spurious actor to stderr')
    .addHelpText('after', helpText([], ['dyad eval actors', 'dyad eval actors --json', 'dyad eval actors --errors']))
    .action(async (options: EvalActorsOptions) => {
      const { ActorGoldError, actorSentences, readActorGold } = await import('../../eval/actor-gold.js');
      const { scoreActors } = await import('../../eval/actor-scorer.js');
      let result: ReturnType<typeof scoreActors>;
      try {
        result = scoreActors(actorSentences(readActorGold(options.gold), options.corpus));
      } catch (error) {
        if (error instanceof ActorGoldError || (error as NodeJS.ErrnoException).code === 'ENOENT')
          evalCommand.error(`dyad eval actors: ${(error as Error).message}`);
        throw error;
      }
      const { score, errors } = result;
      const l = score.labelled;
      const json = {
        precision: round(l.precision),
        recall: round(l.recall),
        f1: round(l.f1),
        sentences: score.sentences,
        gold: l.gold,
        system: l.system,
        matched: l.matched,
        mentionF1: round(score.mentions.f1),
      };
      process.stdout.write((options.json ? JSON.stringify(json) : table(score)) + '\n');
      if (options.errors) process.stderr.write(`\n${errors.map(errorLines).join('\n')}\n`);
    });
}
