import type { IsoDay, LearnedActor } from '../model.js';
import { type KnowledgeBase, positionOn } from './knowledge-base.js';

/** One thing the knowledge base knows, as `dyad actors` lists it. */
export interface KnownActor {
  /** `learned`: a person learned from a stored article, not shipped with dyad. */
  readonly kind: 'country' | 'person' | 'organization' | 'group' | 'agency' | 'learned';
  readonly code: string;
  readonly name: string;
  /** What else it is called, for a person the post held on the day asked about, for a learned one where it was learned. */
  readonly detail: string;
  /** For a learned person: the sentence that taught it. */
  readonly evidence?: string;
}

/**
 * What the knowledge base knows whose name, alias or code contains `query` (case-insensitive; all of it
 * when `query` is empty), with people coded by their post on `day` (or their last one, marked as such).
 *
 * ```ts
 * describeKnowledge(loadKnowledgeBase(), 'ishiba', '2025-07-04');
 * // [{ kind: 'person', code: 'JPNGOV', name: 'Shigeru Ishiba', detail: 'Prime Minister 2024-10-01–' }]
 * ```
 */
export function describeKnowledge(kb: KnowledgeBase, query: string, day: IsoDay): KnownActor[] {
  const hit = matcher(query);
  const out: KnownActor[] = [];
  for (const c of kb.countries) {
    if (hit(c.code, ...c.names, ...c.adjectives, ...c.metonyms))
      out.push({ kind: 'country', code: c.code, name: c.name, detail: [...c.names, ...c.metonyms].join(', ') });
    for (const [agency, role] of Object.entries(c.agencies))
      if (hit(agency, c.code + role)) out.push({ kind: 'agency', code: c.code + role, name: agency, detail: c.name });
  }
  for (const p of kb.people) {
    if (!hit(p.name, ...p.aliases, p.country)) continue;
    const post = positionOn(p, day) ?? p.positions[p.positions.length - 1];
    out.push({
      kind: 'person',
      code: p.country + (positionOn(p, day)?.role ?? post?.role ?? ''),
      name: p.name,
      detail: post
        ? `${post.title} ${post.start}–${post.end ?? ''}${positionOn(p, day) ? '' : ' (not on ' + day + ')'}`
        : '',
    });
  }
  for (const o of kb.organizations)
    if (hit(o.name, o.code, ...o.aliases))
      out.push({ kind: 'organization', code: o.code, name: o.name, detail: o.aliases.join(', ') });
  for (const g of kb.groups)
    if (hit(g.name, g.country + g.role, ...g.aliases))
      out.push({ kind: 'group', code: g.country + g.role, name: g.name, detail: g.aliases.join(', ') });
  return out;
}

/**
 * The learned people whose name, alias, surname or code contains `query` (as `describeKnowledge` matches),
 * each with where it was learned and the sentence that taught it.
 *
 * ```ts
 * describeLearned(await store.learnedActors(), 'nagashima');
 * // [{ kind: 'learned', code: 'JPNGOV', name: 'Akihisa Nagashima', detail: 'learned from a1 (2025-07-03), apposition', evidence: '...' }]
 * ```
 */
export function describeLearned(people: readonly LearnedActor[], query: string): KnownActor[] {
  const hit = matcher(query);
  return people
    .filter((p) => hit(p.name, ...p.aliases, p.surname, p.country + (p.role ?? '')))
    .map((p) => ({
      kind: 'learned',
      code: p.country + (p.role ?? ''),
      name: p.name,
      detail: `learned from ${p.article} (${p.published}), ${p.via}`,
      evidence: p.evidence,
    }));
}

// Whether any form contains the query at the start of a word: "hamas" finds Hamas, not the Bahamas.
function matcher(query: string): (...forms: readonly string[]) => boolean {
  const q = query.toLowerCase().trim();
  return (...forms) =>
    !q ||
    forms.some((f) =>
      f
        .toLowerCase()
        .split(/[\s-]+/)
        .some((_, k, w) => w.slice(k).join(' ').startsWith(q)),
    );
}
