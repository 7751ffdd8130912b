import { sql } from 'kysely';
import { contentHash } from '../ingest/content-hash.js';
import type { LinkedEventRecord } from '../link/linked-event-record.js';
import type { Article, Extraction } from '../model.js';
import { networkEdges, placeCounts } from './aggregate-queries.js';
import type { Db, StoreDialect } from './dialect.js';
import { LINKED, MENTIONS, allOf, filterConditions, filterOrder } from './event-query.js';
import { EVENT_COLUMNS, type EventRowWithArticle, fromEventRow } from './event-row.js';
import { toLearnedActor } from './learned-actor-row.js';
import { LINKED_EVENT_COLUMNS } from './link-lookup.js';
import { linkedEventFrom } from './linked-event-row.js';
import { NO_GUARD, type RecodeGuard } from './recode-guard.js';
import type {
  EventFilter,
  IngestReport,
  LinkedEvent,
  LinkedEventPageOptions,
  NetworkEdge,
  PlaceCount,
  RecodeOptions,
  RecodeReport,
  SearchHit,
  Store,
  StoreCounts,
  StoredArticle,
  StoredEvent,
  StoredLearnedActor,
} from './store.js';
import { type Incoming, blameArticle, insertArticles, withSavepoint, writeDerived } from './write-batch.js';

/** How often an ingest that found a recode running (on SQLite) looks again. */
const RECODE_POLL_MS = 250;

const ARTICLE_COLUMNS = ['id', 'article_key', 'published', 'title', 'url', 'source', 'origin', 'text'] as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toArticle(row: Record<(typeof ARTICLE_COLUMNS)[number], string | number | null>): StoredArticle {
  const optional = (key: 'title' | 'url' | 'source' | 'origin') =>
    row[key] === null ? {} : { [key]: String(row[key]) };
  return {
    rowId: Number(row.id),
    id: String(row.article_key),
    published: String(row.published),
    text: String(row.text),
    ...optional('title'),
    ...optional('url'),
    ...optional('source'),
    ...optional('origin'),
  };
}

/**
 * The one `Store` implementation, over kysely: the `dialect` supplies what differs between SQLite and
 * PostgreSQL (transactions, schema steps, full-text search). Open it through `openSqliteStore` or
 * `openPostgresStore`.
 */
export class SqlStore implements Store {
  readonly #db: Db;
  readonly #dialect: StoreDialect;
  readonly #recodeGuard: RecodeGuard;
  #closed = false;

  constructor(db: Db, dialect: StoreDialect, recodeGuard: RecodeGuard = NO_GUARD) {
    this.#db = db;
    this.#dialect = dialect;
    this.#recodeGuard = recodeGuard;
  }

  get engine() {
    return this.#dialect.engine;
  }

