import Database from 'better-sqlite3';
import { contentHash } from '../ingest/content-hash.js';
import type { Extraction } from '../model.js';
import { buildEventQuery } from './event-query.js';
import { EVENT_COLUMNS, type EventRowWithArticle, fromEventRow, toEventRow } from './event-row.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import { applyMigrations } from './sqlite-migrator.js';
import type { EventFilter, IngestReport, Store, StoredEvent } from './store.js';
import { StoreWriteError } from './store-errors.js';

/**
 * Opens (creating if needed) a SQLite event store in one file: WAL journal, 5 s busy timeout, foreign keys
 * on, schema migrated to the newest version at open. `':memory:'` gives a private in-memory store.
 * Throws `SchemaVersionError` for a file written by a newer dyad.
 *
 * ```ts
 * const store = openSqliteStore('events.db');
 * store.ingest(extractions);                 // { added, unchanged, events }
 * store.events({ dyad: ['KOR', 'JPN'], from: '2025-06' });
 * store.close();
 * ```
 */
export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, sqliteMigrations, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #findHash: Database.Statement<[string], { id: number }>;
  readonly #insertArticle: Database.Statement<[Record<string, string | null>]>;
  readonly #insertEvent: Database.Statement<[Record<string, string | number | null>]>;
  readonly #ingest: Database.Transaction<(batch: readonly Extraction[]) => IngestReport>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#findHash = db.prepare('SELECT id FROM articles WHERE content_hash = ?');
    this.#insertArticle = db.prepare(
      `INSERT INTO articles (article_key, published, title, url, source, origin, text, content_hash, ingested_at)
       VALUES (@article_key, @published, @title, @url, @source, @origin, @text, @content_hash, @ingested_at)`,
    );
    this.#insertEvent = db.prepare(
      `INSERT INTO events (article_id, ${EVENT_COLUMNS.join(', ')})
       VALUES (@article_id, ${EVENT_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    this.#ingest = db.transaction((batch: readonly Extraction[]) => this.#write(batch));
  }

  ingest(batch: readonly Extraction[]): IngestReport {
    // IMMEDIATE takes the write lock up front, so concurrent writers wait (busy_timeout) instead of failing mid-batch.
    return this.#ingest.immediate(batch);
  }

  hasArticle(hash: string): boolean {
    return this.#findHash.get(hash) !== undefined;
  }

  events(filter: EventFilter = {}): StoredEvent[] {
    const { sql, params } = buildEventQuery(filter);
    const rows = this.#db.prepare<(string | number)[], EventRowWithArticle>(sql).all(...params);
    return rows.map(fromEventRow);
  }

  counts(): { readonly articles: number; readonly events: number } {
    return (
      this.#db
        .prepare<[], { articles: number; events: number }>(
          'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events',
        )
        .get() ?? { articles: 0, events: 0 }
    );
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #write(batch: readonly Extraction[]): IngestReport {
    let added = 0;
    let unchanged = 0;
    let events = 0;
    const ingestedAt = new Date().toISOString();
    for (const extraction of batch) {
      const { article } = extraction;
      const hash = contentHash(article);
      if (this.#findHash.get(hash) !== undefined) {
        unchanged++;
        continue;
      }
      try {
        const { lastInsertRowid } = this.#insertArticle.run({
          article_key: article.id,
          published: article.published,
          title: article.title ?? null,
          url: article.url ?? null,
          source: article.source ?? null,
          origin: article.origin ?? null,
          text: article.text,
          content_hash: hash,
          ingested_at: ingestedAt,
        });
        for (const event of extraction.events) {
          this.#insertEvent.run({ article_id: Number(lastInsertRowid), ...toEventRow(event) });
          events++;
        }
      } catch (cause) {
        throw new StoreWriteError(article.id, article.origin, { cause });
      }
      added++;
    }
    return { added, unchanged, events };
  }
}
