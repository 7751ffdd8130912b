import { cameoCode } from '../events/cameo-table.js';
import type { LinkedEvent, StoredEvent } from '../store/store.js';
import type { ArticleSummary } from './catalog.js';

/** A mention as the API shows it under its linked event: where in which article, to highlight it. */
export interface MentionView {
  readonly id: number;
  readonly article: string;
  readonly title: string | null;
  readonly published: string;
  readonly sentence: number;
  readonly evidence: { readonly text: string; readonly start: number; readonly end: number };
  readonly trigger: { readonly text: string; readonly start: number; readonly end: number };
  readonly cameo: string;
  readonly modality: string;
  readonly date: string;
  readonly rule: string;
}

const label = (cameo: string) => {
  try {
    return cameoCode(cameo).name ?? cameo;
  } catch {
    return cameo;
  }
};

/**
 * A linked event as the API returns it: its code with the code's name, and its mentions, one per article
 * sentence and trigger (a mutual event stores each mention twice, once per direction).
 */
export function linkedEventView(event: LinkedEvent, titles: ReadonlyMap<string, ArticleSummary> = new Map()) {
  const seen = new Set<string>();
  const mentions: MentionView[] = [];
  for (const m of event.mentions) {
    const key = `${m.article}/${m.sentence}/${m.triggerSpan.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({
      id: m.id,
      article: m.article,
      title: titles.get(m.article)?.title ?? null,
      published: m.published,
      sentence: m.sentence,
      evidence: m.evidence,
      trigger: { text: m.trigger, start: m.triggerSpan.start, end: m.triggerSpan.end },
      cameo: m.cameo,
      modality: m.modality,
      date: m.date.value,
      rule: m.rule,
    });
  }
  const { mentions: _all, ...rest } = event;
  return { ...rest, label: label(event.cameo), mentions };
}

/** An event mention as the API returns it: the stored event with its code's name. */
export function mentionView(event: StoredEvent) {
  return { ...event, label: label(event.cameo) };
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly goldsteinMean: number;
  readonly cooperation: number;
  readonly conflict: number;
}

/**
 * Who interacts with whom: countries as nodes, and an edge per unordered country pair with its linked-event
 * count, mean Goldstein score and cooperation/conflict counts (quad classes 1–2 and 3–4); the `maxEdges`
 * busiest edges, and the nodes they touch.
 */
export function networkView(events: readonly LinkedEvent[], maxEdges: number) {
  const edges = new Map<string, { events: number; sum: number; cooperation: number; conflict: number }>();
  for (const e of events) {
    if (e.target === null || e.target.country === e.source.country) continue;
    const [x, y] = [e.source.country, e.target.country].sort() as [string, string];
    const key = `${x}|${y}`;
    const edge = edges.get(key) ?? { events: 0, sum: 0, cooperation: 0, conflict: 0 };
    edge.events++;
    edge.sum += e.goldstein;
    if (e.quadClass <= 2) edge.cooperation++;
    else edge.conflict++;
    edges.set(key, edge);
  }
  const top: NetworkEdge[] = [...edges.entries()]
    .sort(([ka, a], [kb, b]) => b.events - a.events || ka.localeCompare(kb))
    .slice(0, maxEdges)
    .map(([key, e]) => {
      const [source = '', target = ''] = key.split('|');
      return {
        source,
        target,
        events: e.events,
        goldsteinMean: Math.round((e.sum / e.events) * 100) / 100,
        cooperation: e.cooperation,
        conflict: e.conflict,
      };
    });
  const degree = new Map<string, number>();
  for (const e of top) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.events);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.events);
  }
  const nodes = [...degree.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([id, events]) => ({ id, events }));
  return { nodes, edges: top };
}

export interface PlaceView {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** Linked events that took place here (a mention without a linked event counts on its own). */
  readonly events: number;
  readonly linkedEvents: readonly number[];
}

/** Where events happened: mentions with coordinates grouped by place, each linked event counted once. */
export function placesView(mentions: readonly StoredEvent[]): PlaceView[] {
  const places = new Map<string, { name: string; country: string; lat: number; lon: number; ids: Set<string> }>();
  for (const m of mentions) {
    if (m.place?.lat === undefined || m.place.lon === undefined) continue;
    const key = `${m.place.country}|${m.place.name}`;
    const place = places.get(key) ?? { ...m.place, lat: m.place.lat, lon: m.place.lon, ids: new Set<string>() };
    place.ids.add(m.linkedEvent === undefined ? `m${m.id}` : `l${m.linkedEvent}`);
    places.set(key, place);
  }
  return [...places.values()]
    .map((p) => ({
      name: p.name,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      events: p.ids.size,
      linkedEvents: [...p.ids].filter((id) => id.startsWith('l')).map((id) => Number(id.slice(1))),
    }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}
