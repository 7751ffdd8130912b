import type { Generated } from 'kysely';
import type { LinkedEventRecord } from '../link/linked-event-record.js';
import type { EventRow } from './event-row.js';

/** The `articles` table: one row per distinct content (see `contentHash`). */
export interface ArticlesTable {
  id: Generated<number>;
  article_key: string;
  published: string;
  title: string | null;
  url: string | null;
  source: string | null;
  origin: string | null;
  text: string;
  content_hash: string;
  ingested_at: string;
}

/** The `events` table: one row per coded event mention. */
export interface EventsTable extends EventRow {
  id: Generated<number>;
  article_id: number;
}

/**
 * The `event_links` table: the linked event each linked event mention belongs to. Apart from `events` so
 * that a writer stores its event mentions before it takes the link lock and, under it, only these narrow
 * rows (on PostgreSQL the lock serializes every writer: see docs/scale.md).
 */
export interface EventLinksTable {
  event_id: number;
  linked_event_id: number;
}

/**
 * The `linked_events` table: one real-world event (see `LinkedEventRecord`), plus the width class of its
 * interval (`spanLevel`), which linking searches by and every write keeps in step with the dates, and the
 * revision of its last write.
 */
export interface LinkedEventsTable extends Omit<LinkedEventRecord, 'id'> {
  id: Generated<number>;
  span_level: number;
  /** The batch that last wrote the row's fields, rising in the order batches link (see `searchAhead`). */
  revision: number;
}

/** The `timexes` table: every time expression found in an article. */
export interface TimexesTable {
  id: Generated<number>;
  article_id: number;
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
}

/** The `actor_mentions` table: every actor mention, with how it was resolved (`apposition` = learned). */
export interface ActorMentionsTable {
  id: Generated<number>;
  article_id: number;
  text: string;
  start: number;
  end: number;
  code: string;
  country: string;
  name: string;
  via: string;
}

/** The `learned_actors` table: people learned from one article, recognized by full name in later ones. */
export interface LearnedActorsTable {
  id: Generated<number>;
  name_key: string;
  name: string;
  /** JSON array of other spellings. */
  aliases: string;
  surname: string;
  country: string;
  role: string | null;
  code: string;
  via: string;
  article_id: number | null;
  article_key: string;
  published: string;
  evidence: string;
  learned_at: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** The whole schema, as kysely types its queries. */
export interface DyadDatabase {
  articles: ArticlesTable;
  events: EventsTable;
  event_links: EventLinksTable;
  linked_events: LinkedEventsTable;
  timexes: TimexesTable;
  actor_mentions: ActorMentionsTable;
  learned_actors: LearnedActorsTable;
  schema_migrations: SchemaMigrationsTable;
}
