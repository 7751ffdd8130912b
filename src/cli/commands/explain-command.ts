import { type Command, InvalidArgumentError } from 'commander';
import type { SentenceExplanation } from '../../events/explain-sentence.js';
import type { Article } from '../../model.js';
import { issueLine } from '../output.js';
import { helpText } from '../help.js';
import { type Styles, plainStyles, stylesFor } from '../terminal.js';

interface ExplainOptions {
  sentence: number;
  article?: string;
  date?: string;
  json?: boolean;
}

function index(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a sentence number, 0 for the first');
  return n;
}

/**
 * `dyad explain FILE --sentence N`: shows, for one sentence, the tokens, actors, times, places, every
 * candidate trigger and why each was or was not coded, and the events that came out.
 */
export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show how one sentence was coded: tokens, actors, times, candidate triggers and the reasons')
    .argument('<path>', 'a file (seed format, JSON Lines, or plain text with --date)')
    .requiredOption('--sentence <n>', 'the sentence, counted from 0 (the "sentence" field of extract)', index)
    .option('--article <id>', 'which article of a JSON Lines file (default: the first)')
    .option('--date <YYYY-MM-DD>', 'publication date for a plain-text file that carries none')
    .option('--json', 'print the explanation as one JSON object')
    .addHelpText(
      'after',
      helpText(
        [],
        [
          'dyad explain examples/seeds/000_046032c9f7e7faea.txt --sentence 1',
          'dyad explain examples/public-domain.jsonl --article pd-07 --sentence 3 --json',
        ],
      ),
    )
    .action(async (path: string, options: ExplainOptions) => {
      const { readInputs } = await import('../../ingest/read-inputs.js');
      const { SentenceOutOfRangeError, explainSentence } = await import('../../events/explain-sentence.js');
      let found: Article | undefined;
      for await (const item of readInputs([path], options.date ? { date: options.date } : {})) {
        if (item.kind === 'issue') {
          process.stderr.write(stylesFor(process.stderr).yellow(issueLine(item.issue)) + '\n');
          continue;
        }
        if (options.article === undefined || item.article.id === options.article) {
          found = item.article;
          break;
        }
      }
      if (!found) {
        const which = options.article ? `no article "${options.article}"` : 'no readable article';
        program.error(`dyad explain: ${which} in ${path}`, { exitCode: 1 });
      }
      let explanation: SentenceExplanation;
      try {
        explanation = explainSentence(found, options.sentence);
      } catch (error) {
        if (error instanceof SentenceOutOfRangeError) program.error(`dyad explain: ${error.message}`, { exitCode: 1 });
        throw error;
      }
      process.stdout.write(
        options.json ? JSON.stringify(explanation) + '\n' : explanationText(explanation, stylesFor(process.stdout)),
      );
    });
}

/** The explanation as the text `dyad explain` prints; `styles` make the headings bold on a terminal. */
export function explanationText(x: SentenceExplanation, styles: Styles = plainStyles): string {
  const b = styles.bold;
  const lines = [b(`article ${x.article}, sentence ${x.sentence.index} of 0..${x.sentences - 1}`), x.sentence.text, ''];
  lines.push(
    'tokens   ' +
      x.tokens
        .map((t) => `${t.i}:${t.text}/${t.pos}${t.lemma !== t.text.toLowerCase() ? `(${t.lemma})` : ''}`)
        .join(' '),
  );
  lines.push(
    'actors   ' +
      (x.actors.map((a) => `"${a.text}" ${a.code} [${a.tokens[0]}-${a.tokens[1]}) via ${a.via}`).join('; ') || 'none'),
  );
  lines.push('times    ' + (x.times.map((t) => `"${t.text}" ${t.type} ${t.value}`).join('; ') || 'none'));
  lines.push('places   ' + (x.places.map((p) => `${p.name} (${p.country})`).join('; ') || 'none'));
  lines.push('', b('candidate triggers'));
  if (x.candidates.length === 0) lines.push('  none: no pattern matched this sentence');
  for (const c of x.candidates) {
    const code = c.codedAs ? `${c.code}→${c.codedAs}` : c.code;
    const roles =
      c.outcome === 'overlapped'
        ? ''
        : `  source ${c.sources.join(', ') || '—'}; target ${c.targets.join(', ') || '—'}`;
    const modality = c.modality ? `  ${c.modality}` : '';
    lines.push(`  ${c.outcome.padEnd(18)} ${code.padEnd(10)} "${c.trigger}" (${c.rule})${modality}`);
    lines.push(`  ${''.padEnd(18)} ${c.reason}${roles}`);
  }
  lines.push('', b('events'));
  if (x.events.length === 0) lines.push('  none');
  for (const e of x.events)
    lines.push(`  ${e.source} → ${e.target ?? '—'}  ${e.cameo} ${e.plover}  ${e.modality}  ${e.date}  (${e.rule})`);
  return lines.join('\n') + '\n';
}
