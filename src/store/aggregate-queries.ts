import { sql } from 'kysely';
import type { Db } from './dialect.js';
import { LINKED, MENTIONS, allOf, filterConditions } from './event-query.js';
import type { EventFilter, NetworkEdge, PlaceCount } from './store.js';

/** How many linked-event ids a place lists: enough to open its latest events, bounded however busy it is. */
export const PLACE_EVENT_IDS = 50;

/**
 * Country pairs and their linked events, counted by the database (one grouped pass over the filter's
 * index range, whatever the store's size): the `maxEdges` busiest unordered pairs of two different
 * countries, with mean Goldstein score and cooperation (quad classes 1–2) / conflict (3–4) counts.
 */
export async function networkEdges(db: Db, filter: EventFilter, maxEdges: number): Promise<NetworkEdge[]> {
  // A one-sided event has pair_a = '' (no target country); a country acting on itself is no edge; nor are
  // unidentified agents (`---`, which sorts first), who are many different actors and no node of the network.
  const conditions = [
    ...filterConditions(filter, LINKED),
    sql<boolean>`l.pair_a <> '' AND l.pair_a <> '---' AND l.pair_a <> l.pair_b`,
  ];
  const { rows } = await sql<{
    a: string;
    b: string;
    n: number | string;
    total: number | string;
    cooperation: number | string;
  }>`
    SELECT l.pair_a AS a, l.pair_b AS b, count(*) AS n, sum(l.goldstein) AS total,
           sum(CASE WHEN l.quad_class <= 2 THEN 1 ELSE 0 END) AS cooperation
    FROM linked_events l WHERE ${allOf(conditions)}
    GROUP BY l.pair_a, l.pair_b ORDER BY n DESC, a, b LIMIT ${maxEdges}`.execute(db);
  // PostgreSQL's count and sum of integers are bigints, which the driver hands over as strings.
  return rows.map((r) => {
    const events = Number(r.n);
    const cooperation = Number(r.cooperation);
    return {
      source: r.a,
      target: r.b,
      events,
      goldsteinMean: Math.round((Number(r.total) / events) * 100) / 100,
      cooperation,
      conflict: events - cooperation,
    };
  });
}

/**
 * Where event mentions with coordinates took place, grouped by place: each place's count of real-world
 * events (a linked event once, however many mentions; a mention without one on its own), busiest first,
 * with the ids of its newest `PLACE_EVENT_IDS` linked events.
 */
export async function placeCounts(db: Db, filter: EventFilter): Promise<PlaceCount[]> {
  const conditions = [
    ...filterConditions(filter, MENTIONS),
    sql<boolean>`e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL`,
  ];
  const mentions = sql`events e INNER JOIN articles a ON a.id = e.article_id
    LEFT JOIN event_links l ON l.event_id = e.id WHERE ${allOf(conditions)}`;
  const { rows } = await sql<{ country: string; name: string; lat: number; lon: number; n: number | string }>`
    SELECT e.place_country AS country, e.place_name AS name, min(e.place_lat) AS lat, min(e.place_lon) AS lon,
           count(DISTINCT coalesce(l.linked_event_id, -e.id)) AS n
    FROM ${mentions}
    GROUP BY e.place_country, e.place_name ORDER BY n DESC, name, country`.execute(db);
  const { rows: ids } = await sql<{ country: string; name: string; id: number }>`
    SELECT country, name, id FROM (
      SELECT country, name, id, row_number() OVER (PARTITION BY country, name ORDER BY id DESC) AS k
      FROM (SELECT DISTINCT e.place_country AS country, e.place_name AS name, l.linked_event_id AS id
            FROM ${mentions} AND l.linked_event_id IS NOT NULL) AS placed
    ) AS ranked WHERE k <= ${PLACE_EVENT_IDS} ORDER BY country, name, id DESC`.execute(db);
  const byPlace = new Map<string, number[]>();
  for (const r of ids) {
    const key = `${r.country}|${r.name}`;
    const list = byPlace.get(key) ?? [];
    list.push(Number(r.id));
    byPlace.set(key, list);
  }
  return rows.map((r) => ({
    name: r.name,
    country: r.country ?? '',
    lat: Number(r.lat),
    lon: Number(r.lon),
    events: Number(r.n),
    linkedEvents: byPlace.get(`${r.country}|${r.name}`) ?? [],
  }));
}
