import type { EventFilter, Store, StoredEvent } from '../store/store.js';
import { cameoCode } from '../events/cameo-table.js';

/** One line of a dyad timeline: an event, or a mutual pair of events (A→B and B→A) from one sentence. */
export interface TimelineEntry {
  readonly date: string;
  readonly mutual: boolean;
  readonly event: StoredEvent;
  readonly label: string;
}

/**
 * The events between two actors in date order, mutual pairs folded into one entry, each with the
 * CAMEO code's name.
 */
export function dyadTimeline(store: Store, a: string, b: string, filter: EventFilter = {}): TimelineEntry[] {
  const events = store.events({ ...filter, dyad: [a, b], order: 'date-asc' });
  const entries: TimelineEntry[] = [];
  const folded = new Set<number>();
  for (const event of events) {
    if (folded.has(event.id)) continue;
    const mirror = events.find(
      (o) =>
        !folded.has(o.id) &&
        o.id !== event.id &&
        o.article === event.article &&
        o.sentence === event.sentence &&
        o.rule === event.rule &&
        o.source.country === event.target?.country &&
        o.target?.country === event.source.country,
    );
    if (mirror) folded.add(mirror.id);
    entries.push({
      date: event.date.value,
      mutual: Boolean(mirror),
      event,
      label: cameoCode(event.cameo).name ?? event.cameo,
    });
  }
  return entries;
}
