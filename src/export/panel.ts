import { UNIDENTIFIED } from '../actors/unidentified-agents.js';
import type { Modality } from '../model.js';
import { periodOf } from '../query/trend.js';
import type { EventFilter, LinkedEvent, Store } from '../store/store.js';

export type PanelPeriod = 'week' | 'month' | 'year';

export interface PanelOptions {
  readonly by?: PanelPeriod;
  /** Dyads to include (either order); none means every dyad in the store. */
  readonly dyads?: readonly (readonly [string, string])[];
  readonly from?: string;
  readonly to?: string;
  /** Count events dated years before their article. Default false, as the trend chart. */
  readonly history?: boolean;
  /** Count intended and planned events. Default false, as the trend chart. */
  readonly plans?: boolean;
  /** One row per unordered pair (source < target), each event once: exactly the trend chart's numbers. */
  readonly undirected?: boolean;
}

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

/** One row of the dyad–period table: a directed dyad (source → target country) in one period. */
export interface PanelRow {
  readonly source: string;
  readonly target: string;
  readonly period: string;
  /** Linked events (one real-world event counted once, however many articles report it). */
  readonly events: number;
  /** Of which mutual ("A and B met"): counted in both directions of the pair. */
  readonly mutual: number;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  readonly quadClass: readonly [number, number, number, number];
  /** Counts per CAMEO root 01..20. */
  readonly roots: readonly number[];
  /** Articles reporting these events, summed over events. */
  readonly articles: number;
}

export const periodKey = (day: string, by: PanelPeriod) => (by === 'year' ? day.slice(0, 4) : periodOf(day, by));

/**
 * The dyad–period panel political scientists model: per directed country dyad and period, linked-event
 * counts by quad class and CAMEO root, Goldstein sum and mean. Built from the same linked events, filter and
 * period of an event (its first day) as `dyadTrend`, so a dyad's two directions less its mutual events give
 * the trend chart's numbers. Events without a target, or within one country, have no dyad and are left out.
 *
 * ```ts
 * const rows = await dyadPanel(store, { by: 'month', dyads: [['KOR', 'JPN']] });
 * ```
 */
export async function dyadPanel(store: Store, options: PanelOptions = {}): Promise<PanelRow[]> {
  const by = options.by ?? 'month';
  const modality: Modality[] = options.plans ? ['asserted', 'intended', 'planned'] : ['asserted'];
  const base: EventFilter = {
    modality,
    order: 'date-asc',
    ...(options.history ? {} : { history: false }),
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  };
  const events: LinkedEvent[] = [];
  if (options.dyads === undefined || options.dyads.length === 0) {
    events.push(...(await store.linkedEvents(base, { mentions: false })));
  } else {
    const seen = new Set<number>();
    for (const dyad of options.dyads) {
      for (const e of await store.linkedEvents({ ...base, dyad }, { mentions: false })) {
        if (!seen.has(e.id)) events.push(e);
        seen.add(e.id);
      }
    }
  }
  const rows = new Map<
    string,
    { quad: number[]; roots: number[]; sum: number; events: number; mutual: number; articles: number }
  >();
  const add = (source: string, target: string, e: LinkedEvent) => {
    const key = `${source}|${target}|${periodKey(e.date.start, by)}`;
    const row = rows.get(key) ?? {
      quad: [0, 0, 0, 0],
      roots: ROOTS.map(() => 0),
      sum: 0,
      events: 0,
      mutual: 0,
      articles: 0,
    };
    row.events++;
    row.sum += e.goldstein;
    row.quad[e.quadClass - 1]! += 1;
    const root = ROOTS.indexOf(e.cameo.slice(0, 2));
    if (root >= 0) row.roots[root]! += 1;
    if (e.mutual) row.mutual++;
    row.articles += e.articles;
    rows.set(key, row);
  };
  for (const e of events) {
    if (e.target === null || e.target.country === e.source.country) continue;
    // Unnamed agents (`---`) are many actors, no side of a dyad.
    if (e.source.country === UNIDENTIFIED || e.target.country === UNIDENTIFIED) continue;
    if (options.undirected) {
      const [x, y] = [e.source.country, e.target.country].sort() as [string, string];
      add(x, y, e);
    } else {
      add(e.source.country, e.target.country, e);
      if (e.mutual) add(e.target.country, e.source.country, e);
    }
  }
  return [...rows.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([key, r]) => {
      const [source = '', target = '', period = ''] = key.split('|');
      return {
        source,
        target,
        period,
        events: r.events,
        mutual: r.mutual,
        goldsteinSum: Math.round(r.sum * 100) / 100,
        goldsteinMean: Math.round((r.sum / r.events) * 100) / 100,
        quadClass: r.quad as [number, number, number, number],
        roots: r.roots,
        articles: r.articles,
      };
    });
}

/** The panel's column names, as CSV and Parquet write them; root columns `root01`..`root20`. */
export const PANEL_COLUMNS: readonly string[] = [
  'source',
  'target',
  'period',
  'events',
  'mutual',
  'goldstein_sum',
  'goldstein_mean',
  'quad1_verbal_coop',
  'quad2_material_coop',
  'quad3_verbal_conflict',
  'quad4_material_conflict',
  ...ROOTS.map((r) => `root${r}`),
  'articles',
];

/** A row's values in the order of {@link PANEL_COLUMNS}. */
export function panelValues(r: PanelRow): (string | number)[] {
  return [
    r.source,
    r.target,
    r.period,
    r.events,
    r.mutual,
    r.goldsteinSum,
    r.goldsteinMean,
    ...r.quadClass,
    ...r.roots,
    r.articles,
  ];
}

/** The panel as CSV: one header line ({@link PANEL_COLUMNS}), one line per row. */
export function panelCsv(rows: readonly PanelRow[]): string {
  return [PANEL_COLUMNS, ...rows.map(panelValues)].map((values) => values.join(',')).join('\n') + '\n';
}
