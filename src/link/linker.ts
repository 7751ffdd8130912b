import type { CodedEvent } from '../model.js';
import { type Fit, fit, isTrip, meetingPlace } from './link-rules.js';
import type { LinkUnit } from './link-unit.js';
import type { LinkedEventRecord, NewLinkedEvent } from './linked-event-record.js';

/** What every search for candidates shares: a unit fits only events of its CAMEO root and modality whose days overlap its own. */
interface CandidateQuery {
  /** The head's two-digit CAMEO root: every fit (compatible codes, a trip and its meeting: all 04) keeps it. */
  readonly root: string;
  readonly modality: string;
  readonly start: string;
  readonly end: string;
}

/** A search for stored linked events: same country pair, root and modality, dates overlapping `[start, end]`. */
export interface PairQuery extends CandidateQuery {
  readonly kind: 'pair';
  readonly pair: readonly [string, string];
}

/** A search for stored linked events held in `place` with `party` on one side, same root, modality and dates. */
export interface PlaceQuery extends CandidateQuery {
  readonly kind: 'place';
  readonly place: string;
  readonly party: string;
}

export type CandidateSearch = PairQuery | PlaceQuery;

/**
 * What the linker needs from a store, inside the store's ingest transaction: the candidates of every
 * search of a batch at once (one round trip), and ids for the linked events it creates. The linker does
 * no I/O of its own.
 */
export interface LinkLookup {
  /** The stored linked events each search finds, in the order of the searches. */
  findAll(searches: readonly CandidateSearch[]): Promise<readonly (readonly LinkedEventRecord[])[]>;
  /** An id for a new linked event, larger than every id stored or given before (ties go to the oldest). */
  create(event: NewLinkedEvent): number | Promise<number>;
}

/** The linker's decisions for a batch: each unit's linked event, and the linked events to write. */
export interface LinkResult {
  readonly assignments: ReadonlyMap<LinkUnit, number>;
  /** The linked events this batch created, as they stand after the whole batch, in creation order. */
  readonly created: readonly LinkedEventRecord[];
  /** Stored linked events whose fields this batch changed: to be written back. */
  readonly updated: readonly LinkedEventRecord[];
  /** Every linked event that received a mention, for recounting its mentions and articles. */
  readonly touched: readonly number[];
}

/**
 * The searches for a unit's candidates: its own pair; for a trip, meetings held where it went with the
 * traveller on one side; for a meeting abroad, the trips of each party to the host country.
 */
export function candidateSearches(unit: LinkUnit): CandidateSearch[] {
  const head = unit.mentions[0]!;
  const common = { root: head.cameo.slice(0, 2), modality: head.modality, ...unit.reach };
  const searches: CandidateSearch[] = [{ kind: 'pair', pair: unit.pair, ...common }];
  if (isTrip(unit))
    searches.push({ kind: 'place', place: head.target!.country, party: head.source.country, ...common });
  const place = meetingPlace(unit);
  if (place !== null) {
    for (const party of new Set(unit.pair)) {
      if (party === '' || party === place) continue;
      const pair: [string, string] = party <= place ? [party, place] : [place, party];
      searches.push({ kind: 'pair', pair, ...common });
    }
  }
  return searches;
}

/** A search's identity: two searches with the same key find the same candidates. */
export const searchKey = (search: CandidateSearch) => JSON.stringify(search);

/** Every distinct search the units of a batch ask, by key: what `linkBatch` asks `findAll` for, in this order. */
export function batchSearches(units: readonly LinkUnit[]): Map<string, CandidateSearch> {
  return new Map(
    units.flatMap((unit) => candidateSearches(unit).map((search) => [searchKey(search), search] as const)),
  );
}

const days = (start: string, end: string) => Date.parse(end) - Date.parse(start);
const width = (r: LinkedEventRecord) => days(r.date_start, r.date_end);

function headFields(unit: LinkUnit) {
  const head: CodedEvent = unit.mentions[0]!;
  return {
    pair_a: unit.pair[0],
    pair_b: unit.pair[1],
    source_code: head.source.code,
    source_country: head.source.country,
    source_name: head.source.name,
    target_code: head.target?.code ?? null,
    target_country: head.target?.country ?? null,
    target_name: head.target?.name ?? null,
    cameo: head.cameo,
    root: head.cameo.slice(0, 2),
    plover: head.plover,
    goldstein: head.goldstein,
    quad_class: head.quadClass,
    modality: head.modality,
    history: head.history ? 1 : 0,
    place_name: head.place?.name ?? null,
    place_country: head.place?.country ?? null,
  };
}

function dateFields(unit: LinkUnit) {
  const { date } = unit.mentions[0]!;
  return {
    date_value: date.end === undefined ? date.value : `${date.value}/${date.end}`,
    date_granularity: date.granularity,
    date_source: date.source,
    date_start: unit.start,
    date_end: unit.end,
  };
}

// A date from the text beats one guessed from the publication day; then the narrower interval wins.
function betterDate(unit: LinkUnit, event: LinkedEventRecord): boolean {
  const source = unit.mentions[0]!.date.source;
  if (source !== event.date_source) return source === 'text';
  return days(unit.start, unit.end) < width(event);
}

