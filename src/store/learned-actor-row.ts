import { learnedKey } from '../actors/learned-knowledge.js';
import type { LearnedActor } from '../model.js';
import type { LearnedActorsTable } from './schema.js';
import type { StoredLearnedActor } from './store.js';

type Row = Omit<LearnedActorsTable, 'id'>;

/** The `learned_actors` rows of one article's learned people, keyed on their full name's token keys. */
export function learnedActorRows(articleId: number, people: readonly LearnedActor[]): Row[] {
  const learnedAt = new Date().toISOString();
  return people.map((p) => ({
    name_key: learnedKey(p.name),
    name: p.name,
    aliases: JSON.stringify(p.aliases),
    surname: p.surname,
    country: p.country,
    role: p.role ?? null,
    code: p.country + (p.role ?? ''),
    via: p.via,
    article_id: articleId,
    article_key: p.article,
    published: p.published,
    evidence: p.evidence,
    learned_at: learnedAt,
  }));
}

/** A stored `learned_actors` row as the `Store` returns it. */
export function toLearnedActor(row: Row & { id: number }): StoredLearnedActor {
  return {
    rowId: Number(row.id),
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    surname: row.surname,
    country: row.country,
    ...(row.role === null ? {} : { role: row.role }),
    code: row.code,
    via: row.via === 'title' ? 'title' : 'apposition',
    article: row.article_key,
    published: row.published,
    evidence: row.evidence,
  };
}
