import { type Command, InvalidArgumentError } from 'commander';
import type { CorpusScore } from '../../eval/score-timeml-dir.js';
import type { ScoredTimex, TimexError, TimexErrorKind, TimexScores } from '../../eval/timex-scorer.js';
import { helpText } from '../help.js';

const COLUMNS = [
  'docs',
  'gold',
  'ours',
  'strict P',
  'strict R',
  'strict F1',
  'relax P',
  'relax R',
  'relax F1',
  'type',
  'value',
  'value F1',
] as const;

function percent(x: number): string {
  return (100 * x).toFixed(1);
}

function cells(r: TimexScores): string[] {
  return [
    String(r.documents),
    String(r.gold),
    String(r.system),
    ...[r.strictP, r.strictR, r.strictF1, r.relaxedP, r.relaxedR, r.relaxedF1].map(percent),
    ...[r.typeAccuracy, r.valueAccuracy, r.valueF1].map(percent),
  ];
}

function table(rows: readonly CorpusScore[]): string {
  const first = Math.max('corpus'.length, ...rows.map((r) => r.corpus.length));
  const widths = COLUMNS.map((c) => Math.max(c.length, 6));
  const line = (name: string, values: readonly string[]) =>
    [name.padEnd(first), ...values.map((v, i) => v.padStart(widths[i]!))].join('  ');
  return [line('corpus', COLUMNS), ...rows.map((r) => line(r.corpus, cells(r.result)))].join('\n');
}

const HEADLINE = ['strictF1', 'relaxedF1', 'typeAccuracy', 'valueAccuracy', 'valueF1'] as const;

function json(rows: readonly CorpusScore[]): string {
  const whole = rows.find((r) => r.corpus === 'all') ?? rows[0]!;
  const headline = Object.fromEntries(HEADLINE.map((k) => [k, whole.result[k]]));
  const corpora = Object.fromEntries(rows.filter((r) => r.corpus !== 'all').map((r) => [r.corpus, r.result]));
  return JSON.stringify({ ...headline, corpora });
}

function quote(t: ScoredTimex): string {
  return `'${t.text.replace(/\s+/g, ' ')}' ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`;
}

function describe(error: TimexError): string {
  switch (error.kind) {
    case 'missed':
      return `missed      gold ${quote(error.gold)}`;
    case 'spurious':
      return `spurious    ours ${quote(error.system)}`;
    default:
      return `${error.kind.padEnd(11)} gold ${quote(error.gold)}  ours ${quote(error.system)}`;
  }
}

// Taking errors kind by kind in turn shows every kind even when one (usually "missed") dominates.
function sampleErrors(rows: readonly CorpusScore[], n: number): string[] {
  const byKind = new Map<TimexErrorKind, string[]>();
  for (const row of rows) {
    if (row.corpus === 'all') continue;
    for (const doc of row.errors)
      for (const error of doc.errors) {
        const list = byKind.get(error.kind) ?? [];
        list.push(`${row.corpus}/${doc.document}  ${describe(error)}`);
        byKind.set(error.kind, list);
      }
  }
  const lists = [...byKind.values()];
  const out: string[] = [];
  for (let i = 0; out.length < n && lists.some((l) => i < l.length); i++)
    for (const list of lists) if (i < list.length && out.length < n) out.push(list[i]!);
  return out;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('give a whole number, 0 or more');
  return n;
}

/**
 * Adds `timex` to `dyad eval`: scores dyad's time tagger against a folder of TimeML gold (TempEval-3 task
 * A: strict and relaxed span P/R/F1, type and value accuracy, value F1). Prints one table row per corpus
 * (percentages), or with `--json` one JSON object with the whole set's figures (0–1) and each corpus under
 * `corpora`; `--errors N` writes N sample errors to stderr.
 *
 * ```ts
 * const evalCommand = program.command('eval').description('score dyad against gold corpora');
 * registerEvalTimex(evalCommand); // dyad eval timex --tml ../shared/eval/tempeval3 --json
 * ```
 */
export function registerEvalTimex(evalCommand: Command): void {
  evalCommand
    .command('timex')
    .description('score the time tagger against TimeML gold (TempEval-3 task A)')
    .requiredOption('--tml <dir>', 'folder of .tml files, or of corpus folders of them (TimeBank/, AQUAINT/)')
    .option('--json', 'print one JSON object (figures 0–1) instead of a table')
    .option('--errors <n>', 'print N sample errors (gold vs ours) to stderr', count, 0)
    .addHelpText(
      'after',
      helpText(
        [],
        [
          'dyad eval timex --tml ../shared/eval/tempeval3',
          'dyad eval timex --tml ../shared/eval/tempeval3/TimeBank --json --errors 40',
        ],
      ),
    )
    .action(async (options: { tml: string; json?: boolean; errors: number }) => {
      const { scoreTimemlDirectory } = await import('../../eval/score-timeml-dir.js');
      const rows = await scoreTimemlDirectory(options.tml);
      process.stdout.write((options.json ? json(rows) : table(rows)) + '\n');
      const samples = sampleErrors(rows, options.errors);
      if (samples.length) process.stderr.write(samples.join('\n') + '\n');
    });
}
