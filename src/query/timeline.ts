import { cameoCode } from '../events/cameo-table.js';
import type { EventFilter, LinkedEvent, Store } from '../store/store.js';

/** One line of a dyad timeline: a linked event (one real-world event, however many articles report it). */
export interface TimelineEntry {
  readonly date: string;
  readonly mutual: boolean;
  readonly event: LinkedEvent;
  /** The CAMEO code's name. */
  readonly label: string;
}

/**
 * The linked events between two actors (countries or actor codes, either direction), by date: oldest first
 * unless `order: 'date-desc'`, with every filter of `EventFilter` (code or root, quad class, modality, date
 * range, place, history, limit, offset). A page (`limit`) costs the same in a dyad of any length.
 *
 * ```ts
 * const entries = await dyadTimeline(store, 'KOR', 'JPN', { from: '2025-06', history: false });
 * entries[0].event.articles; // how many articles reported it
 * ```
 */
export async function dyadTimeline(
  store: Store,
  a: string,
  b: string,
  filter: EventFilter = {},
): Promise<TimelineEntry[]> {
  return (await store.linkedEvents({ order: 'date-asc', ...filter, dyad: [a, b] })).map(entry);
}

const entry = (event: LinkedEvent): TimelineEntry => ({
  date: event.date.value,
  mutual: event.mutual,
  event,
  label: cameoCode(event.cameo).name ?? event.cameo,
});

/**
 * The same timeline, page by page (`pageSize` linked events each, with their mentions), for a dyad
 * too long to hold at once: each page is read from the index after the previous one.
 *
 * ```ts
 * for await (const page of dyadTimelinePages(store, 'KOR', 'JPN')) for (const e of page) print(e);
 * ```
 */
export async function* dyadTimelinePages(
  store: Store,
  a: string,
  b: string,
  filter: EventFilter = {},
  pageSize = 500,
): AsyncIterable<TimelineEntry[]> {
  for await (const page of store.linkedEventPages({ order: 'date-asc', ...filter, dyad: [a, b] }, { pageSize }))
    yield page.map(entry);
}

/** The JSON Lines record `dyad timeline --json` prints for a linked event; mirrored mentions count once. */
export function timelineJson(event: LinkedEvent): Record<string, unknown> {
  const seen = new Set<string>();
  const mentions = [];
  for (const m of event.mentions) {
    const key = `${m.article}/${m.sentence}/${m.triggerSpan.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({
      article: m.article,
      published: m.published,
      evidence: m.evidence.text,
      trigger: m.trigger,
      cameo: m.cameo,
      date: m.date.value,
      rule: m.rule,
    });
  }
  return {
    id: event.id,
    cameo: event.cameo,
    plover: event.plover,
    goldstein: event.goldstein,
    quadClass: event.quadClass,
    modality: event.modality,
    mutual: event.mutual,
    history: event.history,
    source: event.source,
    target: event.target,
    date: {
      value: event.date.value,
      granularity: event.date.granularity,
      start: event.date.start,
      end: event.date.end,
    },
    place: event.place,
    articles: event.articles,
    mentions,
  };
}
