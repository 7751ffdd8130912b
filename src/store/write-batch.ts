import { sql } from 'kysely';
import { linkUnits } from '../link/link-unit.js';
import { linkBatch } from '../link/linker.js';
import type { Article, CodedEvent, Extraction } from '../model.js';
import type { Db, StoreDialect } from './dialect.js';
import { PROVISIONAL, latestRevision, searchAhead, updateLinkedEvent } from './link-lookup.js';
import { spanLevel } from './link-window.js';
import { EVENT_COLUMNS, toEventRow } from './event-row.js';
import { type InsertRow, type InsertShape, type Table, insertRows } from './insert-rows.js';
import { learnedActorRows } from './learned-actor-row.js';
import { LINKED_EVENT_COLUMNS } from './link-lookup.js';
import { StoreWriteError } from './store-errors.js';

/** An article to store: its content hash, and its row id once it has one. */
export interface Incoming {
  readonly extraction: Extraction;
  readonly hash: string;
}

/** The derived rows of one stored article, ready to be written. */
export interface Derived {
  readonly articleId: number;
  readonly extraction: Extraction;
}

/**
 * The multi-row statements a dialect writes `items` in: chunks of `rowsPerInsert`, and where the engine
 * reuses prepared statements, the rest in powers of two (300 rows left: 256 + 32 + 8 + 4). A statement's
 * text depends on its row count; with any count allowed, each batch prepared new statements and pushed
 * older ones out of the cache, and a long ingest's native memory grew with statements waiting for V8 to
 * collect them. With these, a table has at most ten shapes, prepared once.
 */
export function statementChunks<T>(
  items: readonly T[],
  dialect: Pick<StoreDialect, 'rowsPerInsert' | 'reusesStatements'>,
): T[][] {
  const max = dialect.rowsPerInsert;
  const out: T[][] = [];
  let i = 0;
  for (; items.length - i >= max; i += max) out.push(items.slice(i, i + max));
  if (!dialect.reusesStatements) {
    if (i < items.length) out.push(items.slice(i));
    return out;
  }
  for (let size = 2 ** Math.floor(Math.log2(max)); size >= 1 && i < items.length; size /= 2) {
    if (items.length - i >= size) {
      out.push(items.slice(i, i + size));
      i += size;
    }
  }
  return out;
}

const articleRow = (article: Article, hash: string) => ({
  article_key: article.id,
  published: article.published,
  title: article.title ?? null,
  url: article.url ?? null,
  source: article.source ?? null,
  origin: article.origin ?? null,
  text: article.text,
  content_hash: hash,
  ingested_at: new Date().toISOString(),
});

const timexRows = ({ articleId, extraction }: Derived) =>
  extraction.timexes.map((t) => ({
    article_id: articleId,
    text: t.text,
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.value,
  }));

const actorRows = ({ articleId, extraction }: Derived) =>
  extraction.mentions.map((m) => ({
    article_id: articleId,
    text: m.text,
    start: m.start,
    end: m.end,
    code: m.actor.code,
    country: m.actor.country,
    name: m.actor.name,
    via: m.via,
  }));

/**
 * Inserts the articles whose content is not stored yet, in multi-row statements and in batch order (row
 * ids follow it), and returns the row id of each one it stored, by content hash. On PostgreSQL this runs
 * before the link lock: a writer storing an article another writer is storing waits for that one to
 * commit, then skips it. (Two writers storing two shared articles in opposite orders would deadlock;
 * PostgreSQL then fails one, and its job is retried.)
 */
export async function insertArticles(
  trx: Db,
  dialect: StoreDialect,
  incoming: readonly Incoming[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of statementChunks(incoming, dialect)) {
    const rows = await insertRows<'articles', { id: number | string; content_hash: string }>(
      trx,
      dialect,
      ARTICLES,
      part.map((x) => articleRow(x.extraction.article, x.hash)),
    );
    for (const row of rows) ids.set(row.content_hash, Number(row.id));
  }
  return ids;
}

