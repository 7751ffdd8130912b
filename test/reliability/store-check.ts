// What "the store is consistent" means after crashes, as SQL both engines answer the same way.
import Database from 'better-sqlite3';
import pg from 'pg';

/** Runs one statement that reads and returns its rows. */
export type Query = (statement: string) => Promise<Record<string, unknown>[]>;

export function sqliteQuery(file: string): Query {
  return async (statement) => {
    // Read-write, so the first look after a crash may replay the write-ahead log as SQLite does.
    const db = new Database(file, { fileMustExist: true });
    try {
      return db.prepare(statement).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  };
}

export function postgresQuery(url: string): Query {
  return async (statement) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(statement)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
}

const count = async (query: Query, statement: string) => Number(Object.values((await query(statement))[0]!)[0]);

/** What a consistency check found; every list is empty and every count zero in a sound store. */
export interface StoreReport {
  /** Ids expected but not stored, and ids stored more than once. */
  readonly missing: string[];
  readonly duplicated: string[];
  readonly articles: number;
  readonly events: number;
  /** Derived rows whose article is gone. */
  readonly orphans: number;
  /** Event mentions pointing at a linked event that does not exist. */
  readonly danglingLinks: number;
  /** Linked events whose stored mention or article counts differ from their mentions, or with none. */
  readonly badLinkedEvents: number;
}

/**
 * Checks a store against the article ids that were fed to it: each present exactly once, no derived row
 * without its article, and linked events whose counts match the mentions that point at them.
 */
export async function checkStore(query: Query, expectedIds: readonly string[]): Promise<StoreReport> {
  const rows = await query('SELECT article_key AS k, count(*) AS n FROM articles GROUP BY article_key');
  const stored = new Map(rows.map((r) => [String(r['k']), Number(r['n'])]));
  const orphans =
    (await count(
      query,
      'SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)',
    )) +
    (await count(
      query,
      'SELECT count(*) FROM timexes t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)',
    )) +
    (await count(
      query,
      'SELECT count(*) FROM actor_mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)',
    ));
  const danglingLinks = await count(
    query,
    `SELECT count(*) FROM event_links k
       WHERE NOT EXISTS (SELECT 1 FROM linked_events l WHERE l.id = k.linked_event_id)
          OR NOT EXISTS (SELECT 1 FROM events e WHERE e.id = k.event_id)`,
  );
  const badLinkedEvents = await count(
    query,
    `SELECT count(*) FROM linked_events l LEFT JOIN (
       SELECT k.linked_event_id AS id, count(*) AS mentions, count(DISTINCT e.article_id) AS articles
       FROM event_links k JOIN events e ON e.id = k.event_id GROUP BY k.linked_event_id) m ON m.id = l.id
     WHERE m.id IS NULL OR m.mentions <> l.mention_count OR m.articles <> l.article_count`,
  );
  return {
    missing: expectedIds.filter((id) => !stored.has(id)),
    duplicated: [...stored].filter(([, n]) => n > 1).map(([id]) => id),
    articles: await count(query, 'SELECT count(*) FROM articles'),
    events: await count(query, 'SELECT count(*) FROM events'),
    orphans,
    danglingLinks,
    badLinkedEvents,
  };
}

/** Events per article id, to compare a crashed-and-resumed store with one ingested in a single run. */
export async function eventsPerArticle(query: Query): Promise<Record<string, number>> {
  const rows = await query(
    `SELECT a.article_key AS k, count(e.id) AS n FROM articles a LEFT JOIN events e ON e.article_id = a.id
     GROUP BY a.article_key`,
  );
  return Object.fromEntries(rows.map((r) => [String(r['k']), Number(r['n'])]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
}
