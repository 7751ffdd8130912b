import type { EventFilter, Store } from '../store/store.js';

/** Who an actor deals with, and how. */
export interface ActorProfile {
  readonly actor: string;
  readonly events: number;
  /** Counterpart countries, most events first. */
  readonly counterparts: readonly {
    readonly country: string;
    readonly events: number;
    readonly goldsteinSum: number;
    readonly cooperation: number;
    readonly conflict: number;
  }[];
  /** Linked events per month and CAMEO root. */
  readonly codesByMonth: readonly { readonly month: string; readonly root: string; readonly events: number }[];
}

/**
 * An actor's profile from linked events (one event counted once): its counterparts with event counts,
 * Goldstein sums and cooperation/conflict counts (quad classes 1–2 and 3–4), and its CAMEO roots per month.
 * `filter` narrows as everywhere (dates, modality, history...).
 *
 * ```ts
 * const profile = await actorProfile(store, 'KOR', { from: '2025' });
 * profile.counterparts[0]; // { country: 'JPN', events: 9, goldsteinSum: 25.4, cooperation: 9, conflict: 0 }
 * ```
 */
export async function actorProfile(store: Store, actor: string, filter: EventFilter = {}): Promise<ActorProfile> {
  const events = await store.linkedEvents({ ...filter, actor, order: 'date-asc' }, { mentions: false });
  const country = actor.slice(0, 3).toUpperCase();
  const counterparts = new Map<
    string,
    { events: number; goldsteinSum: number; cooperation: number; conflict: number }
  >();
  const codes = new Map<string, number>();
  for (const event of events) {
    const other = event.source.country === country ? (event.target?.country ?? '') : event.source.country;
    if (other !== '') {
      const c = counterparts.get(other) ?? { events: 0, goldsteinSum: 0, cooperation: 0, conflict: 0 };
      c.events++;
      c.goldsteinSum = Math.round((c.goldsteinSum + event.goldstein) * 100) / 100;
      if (event.quadClass <= 2) c.cooperation++;
      else c.conflict++;
      counterparts.set(other, c);
    }
    const key = `${event.date.start.slice(0, 7)}/${event.cameo.slice(0, 2)}`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  return {
    actor: actor.toUpperCase(),
    events: events.length,
    counterparts: [...counterparts.entries()]
      .map(([c, v]) => ({ country: c, ...v }))
      .sort((x, y) => y.events - x.events || (x.country < y.country ? -1 : 1)),
    codesByMonth: [...codes.entries()]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([key, n]) => {
        const [month = '', root = ''] = key.split('/');
        return { month, root, events: n };
      }),
  };
}