  async ingest(batch: readonly Extraction[]): Promise<IngestReport> {
    const incoming = new Map<string, Incoming>();
    for (const extraction of batch) {
      const hash = contentHash(extraction.article);
      if (!incoming.has(hash)) incoming.set(hash, { extraction, hash });
    }
    const items = [...incoming.values()];
    for (;;) {
      const report = await this.#dialect.ingestTransaction(this.#db, async (trx) => {
        // While another process re-codes the store, write nothing: wait, then begin again.
        if (!(await this.#recodeGuard.admit(trx))) return null;
        return withSavepoint(
          trx,
          async () => {
            const ids = await insertArticles(trx, this.#dialect, items);
            // Batch order, not hash order: linking is incremental, and a batch reads like its articles.
            const fresh = items.flatMap((x) =>
              ids.has(x.hash) ? [{ articleId: ids.get(x.hash)!, extraction: x.extraction }] : [],
            );
            const events = await writeDerived(trx, this.#dialect, fresh);
            return { added: fresh.length, unchanged: batch.length - fresh.length, events };
          },
          () => blameArticle(trx, this.#dialect, items),
        );
      });
      if (report !== null) return report;
      await new Promise((resolve) => setTimeout(resolve, RECODE_POLL_MS));
    }
  }

  async hasArticle(hash: string): Promise<boolean> {
    return (await this.storedHashes([hash])).has(hash);
  }

  async storedHashes(hashes: readonly string[]): Promise<Set<string>> {
    const stored = new Set<string>();
    for (const part of chunks(hashes, 1000)) {
      if (part.length === 0) continue;
      const rows = await this.#db
        .selectFrom('articles')
        .select('content_hash')
        .where('content_hash', 'in', part)
        .execute();
      for (const row of rows) stored.add(row.content_hash);
    }
    return stored;
  }

  async events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    let query = this.#db
      .selectFrom('events as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .leftJoin('event_links as l', 'l.event_id', 'e.id')
      .select([
        'e.id',
        'l.linked_event_id',
        'a.article_key',
        'a.published',
        ...EVENT_COLUMNS.map((c) => `e.${c}` as const),
      ])
      .where(allOf(filterConditions(filter, MENTIONS)))
      .orderBy(filterOrder(filter, MENTIONS));
    if (filter.limit !== undefined || filter.offset !== undefined)
      query = query.limit(filter.limit ?? Number.MAX_SAFE_INTEGER);
    if (filter.offset !== undefined && filter.offset > 0) query = query.offset(filter.offset);
    return ((await query.execute()) as EventRowWithArticle[]).map(fromEventRow);
  }

  async linkedEvents(filter: EventFilter = {}, options: { readonly mentions?: boolean } = {}): Promise<LinkedEvent[]> {
    const rows = await this.#linkedRows(filter, filter.limit, filter.offset);
    return this.#withMentions(rows, options.mentions !== false);
  }

  async *linkedEventPages(
    filter: EventFilter = {},
    options: LinkedEventPageOptions = {},
  ): AsyncIterable<LinkedEvent[]> {
    const size = options.pageSize ?? 500;
    let left = filter.limit ?? Number.POSITIVE_INFINITY;
    let after: LinkedEventRecord | undefined;
    for (let first = true; left > 0; first = false) {
      const rows = await this.#linkedRows(filter, Math.min(size, left), first ? filter.offset : undefined, after);
      if (rows.length > 0) yield await this.#withMentions(rows, options.mentions !== false);
      if (rows.length < Math.min(size, left)) return;
      left -= rows.length;
      after = rows.at(-1);
    }
  }

  /**
   * One page of linked events in the filter's order, from the dyad (or date) index that holds that order:
   * `after` continues past a row (keyset paging: each page costs the same, however deep), `offset` skips.
   */
  async #linkedRows(
    filter: EventFilter,
    limit: number | undefined,
    offset: number | undefined,
    after?: LinkedEventRecord,
  ): Promise<LinkedEventRecord[]> {
    const conditions = filterConditions(filter, LINKED);
    if (after !== undefined) {
      const [bound, beyond] = filter.order === 'date-desc' ? [sql`<=`, sql`<`] : [sql`>=`, sql`>`];
      // The first term is an index range on date_start; the row comparison settles ties on it exactly.
      conditions.push(
        sql<boolean>`l.date_start ${bound} ${after.date_start} AND (l.date_start, l.date_end, l.id) ${beyond} (${after.date_start}, ${after.date_end}, ${after.id})`,
      );
    }
    let query = this.#db
      .selectFrom('linked_events as l')
      .select(LINKED_EVENT_COLUMNS.map((c) => `l.${c}` as const))
      .where(allOf(conditions))
      .orderBy(filterOrder(filter, LINKED));
    // SQLite takes OFFSET only after a LIMIT.
    if (limit !== undefined || offset !== undefined) query = query.limit(limit ?? Number.MAX_SAFE_INTEGER);
    if (offset !== undefined && offset > 0) query = query.offset(offset);
    return (await query.execute()) as LinkedEventRecord[];
  }

  /** The linked events of the rows, with their mentions fetched in one indexed query per 400 events. */
  async #withMentions(rows: readonly LinkedEventRecord[], withMentions: boolean): Promise<LinkedEvent[]> {
    const mentions = new Map<number, StoredEvent[]>();
    if (withMentions) {
      for (const ids of chunks(
        rows.map((r) => r.id),
        this.#dialect.rowsPerInsert,
      )) {
        for (const event of await this.#mentionsOf(ids)) {
          const list = mentions.get(event.linkedEvent ?? 0) ?? [];
          list.push(event);
          mentions.set(event.linkedEvent ?? 0, list);
        }
      }
    }
    return rows.map((row) => linkedEventFrom(row, mentions.get(row.id) ?? []));
  }

  network(filter: EventFilter, maxEdges: number): Promise<NetworkEdge[]> {
    return networkEdges(this.#db, filter, maxEdges);
  }

  places(filter: EventFilter = {}): Promise<PlaceCount[]> {
    return placeCounts(this.#db, filter);
  }

  articles(after: number, limit: number): Promise<StoredArticle[]> {
    return articlesAfter(this.#db, after, limit);
  }

  async recode(code: (article: Article) => Extraction, options: RecodeOptions = {}): Promise<RecodeReport> {
    const size = options.batchSize ?? 200;
    // Ingests wait for the whole run (see `RecodeGuard`), so every article is coded exactly once.
    return this.#recodeGuard.during(this.#db, async (db) => {
      // Derived rows only: articles stay, so a run cut short is finished by running it again.
      await this.#dialect.transaction(db, async (trx) => {
        await trx.deleteFrom('event_links').execute();
        await trx.deleteFrom('events').execute();
        await trx.deleteFrom('linked_events').execute();
        await trx.deleteFrom('timexes').execute();
        await trx.deleteFrom('actor_mentions').execute();
      });
      let after = 0;
      let articles = 0;
      let events = 0;
      for (;;) {
        const page = await articlesAfter(db, after, size);
        if (page.length === 0) break;
        const derived = page.map((article) => ({ articleId: article.rowId, extraction: code(article) }));
        events += await this.#dialect.transaction(db, (trx) =>
          withSavepoint(
            trx,
            () => writeDerived(trx, this.#dialect, derived),
            () =>
              blameArticle(
                trx,
                this.#dialect,
                derived.map((d) => ({ ...d, hash: '' })),
              ),
          ),
        );
        articles += page.length;
        after = page.at(-1)!.rowId;
        options.onBatch?.(articles);
      }
      return { articles, events, linkedEvents: (await countRows(db)).linkedEvents };
    });
  }

