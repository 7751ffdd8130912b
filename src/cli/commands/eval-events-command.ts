import { type Command, InvalidArgumentError, Option } from 'commander';
import type { EventRecordFormat } from '../../eval/event-records.js';
import type { EventScore, Prf, RecordErrors } from '../../eval/event-scorer.js';
import { helpText } from '../help.js';

interface EvalEventsOptions {
  records: string;
  format?: EventRecordFormat;
  json?: boolean;
  errors?: number;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, like 20');
  return n;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The one JSON object `dyad eval events --json` prints; a level the gold does not code is `null`. */
export function scoreJson(score: EventScore): Record<string, number | null> {
  const level = (name: string, p: Prf | null): Record<string, number | null> => ({
    [`${name}Precision`]: p ? round(p.precision) : null,
    [`${name}Recall`]: p ? round(p.recall) : null,
    [`${name}F1`]: p ? round(p.f1) : null,
  });
  return {
    records: score.records,
    ...level('root', score.root),
    ...level('code', score.code),
    ...(score.plover ? level('plover', score.plover) : {}),
    // The share of records whose PLOVER type we code with the right source and target.
    ...(score.ploverShare ? { ploverAccuracy: round(score.ploverShare.share) } : {}),
  };
}

function scoreTable(score: EventScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (label: string, p: Prf | null): string =>
    p
      ? `${label.padEnd(14)}${pct(p.precision)}${pct(p.recall)}${pct(p.f1)}   ${p.matched}/${p.system} ours, ${p.matched}/${p.gold} gold`
      : `${label.padEnd(14)}      —      —      —   (the gold gives no such codes)`;
  const lines = [
    `${score.records} records`,
    '',
    `${''.padEnd(14)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`,
    row('CAMEO root', score.root),
    row('CAMEO code', score.code),
  ];
  if (score.plover) lines.push(row('PLOVER type', score.plover));
  if (score.ploverShare) {
    const s = score.ploverShare;
    lines.push(
      '',
      `PLOVER share: ${pct(s.share).trim()} (${s.hits}/${s.records} records: type, source and target right)`,
    );
  }
  return lines.join('\n');
}

function errorLines(e: RecordErrors): string {
  const dyad = (s: string | null, t: string | null): string => `${s ?? '—'} → ${t ?? '—'}`;
  return [
    `${e.id}: ${e.text}`,
    ...e.missed.map(
      (m) => `  missed   ${dyad(m.source, m.target)}  ${m.code}${m.gold.eventText ? `  '${m.gold.eventText}'` : ''}`,
    ),
    ...e.spurious.map(
      (s) => `  spurious ${dyad(s.source, s.target)}  ${s.code}  '${s.event.trigger}'  (${s.event.rule})`,
    ),
    `  actors   ${e.actors.map((a) => `${a.text}=${a.code}`).join(', ') || 'none recognized'}`,
  ].join('\n');
}

/**
 * Adds `events` to the `eval` command: scores dyad's event coding against PETRARCH validation records or
 * PLOVER gold records.
 *
 * ```ts
 * const evalCommand = program.command('eval').description('score dyad against gold data');
 * registerEvalEvents(evalCommand);
 * ```
 */
export function registerEvalEvents(evalCommand: Command): void {
  evalCommand
    .command('events')
    .description(
      'score coded events against gold records: precision, recall and F1 of (source country, target country, code) triples',
    )
    .requiredOption('--records <file>', 'gold records: PETRARCH validation XML or PLOVER JSON')
    .addOption(
      new Option('--format <format>', 'the gold format (default: from the extension or content)').choices([
        'petrarch',
        'plover',
      ]),
    )
    .option('--json', 'print one JSON object instead of a table')
    .option(
      '--errors <n>',
      'print the errors of N records (missed and spurious triples, with the sentence) to stderr',
      count,
    )
    .addHelpText(
      'after',
      helpText(
        [],
        [
          'dyad eval events --records ../shared/eval/petrarch/PETR2_GSR_validation.xml',
          'dyad eval events --records ../shared/eval/plover/PLOVER_GSR_CAMEO.txt --format plover --json --errors 20',
        ],
      ),
    )
    .action(async (options: EvalEventsOptions) => {
      const { EventRecordsError, readEventRecords } = await import('../../eval/event-records.js');
      const { scoreEvents } = await import('../../eval/event-scorer.js');
      const sample = options.errors ?? 0;
      let records: ReturnType<typeof readEventRecords>;
      try {
        records = readEventRecords(options.records, options.format);
      } catch (error) {
        if (error instanceof EventRecordsError) evalCommand.error(`dyad eval events: ${error.message}`);
        throw error;
      }
      if (records.length === 0) evalCommand.error(`dyad eval events: no records with a text in ${options.records}`);
      const score = scoreEvents(records);
      process.stdout.write((options.json ? JSON.stringify(scoreJson(score)) : scoreTable(score)) + '\n');
      if (score.failures.length)
        process.stderr.write(
          `dyad eval events: the pipeline failed on ${score.failures.length} records (scored as coding nothing): ${score.failures
            .map((f) => `${f.id} (${f.message})`)
            .join('; ')}\n`,
        );
      if (sample > 0) {
        const shown = score.errors.slice(0, sample);
        process.stderr.write(
          `\n${shown.length} of ${score.errors.length} records with errors:\n\n${shown.map(errorLines).join('\n\n')}\n`,
        );
      }
    });
}
