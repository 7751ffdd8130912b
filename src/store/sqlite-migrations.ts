import { spanLevelSql } from './link-window.js';
import { type Migration, statements } from './migration.js';

// The `events` table and its indexes as step 1 made them; step 6 makes them again without the link column.
const EVENTS_TABLE = `CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    source_code TEXT NOT NULL,
    source_country TEXT NOT NULL,
    source_name TEXT NOT NULL,
    target_code TEXT,
    target_country TEXT,
    target_name TEXT,
    cameo TEXT NOT NULL CHECK (length(cameo) BETWEEN 2 AND 4 AND cameo NOT GLOB '*[^0-9]*'),
    root TEXT NOT NULL,
    plover TEXT NOT NULL,
    goldstein REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    quad_class INTEGER NOT NULL CHECK (quad_class IN (1, 2, 3, 4)),
    modality TEXT NOT NULL CHECK (modality IN ('asserted', 'intended', 'planned', 'negated', 'hypothetical')),
    date_value TEXT NOT NULL,
    date_end_value TEXT,
    date_start TEXT,
    date_end TEXT,
    date_granularity TEXT NOT NULL,
    date_text TEXT,
    date_source TEXT NOT NULL CHECK (date_source IN ('text', 'publication')),
    date_via TEXT NOT NULL,
    history INTEGER NOT NULL CHECK (history IN (0, 1)),
    place_name TEXT,
    place_country TEXT,
    place_lat REAL,
    place_lon REAL,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1)
  ) STRICT`;
const EVENTS_INDEXES = [
  'CREATE INDEX events_source_target_date ON events (source_country, target_country, date_start)',
  'CREATE INDEX events_target_source_date ON events (target_country, source_country, date_start)',
  'CREATE INDEX events_source_code ON events (source_code, target_code, date_start)',
  'CREATE INDEX events_target_code ON events (target_code, source_code, date_start)',
  'CREATE INDEX events_cameo ON events (cameo)',
  'CREATE INDEX events_article ON events (article_id)',
];

// Step 1 is the schema as first released (one `exec`); it is split into statements only because kysely's
// SQLite driver prepares one statement at a time. The resulting schema is identical.
const V1 = [
  `CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,
    published TEXT NOT NULL CHECK (published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    title TEXT,
    url TEXT,
    source TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    ingested_at TEXT NOT NULL
  ) STRICT`,
  'CREATE INDEX articles_key ON articles (article_key)',
  'CREATE INDEX articles_published ON articles (published)',
  // External-content FTS5: the text is stored once, in articles; triggers keep the index in step.
  "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id')",
  `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
  END`,
  `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  END`,
  `CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
  END`,
  EVENTS_TABLE,
  ...EVENTS_INDEXES,
];

const V2 = [
  `CREATE TABLE linked_events (
    id INTEGER PRIMARY KEY,
    pair_a TEXT NOT NULL,
    pair_b TEXT NOT NULL,
    source_code TEXT NOT NULL,
    source_country TEXT NOT NULL,
    source_name TEXT NOT NULL,
    target_code TEXT,
    target_country TEXT,
    target_name TEXT,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    plover TEXT NOT NULL,
    goldstein REAL NOT NULL,
    quad_class INTEGER NOT NULL CHECK (quad_class IN (1, 2, 3, 4)),
    modality TEXT NOT NULL,
    mutual INTEGER NOT NULL CHECK (mutual IN (0, 1)),
    history INTEGER NOT NULL CHECK (history IN (0, 1)),
    date_value TEXT NOT NULL,
    date_granularity TEXT NOT NULL,
    date_source TEXT NOT NULL,
    date_start TEXT NOT NULL,
    date_end TEXT NOT NULL,
    place_name TEXT,
    place_country TEXT,
    mention_count INTEGER NOT NULL,
    article_count INTEGER NOT NULL
  ) STRICT`,
  'CREATE INDEX linked_events_pair_date ON linked_events (pair_a, pair_b, date_start)',
  'CREATE INDEX linked_events_pair_b_date ON linked_events (pair_b, date_start)',
  'CREATE INDEX linked_events_place_date ON linked_events (place_country, date_start)',
  'CREATE INDEX linked_events_date ON linked_events (date_start)',
  'ALTER TABLE events ADD COLUMN linked_event_id INTEGER REFERENCES linked_events (id) ON DELETE SET NULL',
  'CREATE INDEX events_linked ON events (linked_event_id)',
  `CREATE TABLE timexes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL
  ) STRICT`,
  'CREATE INDEX timexes_article ON timexes (article_id)',
  `CREATE TABLE actor_mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code TEXT NOT NULL,
    country TEXT NOT NULL,
    name TEXT NOT NULL,
    via TEXT NOT NULL
  ) STRICT`,
  'CREATE INDEX actor_mentions_article ON actor_mentions (article_id)',
  'CREATE INDEX actor_mentions_code ON actor_mentions (code)',
];

