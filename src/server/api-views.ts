import { cameoCode } from '../events/cameo-table.js';
import type { LinkedEvent, NetworkEdge, StoredEvent } from '../store/store.js';
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

/**
 * Who interacts with whom: the busiest country pairs as edges (see `Store.network`), and the countries
 * they touch as nodes, each with its number of linked events over those edges.
 */
export function networkView(edges: readonly NetworkEdge[]) {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.events);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.events);
  }
  const nodes = [...degree.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([id, events]) => ({ id, events }));
  return { nodes, edges };
}