  async learnedActors(after = 0): Promise<StoredLearnedActor[]> {
    const rows = await this.#db
      .selectFrom('learned_actors')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .execute();
    return rows.map(toLearnedActor);
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const ids = await this.#dialect.searchArticles(this.#db, query, limit);
    if (ids.length === 0) return [];
    const rows = await this.#db
      .selectFrom('articles')
      .select([...ARTICLE_COLUMNS])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((r) => [Number(r.id), toArticle(r)]));
    const events = (await this.#eventsWhere(sql<boolean>`e.article_id IN (${sql.join(ids)})`)).reduce(
      (map, e) => map.set(e.article, [...(map.get(e.article) ?? []), e]),
      new Map<string, StoredEvent[]>(),
    );
    return ids.flatMap((id) => {
      const article = byId.get(id);
      return article === undefined ? [] : [{ article, events: events.get(article.id) ?? [] }];
    });
  }

  counts(): Promise<StoreCounts> {
    return countRows(this.#db);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.destroy();
  }

  async #mentionsOf(ids: readonly number[]): Promise<StoredEvent[]> {
    if (ids.length === 0) return [];
    return this.#eventsWhere(sql<boolean>`l.linked_event_id IN (${sql.join([...ids])})`);
  }

  async #eventsWhere(condition: ReturnType<typeof sql<boolean>>): Promise<StoredEvent[]> {
    const rows = await this.#db
      .selectFrom('events as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .leftJoin('event_links as l', 'l.event_id', 'e.id')
      .select([
        'e.id',
        'l.linked_event_id',
        'a.article_key',
        'a.published',
        ...EVENT_COLUMNS.map((c) => `e.${c}` as const),
      ])
      .where(condition)
      .orderBy('a.published')
      .orderBy('e.id')
      .execute();
    return (rows as EventRowWithArticle[]).map(fromEventRow);
  }
}

async function articlesAfter(db: Db, after: number, limit: number): Promise<StoredArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .select([...ARTICLE_COLUMNS])
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toArticle);
}

async function countRows(db: Db): Promise<StoreCounts> {
  const { rows } = await sql<{ articles: number | string; events: number | string; linked: number | string }>`
    SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
           (SELECT count(*) FROM linked_events) AS linked`.execute(db);
  const row = rows[0];
  // PostgreSQL's count is a bigint, which the driver hands over as a string.
  return {
    articles: Number(row?.articles ?? 0),
    events: Number(row?.events ?? 0),
    linkedEvents: Number(row?.linked ?? 0),
  };
}
