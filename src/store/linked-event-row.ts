import type { LinkedEventRecord } from '../link/linked-event-record.js';
import type { Modality } from '../model.js';
import type { LinkedEvent, StoredEvent } from './store.js';

/** Rebuilds a linked event from its row and its mentions (numbers coerced: PostgreSQL may hand over strings). */
export function linkedEventFrom(row: LinkedEventRecord, mentions: readonly StoredEvent[]): LinkedEvent {
  return {
    id: Number(row.id),
    cameo: row.cameo,
    plover: row.plover,
    goldstein: Number(row.goldstein),
    quadClass: Number(row.quad_class) as LinkedEvent['quadClass'],
    modality: row.modality as Modality,
    mutual: Number(row.mutual) === 1,
    history: Number(row.history) === 1,
    source: { name: row.source_name, code: row.source_code, country: row.source_country },
    target:
      row.target_code === null
        ? null
        : { name: row.target_name ?? '', code: row.target_code, country: row.target_country ?? '' },
    date: {
      value: row.date_value,
      granularity: row.date_granularity,
      source: row.date_source,
      start: row.date_start,
      end: row.date_end,
    },
    place: row.place_name === null ? null : { name: row.place_name, country: row.place_country ?? '' },
    articles: Number(row.article_count),
    mentionCount: Number(row.mention_count),
    mentions,
  };
}
