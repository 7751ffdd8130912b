import type { Command } from 'commander';
import type { TimelineEntry } from '../../query/timeline.js';
import type { EventFilter, Store } from '../../store/store.js';
import { helpText } from '../help.js';
import { counted } from '../output.js';
import { type Styles, quadColor, stylesFor } from '../terminal.js';
import { type FilterOptions, addFilterOptions, filterFrom } from './events-command.js';
import { withStore } from './store-options.js';

/** Linked events `dyad timeline` prints when no `--limit` is given: the newest page. */
export const TIMELINE_PAGE = 100;

export interface TimelineOptions {
  readonly json?: boolean;
  /** Print newest first (the page is always the newest events, after `offset`). */
  readonly newestFirst?: boolean;
  /** Every event, streamed page by page, instead of one page. */
  readonly all?: boolean;
}

/** Where the command writes; resolves once the text is taken (so a long `--all` honours back-pressure). */
export type Write = (text: string) => Promise<void>;

function eventLines({ date, mutual, event, label }: TimelineEntry, s: Styles): string[] {
  const arrow = mutual ? '⇄' : '→';
  const flags = [
    event.modality !== 'asserted' ? event.modality : '',
    event.history ? 'history' : '',
    event.date.source === 'publication' ? 'dated by publication' : '',
    event.articles > 1 ? `${event.articles} articles` : '',
  ].filter(Boolean);
  const place = event.place ? ` in ${event.place.name}` : '';
  const lines = [
    `${s.bold(date.padEnd(10))}  ${event.source.code} ${arrow} ${event.target?.code ?? '—'}  ${quadColor(s, event.quadClass)(`${event.cameo} ${label}`)}${place}${flags.length ? `  ${s.yellow(`[${flags.join(', ')}]`)}` : ''}`,
  ];
  const seen = new Set<string>();
  for (const m of event.mentions) {
    const key = `${m.article}/${m.sentence}/${m.triggerSpan.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`            “${m.evidence.text.replace(/\s+/g, ' ')}”`);
    lines.push(s.dim(`            ${m.article}, sentence ${m.sentence + 1}, trigger “${m.trigger}”, rule ${m.rule}`));
  }
  return lines;
}

async function render(entries: readonly TimelineEntry[], json: boolean): Promise<string> {
  const { timelineJson } = await import('../../query/timeline.js');
  const s = stylesFor(process.stdout);
  return entries.map((e) => (json ? JSON.stringify(timelineJson(e.event)) : eventLines(e, s).join('\n'))).join('\n');
}

/**
 * What `dyad timeline A B` prints. By default one page: the newest `limit` (100) linked events after the
 * `offset` newest, in date order (oldest of the page first, `newestFirst` to reverse), so a dyad of any
 * length answers at once and `--offset` pages back in time. `all` streams every event instead, page by
 * page from the index, oldest first (or newest first).
 */
export async function printTimeline(
  store: Store,
  pair: readonly [string, string],
  filter: EventFilter,
  options: TimelineOptions,
  write: Write,
): Promise<void> {
  const { dyadTimeline, dyadTimelinePages } = await import('../../query/timeline.js');
  const [a, b] = pair;
  const title = `${a}–${b} timeline`;
  if (options.all) {
    if (!options.json) await write(`${title}: every event, ${options.newestFirst ? 'newest' : 'oldest'} first\n\n`);
    const order = options.newestFirst ? 'date-desc' : 'date-asc';
    for await (const page of dyadTimelinePages(store, a, b, { ...filter, order }))
      await write((await render(page, options.json === true)) + '\n');
    return;
  }
  const limit = filter.limit ?? TIMELINE_PAGE;
  const offset = filter.offset ?? 0;
  const newest = await dyadTimeline(store, a, b, { ...filter, order: 'date-desc', limit, offset });
  const entries = options.newestFirst ? newest : [...newest].reverse();
  if (options.json) {
    if (entries.length > 0) await write((await render(entries, true)) + '\n');
    return;
  }
  const articles = new Set(entries.flatMap((e) => e.event.mentions.map((m) => m.article))).size;
  const skipped = offset > 0 ? ` before the newest ${offset}` : '';
  const more =
    entries.length === limit && limit > 0 ? `; older events: --offset ${offset + limit}, every event: --all` : '';
  const head = `${title}: ${entries.length === limit && limit > 0 ? 'the newest ' : ''}${counted(entries.length, 'event')}${skipped} from ${counted(articles, 'article')}${more}`;
  await write([head, '', ...(entries.length ? [await render(entries, false)] : [])].join('\n') + '\n');
}

/** Writes to stdout, waiting for it to drain when its buffer is full. */
const stdout: Write = (text) =>
  new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', () => resolve())));

export function registerTimeline(program: Command): void {
  addFilterOptions(
    program
      .command('timeline')
      .description(
        `print the real-world events between two actors, each with the articles and sentences reporting it: the newest ${TIMELINE_PAGE} (--limit), in date order`,
      )
      .argument('<a>', 'first actor (country like KOR, or code like KORGOV)')
      .argument('<b>', 'second actor'),
  )
    .option('--json', 'print JSON Lines (one linked event a line) instead of text')
    .option('--newest-first', 'newest events first')
    .option('--offset <n>', 'skip the n newest events (the next page back in time)')
    .option('--all', 'every event, oldest first, streamed (instead of the newest page)')
    .addHelpText(
      'after',
      helpText(
        [],
        [
          'dyad timeline KOR JPN',
          'dyad timeline KOR JPN --offset 100',
          'dyad timeline KOR PRK --from 2025-01 --no-history --all',
          'dyad timeline KOR JPN --json --newest-first --limit 20',
        ],
      ),
    )
    .action(async (a: string, b: string, options: FilterOptions & TimelineOptions & { offset?: string }) => {
      if (options.all && (options.limit !== undefined || options.offset !== undefined))
        program.error('dyad timeline: --all prints every event; leave out --limit and --offset');
      const filter: EventFilter = {
        ...filterFrom(options, program),
        ...(options.offset !== undefined ? { offset: Number(options.offset) } : {}),
      };
      await withStore(options, (store) =>
        printTimeline(store, [a.toUpperCase(), b.toUpperCase()], filter, options, stdout),
      );
    });
}
