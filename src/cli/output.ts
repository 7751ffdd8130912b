import type { ActorMention, CodedEvent, Extraction, Issue, Timex } from '../model.js';
import { type Styles, plainStyles, quadColor } from './terminal.js';

/** The JSON object `dyad extract` prints for an event (DESIGN.md's output contract). */
export function eventJson(event: CodedEvent): Record<string, unknown> {
  const { triggerSpan: _span, ...rest } = event;
  return rest;
}

export function timexJson(article: string, t: Timex): Record<string, unknown> {
  return {
    article,
    text: t.text,
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
  };
}

export function actorJson(article: string, m: ActorMention): Record<string, unknown> {
  return {
    article,
    text: m.text,
    start: m.start,
    end: m.end,
    code: m.actor.code,
    country: m.actor.country,
    name: m.actor.name,
    via: m.via,
  };
}

export type What = 'events' | 'timex' | 'actors';

export function linesFor(x: Extraction, what: What): string[] {
  const id = x.article.id;
  if (what === 'timex') return x.timexes.map((t) => JSON.stringify(timexJson(id, t)));
  if (what === 'actors') return x.mentions.map((m) => JSON.stringify(actorJson(id, m)));
  return x.events.map((e) => JSON.stringify(eventJson(e)));
}

const CSV_COLUMNS = [
  'article',
  'published',
  'date',
  'source',
  'target',
  'cameo',
  'plover',
  'goldstein',
  'quadClass',
  'modality',
  'history',
  'place',
  'trigger',
  'evidence',
] as const;

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

export function csvRow(e: CodedEvent): string {
  const cells = [
    e.article,
    e.published,
    e.date.value,
    e.source.code,
    e.target?.code ?? '',
    e.cameo,
    e.plover,
    e.goldstein,
    e.quadClass,
    e.modality,
    e.history,
    e.place?.country ?? '',
    e.trigger,
    e.evidence.text,
  ];
  return cells.map(csvCell).join(',');
}

/** One event mention as a line of `dyad events`' table; `styles` colour the code by quad class. */
export function tableRow(e: CodedEvent, styles: Styles = plainStyles): string {
  const dyad = `${e.source.code} → ${e.target?.code ?? '—'}`;
  const modality = e.modality.padEnd(12);
  return [
    styles.bold(e.date.value.padEnd(10)),
    dyad.padEnd(18),
    quadColor(styles, e.quadClass)(e.cameo.padEnd(4)),
    e.modality === 'asserted' ? modality : styles.yellow(modality),
    e.trigger,
  ].join('  ');
}

/** One line per issue, naming the file and line, for stderr. */
export function issueLine(issue: Issue): string {
  return `dyad: ${issue.message.startsWith(issue.where) ? issue.message : `${issue.where}: ${issue.message}`}`;
}

/** "1 event", "3 events": a count with its noun (regular plurals only). */
export function counted(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : `${noun}s`}`;
}