function joined(event: LinkedEventRecord, unit: LinkUnit, how: Fit): LinkedEventRecord {
  const mutual = unit.mutual && how === 'direct' ? 1 : event.mutual;
  // A meeting that joins a trip becomes the head: the event is the meeting, dated as the meeting.
  if (how === 'meeting-joins-trip')
    return { ...event, ...headFields(unit), ...dateFields(unit), mutual: unit.mutual ? 1 : 0 };
  // "normalized relations" (050) and "signed the basic treaty" (057) in 1965: the more specific code of
  // one event names it, as the coder keeps the most specific code of one act in a sentence.
  const code = how === 'direct' && moreSpecific(unit.mentions[0]!.cameo, event.cameo) ? headFields(unit) : {};
  // A trip's date is when it began, not when the meeting took place: it never dates the meeting.
  if (how === 'direct' && betterDate(unit, event)) return { ...event, ...code, ...dateFields(unit), mutual };
  return mutual === event.mutual && !('cameo' in code) ? event : { ...event, ...code, mutual };
}

// A code that refines a root's generic code ("057" of "050") or a longer one ("0431" of "043").
function moreSpecific(code: string, than: string): boolean {
  if (code === than || code.slice(0, 2) !== than.slice(0, 2)) return false;
  return code.startsWith(than) || (than.length === 3 && than.endsWith('0') && !code.endsWith('0'));
}

const rank: Record<Fit, number> = { direct: 0, 'meeting-joins-trip': 1, trip: 2 };

/**
 * Places each unit of a batch into a linked event, in order: into the best stored (or earlier in this
 * batch) linked event it fits (a direct fit with the same code first, then the most precise date, then the
 * oldest), else into a new one. Incremental: each article's units only ever join or create linked events,
 * so linking a corpus article by article gives the same events as linking it at once, up to the order
 * in which competing candidates were seen.
 *
 * ```ts
 * const { assignments } = await linkBatch(linkUnits(extraction.events), lookup);
 * ```
 */
export async function linkBatch(units: readonly LinkUnit[], lookup: LinkLookup): Promise<LinkResult> {
  // Every search of the batch, asked once: units of one batch often ask the same question, and what the
  // batch itself creates is considered below, so nothing found depends on the order of the searches.
  const keysOf = units.map((unit) => candidateSearches(unit).map((search) => [searchKey(search), search] as const));
  const unique = new Map<string, CandidateSearch>(keysOf.flat());
  const results = await lookup.findAll([...unique.values()]);
  const stored = new Map([...unique.keys()].map((key, i) => [key, results[i] ?? []]));
  const live = new Map<number, LinkedEventRecord>();
  const changed = new Set<number>();
  const assignments = new Map<LinkUnit, number>();
  const created: number[] = [];
  // The events this batch created, by root and modality: a unit fits only events that share both, and a
  // join never changes them (a meeting that joins a trip keeps the root 04), so each unit reads only its
  // own group instead of every event the batch created (which made a batch quadratic in its size).
  const createdBy = new Map<string, number[]>();
  for (const [u, unit] of units.entries()) {
    const head = unit.mentions[0]!;
    const group = `${head.cameo.slice(0, 2)}/${head.modality}`;
    // The best fit is the least under `better`, a total order (ids are unique): the order in which
    // candidates are read, and reading one twice, change nothing.
    let best: { event: LinkedEventRecord; how: Fit } | undefined;
    const consider = (event: LinkedEventRecord) => {
      const how = fit(unit, event);
      if (how !== null && (best === undefined || better(event, how, best, head.cameo))) best = { event, how };
    };
    for (const [key] of keysOf[u]!) {
      // What this batch already changed is newer than what the store returns.
      for (const found of stored.get(key)!) consider(live.get(found.id) ?? found);
    }
    for (const id of createdBy.get(group) ?? []) consider(live.get(id)!);
    if (best === undefined) {
      const fresh: NewLinkedEvent = {
        ...headFields(unit),
        ...dateFields(unit),
        mutual: unit.mutual ? 1 : 0,
        mention_count: 0,
        article_count: 0,
      };
      const id = await lookup.create(fresh);
      live.set(id, { id, ...fresh });
      created.push(id);
      if (createdBy.has(group)) createdBy.get(group)!.push(id);
      else createdBy.set(group, [id]);
      assignments.set(unit, id);
      continue;
    }
    const next = joined(best.event, unit, best.how);
    if (next !== best.event) changed.add(next.id);
    live.set(next.id, next);
    assignments.set(unit, next.id);
  }
  const isNew = new Set(created);
  return {
    assignments,
    created: created.map((id) => live.get(id)!),
    updated: [...changed].filter((id) => !isNew.has(id)).map((id) => live.get(id)!),
    touched: [...new Set(assignments.values())],
  };
}

function better(
  event: LinkedEventRecord,
  how: Fit,
  best: { event: LinkedEventRecord; how: Fit },
  cameo: string,
): boolean {
  if (rank[how] !== rank[best.how]) return rank[how] < rank[best.how];
  const same = event.cameo === cameo;
  if (same !== (best.event.cameo === cameo)) return same;
  if (width(event) !== width(best.event)) return width(event) < width(best.event);
  return event.id < best.event.id;
}
