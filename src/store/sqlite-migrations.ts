import type { Migration } from './sqlite-migrator.js';

/**
 * The SQLite schema, one step per version. Never edit a released step: add a new one.
 *
 * ```ts
 * applyMigrations(db, sqliteMigrations, file);
 * ```
 */
export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, full-text index, events',
    up(db) {
      db.exec(`
        CREATE TABLE articles (
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
        ) STRICT;
        CREATE INDEX articles_key ON articles (article_key);
        CREATE INDEX articles_published ON articles (published);

        -- External-content FTS5: the text is stored once, in articles; triggers keep the index in step.
        CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
          INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;

        CREATE TABLE events (
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
        ) STRICT;
        CREATE INDEX events_source_target_date ON events (source_country, target_country, date_start);
        CREATE INDEX events_target_source_date ON events (target_country, source_country, date_start);
        CREATE INDEX events_source_code ON events (source_code, target_code, date_start);
        CREATE INDEX events_target_code ON events (target_code, source_code, date_start);
        CREATE INDEX events_cameo ON events (cameo);
        CREATE INDEX events_article ON events (article_id);
      `);
    },
  },
];