// The shapes the store inserts rows in, each a few statement texts (see `statementChunks`).
const ARTICLES: InsertShape<'articles'> = {
  table: 'articles',
  columns: ['article_key', 'published', 'title', 'url', 'source', 'origin', 'text', 'content_hash', 'ingested_at'],
  // Another writer may have stored the same content since this batch began (PostgreSQL).
  tail: 'ON CONFLICT ("content_hash") DO NOTHING RETURNING "id", "content_hash"',
};
const TIMEXES: InsertShape<'timexes'> = {
  table: 'timexes',
  columns: ['article_id', 'text', 'start', 'end', 'type', 'value'],
};
const ACTOR_MENTIONS: InsertShape<'actor_mentions'> = {
  table: 'actor_mentions',
  columns: ['article_id', 'text', 'start', 'end', 'code', 'country', 'name', 'via'],
};
const EVENTS: InsertShape<'events'> = {
  table: 'events',
  columns: ['id', 'article_id', ...EVENT_COLUMNS],
};
const EVENT_LINKS: InsertShape<'event_links'> = {
  table: 'event_links',
  columns: ['event_id', 'linked_event_id'],
};
const LINKED_EVENTS: InsertShape<'linked_events'> = {
  table: 'linked_events',
  columns: [...LINKED_EVENT_COLUMNS, 'span_level', 'revision'],
};
// The first article to teach a name keeps it: a name already stored is left as it is.
const LEARNED_ACTORS: InsertShape<'learned_actors'> = {
  table: 'learned_actors',
  columns: [
    'name_key',
    'name',
    'aliases',
    'surname',
    'country',
    'role',
    'code',
    'via',
    'article_id',
    'article_key',
    'published',
    'evidence',
    'learned_at',
  ],
  tail: 'ON CONFLICT ("name_key") DO NOTHING',
};

async function insertAll<T extends Table>(
  trx: Db,
  dialect: StoreDialect,
  shape: InsertShape<T>,
  rows: readonly InsertRow<T>[],
): Promise<void> {
  for (const part of statementChunks(rows, dialect)) await insertRows(trx, dialect, shape, part);
}

const insertLearned = (trx: Db, dialect: StoreDialect, items: readonly Derived[]) =>
  insertAll(
    trx,
    dialect,
    LEARNED_ACTORS,
    items.flatMap((item) => learnedActorRows(item.articleId, item.extraction.learned ?? [])),
  );

// Adds to the counts of linked events stored before this batch, in a statement per chunk of events.
async function addCounts(
  trx: Db,
  dialect: StoreDialect,
  counts: readonly (readonly [number, number, number])[],
): Promise<void> {
  for (const part of statementChunks(counts, dialect)) {
    const values = sql.join(
      part.map(([id, m, a]) => sql`(CAST(${id} AS INTEGER), CAST(${m} AS INTEGER), CAST(${a} AS INTEGER))`),
    );
    await sql`WITH v (id, m, a) AS (VALUES ${values})
      UPDATE linked_events SET mention_count = linked_events.mention_count + v.m,
        article_count = linked_events.article_count + v.a
      FROM v WHERE linked_events.id = v.id`.execute(trx);
  }
}

/**
 * Writes the derived rows of stored articles and links their event mentions; returns the number of event
 * mentions. Everything that does not depend on linking (time expressions, actor mentions, the event
 * mentions themselves) is written first; then, under the dialect's link lock, the batch is linked with one
 * search for all its candidates, and linked events, the mentions' links and counts are written in a few
 * multi-row statements. The lock is held for a handful of statements, whatever the batch holds.
 */