// People learned from appositions and titles, kept across articles: one row per name (its token keys), the
// first article to teach it keeps it. `aliases` is a JSON array of other spellings.
const V3 = [
  `CREATE TABLE learned_actors (
    id INTEGER PRIMARY KEY,
    name_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL CHECK (json_valid(aliases)),
    surname TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT,
    code TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('apposition', 'title')),
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    article_key TEXT NOT NULL,
    published TEXT NOT NULL,
    evidence TEXT NOT NULL,
    learned_at TEXT NOT NULL
  ) STRICT`,
  'CREATE INDEX learned_actors_code ON learned_actors (code)',
];

// Linking searches candidates by dyad, root, modality and width class, in a window of first days (see
// link-window.ts); the timeline reads a dyad in date order from an index that holds the whole order.
// Rows stored before this step get their width class from their dates; the default (unbounded) is never
// wrong, only slower to search.
const V4 = [
  'ALTER TABLE linked_events ADD COLUMN span_level INTEGER NOT NULL DEFAULT 9 CHECK (span_level BETWEEN 0 AND 9)',
  `UPDATE linked_events SET span_level = ${spanLevelSql('(julianday(date_end) - julianday(date_start) + 1)')}`,
  'CREATE INDEX linked_events_link_window ON linked_events (pair_a, pair_b, root, modality, span_level, date_start)',
  'CREATE INDEX linked_events_place_window ON linked_events (place_country, root, modality, span_level, date_start)',
  'DROP INDEX linked_events_pair_date',
  'CREATE INDEX linked_events_pair_date ON linked_events (pair_a, pair_b, date_start, date_end)',
];

// The link windows' indexes also hold each event's last day, so a candidate's `date_end >= start` is checked in
// the index, and PostgreSQL's planner, which weighs that condition, prefers them over the timeline's
// (pair, date) index: that one reads a dyad's whole history for the unbounded width class.
const V5 = [
  'DROP INDEX linked_events_link_window',
  'CREATE INDEX linked_events_link_window ON linked_events (pair_a, pair_b, root, modality, span_level, date_start, date_end)',
  'DROP INDEX linked_events_place_window',
  'CREATE INDEX linked_events_place_window ON linked_events (place_country, root, modality, span_level, date_start, date_end)',
];

// Each event mention's linked event moves to a narrow table of its own (see `EventLinksTable`): a writer
// stores event mentions before the link lock and only their links under it. SQLite cannot drop a column
// that a foreign key uses, so `events` is made again as step 1 made it, its rows copied with their ids.
const EVENT_FIELDS = `id, article_id, sentence, source_code, source_country, source_name, target_code, target_country,
  target_name, cameo, root, plover, goldstein, quad_class, modality, date_value, date_end_value, date_start, date_end,
  date_granularity, date_text, date_source, date_via, history, place_name, place_country, place_lat, place_lon, evidence,
  evidence_start, evidence_end, trigger_text, trigger_start, trigger_end, rule, confidence`;
const EVENT_LINKS_TABLE = `CREATE TABLE event_links (
    event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    linked_event_id INTEGER NOT NULL REFERENCES linked_events (id) ON DELETE CASCADE
  ) STRICT`;
const V6 = [
  'CREATE TABLE links_v5 AS SELECT id AS event_id, linked_event_id FROM events WHERE linked_event_id IS NOT NULL',
  ...['events_linked', ...EVENTS_INDEXES.map((statement) => /CREATE INDEX (\w+)/.exec(statement)![1]!)].map(
    (index) => `DROP INDEX ${index}`,
  ),
  'ALTER TABLE events RENAME TO events_v5',
  EVENTS_TABLE,
  `INSERT INTO events (${EVENT_FIELDS}) SELECT ${EVENT_FIELDS} FROM events_v5`,
  'DROP TABLE events_v5',
  ...EVENTS_INDEXES,
  EVENT_LINKS_TABLE,
  'INSERT INTO event_links (event_id, linked_event_id) SELECT event_id, linked_event_id FROM links_v5',
  'DROP TABLE links_v5',
  'CREATE INDEX event_links_linked ON event_links (linked_event_id)',
];

// Each linked event carries the revision of the batch that last wrote it, so that a writer searches its
// candidates before the link lock and, under it, reads only what other writers linked since (`searchAhead`).
const V7 = [
  'ALTER TABLE linked_events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0',
  'CREATE INDEX linked_events_revision ON linked_events (revision)',
];

/**
 * The SQLite schema, one step per version (the PostgreSQL steps in `postgres-migrations.ts` build the same
 * tables and columns). Never edit a released step: add a new one.
 *
 * ```ts
 * await migrate(db, 'sqlite', sqliteMigrations, file);
 * ```
 */
export const sqliteMigrations: readonly Migration[] = [
  statements(1, 'articles, full-text index, events', V1),
  statements(2, 'linked events, time expressions, actor mentions', V2),
  statements(3, 'learned actors', V3),
  statements(4, 'linked events searched by width class and date window', V4),
  statements(5, 'link windows hold the last day', V5),
  statements(6, 'event mentions linked in a table of their own', V6),
  statements(7, 'linked events carry the revision that wrote them', V7),
];
