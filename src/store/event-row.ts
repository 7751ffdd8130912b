import type { CodedEvent, EventActor, EventDate, EventPlace, Granularity, Modality } from '../model.js';
import type { StoredEvent } from './store.js';
import { timemlInterval } from '../time/timeml-interval.js';

/** The columns of one `events` row, as inserted and read back. */
export interface EventRow {
  readonly sentence: number;
  readonly source_code: string;
  readonly source_country: string;
  readonly source_name: string;
  readonly target_code: string | null;
  readonly target_country: string | null;
  readonly target_name: string | null;
  readonly cameo: string;
  readonly root: string;
  readonly plover: string;
  readonly goldstein: number;
  readonly quad_class: number;
  readonly modality: string;
  readonly date_value: string;
  readonly date_end_value: string | null;
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly date_granularity: string;
  readonly date_text: string | null;
  readonly date_source: string;
  readonly date_via: string;
  readonly history: number;
  readonly place_name: string | null;
  readonly place_country: string | null;
  readonly place_lat: number | null;
  readonly place_lon: number | null;
  readonly evidence: string;
  readonly evidence_start: number;
  readonly evidence_end: number;
  readonly trigger_text: string;
  readonly trigger_start: number;
  readonly trigger_end: number;
  readonly rule: string;
  readonly confidence: number;
}

/** An `events` row joined with its article's key and publication date, as `events()` selects it. */
export interface EventRowWithArticle extends EventRow {
  readonly id: number;
  readonly linked_event_id: number | null;
  readonly article_key: string;
  readonly published: string;
}

/** The names of the `events` columns that `EventRow` binds, in table order. */
export const EVENT_COLUMNS = [
  'sentence',
  'source_code',
  'source_country',
  'source_name',
  'target_code',
  'target_country',
  'target_name',
  'cameo',
  'root',
  'plover',
  'goldstein',
  'quad_class',
  'modality',
  'date_value',
  'date_end_value',
  'date_start',
  'date_end',
  'date_granularity',
  'date_text',
  'date_source',
  'date_via',
  'history',
  'place_name',
  'place_country',
  'place_lat',
  'place_lon',
  'evidence',
  'evidence_start',
  'evidence_end',
  'trigger_text',
  'trigger_start',
  'trigger_end',
  'rule',
  'confidence',
] as const satisfies readonly (keyof EventRow)[];

/**
 * Flattens a coded event into its row. The covered days (`date_start`..`date_end`) come from the TimeML
 * value (and its `end`, for ranges); they are null for values that are no calendar date (`PAST_REF`).
 *
 * ```ts
 * await db.insertInto('events').values({ article_id: 1, ...toEventRow(event) }).execute();
 * ```
 */
export function toEventRow(event: CodedEvent): EventRow {
  const interval = timemlInterval(event.date.value, event.date.end);
  return {
    sentence: event.sentence,
    source_code: event.source.code,
    source_country: event.source.country,
    source_name: event.source.name,
    target_code: event.target?.code ?? null,
    target_country: event.target?.country ?? null,
    target_name: event.target?.name ?? null,
    cameo: event.cameo,
    root: event.cameo.slice(0, 2),
    plover: event.plover,
    goldstein: event.goldstein,
    quad_class: event.quadClass,
    modality: event.modality,
    date_value: event.date.value,
    date_end_value: event.date.end ?? null,
    date_start: interval?.start ?? null,
    date_end: interval?.end ?? null,
    date_granularity: event.date.granularity,
    date_text: event.date.text,
    date_source: event.date.source,
    date_via: event.date.via,
    history: event.history ? 1 : 0,
    place_name: event.place?.name ?? null,
    place_country: event.place?.country ?? null,
    place_lat: event.place?.lat ?? null,
    place_lon: event.place?.lon ?? null,
    evidence: event.evidence.text,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    trigger_text: event.trigger,
    trigger_start: event.triggerSpan.start,
    trigger_end: event.triggerSpan.end,
    rule: event.rule,
    confidence: event.confidence,
  };
}

/**
 * Rebuilds the stored event from its row: the `CodedEvent` shape with the row id, optional fields left out
 * rather than set to `undefined`.
 */
export function fromEventRow(row: EventRowWithArticle): StoredEvent {
  const target: EventActor | null =
    row.target_code === null
      ? null
      : { name: row.target_name ?? '', code: row.target_code, country: row.target_country ?? '' };
  const date: EventDate = {
    value: row.date_value,
    granularity: row.date_granularity as Granularity,
    text: row.date_text,
    source: row.date_source as EventDate['source'],
    via: row.date_via as EventDate['via'],
    ...(row.date_end_value === null ? {} : { end: row.date_end_value }),
  };
  const place: EventPlace | null =
    row.place_name === null
      ? null
      : {
          name: row.place_name,
          country: row.place_country ?? '',
          ...(row.place_lat === null ? {} : { lat: row.place_lat }),
          ...(row.place_lon === null ? {} : { lon: row.place_lon }),
        };
  return {
    id: row.id,
    ...(row.linked_event_id === null ? {} : { linkedEvent: row.linked_event_id }),
    article: row.article_key,
    published: row.published,
    source: { name: row.source_name, code: row.source_code, country: row.source_country },
    target,
    cameo: row.cameo,
    plover: row.plover,
    goldstein: row.goldstein,
    quadClass: row.quad_class as StoredEvent['quadClass'],
    modality: row.modality as Modality,
    date,
    history: row.history === 1,
    place,
    sentence: row.sentence,
    evidence: { text: row.evidence, start: row.evidence_start, end: row.evidence_end },
    trigger: row.trigger_text,
    triggerSpan: { start: row.trigger_start, end: row.trigger_end },
    rule: row.rule,
    confidence: row.confidence,
  };
}