export async function writeDerived(trx: Db, dialect: StoreDialect, items: readonly Derived[]): Promise<number> {
  if (items.length === 0) return 0;
  await insertAll(trx, dialect, TIMEXES, items.flatMap(timexRows));
  await insertAll(trx, dialect, ACTOR_MENTIONS, items.flatMap(actorRows));
  await insertLearned(trx, dialect, items);
  const eventIds = await insertEvents(trx, dialect, items);
  const unitsOf = items.map((item) => linkUnits(item.extraction.events));
  const units = unitsOf.flat();
  const lookup = await searchAhead(trx, dialect, units);

  await dialect.linkLock(trx);
  const { assignments, created, updated } = await linkBatch(units, lookup);
  const revision = (await latestRevision(trx)) + 1;
  const reserved = await dialect.reserveIds(trx, 'linked_events', created.length);
  const real = (id: number) => (id >= PROVISIONAL ? reserved[id - PROVISIONAL]! : id);
  // Every article here is new to every linked event (it was just stored, or its rows were just cleared
  // by a recode), so the counts grow by what this batch added: no recount over all mentions.
  const added = new Map<number, { mentions: number; articles: Set<number> }>();
  const links: InsertRow<'event_links'>[] = [];
  for (const [i, { articleId }] of items.entries()) {
    for (const unit of unitsOf[i]!) {
      const id = real(assignments.get(unit)!);
      const entry = added.get(id) ?? { mentions: 0, articles: new Set<number>() };
      entry.mentions += unit.mentions.length;
      entry.articles.add(articleId);
      added.set(id, entry);
      for (const mention of unit.mentions) links.push({ event_id: eventIds.get(mention)!, linked_event_id: id });
    }
  }
  const fresh = created.map((event) => {
    const id = real(event.id);
    const count = added.get(id);
    return {
      ...event,
      id,
      span_level: spanLevel(event.date_start, event.date_end),
      revision,
      mention_count: count?.mentions ?? 0,
      article_count: count?.articles.size ?? 0,
    };
  });
  await insertAll(trx, dialect, LINKED_EVENTS, fresh);
  for (const event of updated) await updateLinkedEvent(trx, event, revision);
  await insertAll(trx, dialect, EVENT_LINKS, links);
  const isNew = new Set(fresh.map((e) => e.id));
  await addCounts(
    trx,
    dialect,
    [...added].filter(([id]) => !isNew.has(id)).map(([id, c]) => [id, c.mentions, c.articles.size] as const),
  );
  return items.reduce((n, item) => n + item.extraction.events.length, 0);
}

// Inserts the event mentions of stored articles under ids reserved for them, and returns each one's id.
async function insertEvents(
  trx: Db,
  dialect: StoreDialect,
  items: readonly Derived[],
): Promise<Map<CodedEvent, number>> {
  const events = items.flatMap(({ articleId, extraction }) =>
    extraction.events.map((event) => [articleId, event] as const),
  );
  const ids = await dialect.reserveIds(trx, 'events', events.length);
  const idOf = new Map<CodedEvent, number>();
  const rows = events.map(([articleId, event], k) => {
    idOf.set(event, ids[k]!);
    return { id: ids[k]!, article_id: articleId, ...toEventRow(event) };
  });
  await insertAll(trx, dialect, EVENTS, rows);
  return idOf;
}

/**
 * After a multi-row write failed: writes the batch again article by article (no linking), to name the
 * article whose rows the database refused. Throws `StoreWriteError` for it; returns when every article
 * stores on its own (the failure was not one article's).
 */
export async function blameArticle(
  trx: Db,
  dialect: StoreDialect,
  items: readonly (Incoming & { readonly articleId?: number })[],
): Promise<void> {
  for (const item of items) {
    const { article } = item.extraction;
    try {
      let articleId = item.articleId;
      if (articleId === undefined) {
        const [row] = await insertRows<'articles', { id: number | string }>(trx, dialect, ARTICLES, [
          articleRow(article, item.hash),
        ]);
        if (row === undefined) continue;
        articleId = Number(row.id);
      }
      const derived = { articleId, extraction: item.extraction };
      await insertAll(trx, dialect, TIMEXES, timexRows(derived));
      await insertAll(trx, dialect, ACTOR_MENTIONS, actorRows(derived));
      await insertLearned(trx, dialect, [derived]);
      await insertEvents(trx, dialect, [derived]);
    } catch (cause) {
      throw new StoreWriteError(article.id, article.origin, { cause });
    }
  }
}

/** Runs `work` after a savepoint; when it fails, returns to the savepoint and lets `onError` explain. */
export async function withSavepoint<T>(
  trx: Db,
  work: () => Promise<T>,
  onError: (cause: unknown) => Promise<void>,
): Promise<T> {
  await sql`SAVEPOINT dyad_batch`.execute(trx);
  try {
    return await work();
  } catch (cause) {
    if (cause instanceof StoreWriteError) throw cause;
    await sql`ROLLBACK TO SAVEPOINT dyad_batch`.execute(trx);
    await onError(cause);
    throw cause;
  }
}
