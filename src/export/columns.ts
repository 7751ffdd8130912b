import type { CodedEvent } from '../model.js';
import { PANEL_COLUMNS, type PanelRow, panelValues } from './panel.js';

/** The value types a typed table holds: text, whole numbers, decimals and flags. */
export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

type Value<T extends ColumnType> = T extends 'STRING' ? string : T extends 'BOOLEAN' ? boolean : number;

/** One column of a typed table: a name, a type, and one value (or null) per row. */
export type Column = {
  [T in ColumnType]: { readonly name: string; readonly type: T; readonly data: readonly (Value<T> | null)[] };
}[ColumnType];

/** A table as columns of equal length, for columnar formats (Parquet). */
export type Columns = readonly Column[];

function column<T extends ColumnType, R>(
  rows: readonly R[],
  name: string,
  type: T,
  get: (row: R) => Value<T> | null | undefined,
): Column {
  return { name, type, data: rows.map((row) => get(row) ?? null) } as Column;
}

/**
 * Event mentions as typed columns: the CSV's columns under the same names (`place` is the country, as
 * there), then what a typed table holds cheaply: the date's precision and source, the actors' countries
 * and names, the place's name and coordinates, the sentence, rule and confidence. A missing target or
 * place is null, never an empty string.
 *
 * ```ts
 * const table = eventColumns(await store.events({ dyad: ['KOR', 'JPN'] }));
 * table.find((c) => c.name === 'goldstein'); // { type: 'DOUBLE', data: [4, -2, …] }
 * ```
 */
export function eventColumns(events: readonly CodedEvent[]): Columns {
  const c = <T extends ColumnType>(name: string, type: T, get: (e: CodedEvent) => Value<T> | null | undefined) =>
    column(events, name, type, get);
  return [
    c('article', 'STRING', (e) => e.article),
    c('published', 'STRING', (e) => e.published),
    c('date', 'STRING', (e) => e.date.value),
    c('source', 'STRING', (e) => e.source.code),
    c('target', 'STRING', (e) => e.target?.code),
    c('cameo', 'STRING', (e) => e.cameo),
    c('plover', 'STRING', (e) => e.plover),
    c('goldstein', 'DOUBLE', (e) => e.goldstein),
    c('quadClass', 'INT32', (e) => e.quadClass),
    c('modality', 'STRING', (e) => e.modality),
    c('history', 'BOOLEAN', (e) => e.history),
    c('place', 'STRING', (e) => e.place?.country),
    c('trigger', 'STRING', (e) => e.trigger),
    c('evidence', 'STRING', (e) => e.evidence.text),
    c('dateGranularity', 'STRING', (e) => e.date.granularity),
    c('dateSource', 'STRING', (e) => e.date.source),
    c('sourceCountry', 'STRING', (e) => e.source.country),
    c('sourceName', 'STRING', (e) => e.source.name),
    c('targetCountry', 'STRING', (e) => e.target?.country),
    c('targetName', 'STRING', (e) => e.target?.name),
    c('placeName', 'STRING', (e) => e.place?.name),
    c('lat', 'DOUBLE', (e) => e.place?.lat),
    c('lon', 'DOUBLE', (e) => e.place?.lon),
    c('sentence', 'INT32', (e) => e.sentence),
    c('rule', 'STRING', (e) => e.rule),
    c('confidence', 'DOUBLE', (e) => e.confidence),
  ];
}

/**
 * The dyad–period panel as typed columns, under the CSV's column names (`panelCsv`): counts as whole
 * numbers, Goldstein sum and mean as decimals.
 *
 * ```ts
 * panelColumns(await dyadPanel(store, { by: 'year' })).map((c) => c.name); // ['source', 'target', 'period', …]
 * ```
 */
export function panelColumns(rows: readonly PanelRow[]): Columns {
  const table = rows.map(panelValues);
  return PANEL_COLUMNS.map((name, i) => {
    const type: ColumnType = i < 3 ? 'STRING' : name.startsWith('goldstein') ? 'DOUBLE' : 'INT32';
    return { name, type, data: table.map((r) => r[i]!) } as Column;
  });
}
