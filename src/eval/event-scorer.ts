import { UNIDENTIFIED } from '../actors/unidentified-agents.js';
import { cameoCode } from '../events/cameo-table.js';
import type { ActorMention, Article, CodedEvent, EventActor, Extraction } from '../model.js';
import { extract } from '../pipeline.js';
import { type EventRecord, type GoldEvent, plover05Type } from './event-records.js';

/** How many triples the gold has, how many we produced, and how many of ours matched one of the gold's. */
export interface Tally {
  readonly gold: number;
  readonly system: number;
  readonly matched: number;
}

/** A tally with its precision, recall and F1 (each 0 when its denominator is 0). */
export interface Prf extends Tally {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A (source country, target country, code) triple; `code` is a CAMEO code or a PLOVER type. */
export interface Triple {
  readonly source: string | null;
  readonly target: string | null;
  readonly code: string;
}

/** A gold triple we did not produce, with what the gold says about it. */
export interface MissedTriple extends Triple {
  readonly gold: GoldEvent;
}

/** A triple we produced that the gold does not have, with the event that gave it. */
export interface SpuriousTriple extends Triple {
  readonly event: CodedEvent;
}

/** One record's disagreements at its finest level (full CAMEO code, or PLOVER type), for inspection. */
export interface RecordErrors {
  readonly id: string;
  readonly text: string;
  readonly missed: readonly MissedTriple[];
  readonly spurious: readonly SpuriousTriple[];
  /** The actors we recognized in the sentence: tells "not recognized" from "recognized, not coded". */
  readonly actors: readonly { readonly text: string; readonly code: string; readonly country: string }[];
  /** Set when the pipeline threw on this record: the error's message. */
  readonly failed?: string;
}

/** One record scored: a tally per level (`null` when its gold does not code that level). */
export interface RecordScore {
  readonly id: string;
  readonly root: Tally | null;
  readonly code: Tally | null;
  readonly plover: Tally | null;
  /** PLOVER records with gold: did we produce one of its (source, target, type) triples? */
  readonly ploverHit: boolean | null;
  readonly errors: RecordErrors;
}

/** The scores over a whole gold file. */
export interface EventScore {
  readonly records: number;
  /** CAMEO root (first two digits) level, over records whose gold gives CAMEO codes. */
  readonly root: Prf | null;
  /** Full CAMEO code level, same records. */
  readonly code: Prf | null;
  /** PLOVER type level, over records whose gold gives PLOVER types. */
  readonly plover: Prf | null;
  /** Share of PLOVER records (with at least one gold event) whose type we produce with its source and target. */
  readonly ploverShare: { readonly hits: number; readonly records: number; readonly share: number } | null;
  /** Records with at least one missed or spurious triple. */
  readonly errors: readonly RecordErrors[];
  /** Records on which the pipeline threw: scored as if it found no event, listed here to fix. */
  readonly failures: readonly { readonly id: string; readonly message: string }[];
}

/**
 * Precision, recall and F1 of a tally; a ratio with a zero denominator is 0.
 *
 * ```ts
 * prf({ gold: 4, system: 2, matched: 2 }); // { precision: 1, recall: 0.5, f1: 0.667, ... }
 * ```
 */
export function prf(t: Tally): Prf {
  const precision = t.system ? t.matched / t.system : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...t, precision, recall, f1 };
}

/** Adds tallies. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({ gold: sum.gold + t.gold, system: sum.system + t.system, matched: sum.matched + t.matched }),
    { gold: 0, system: 0, matched: 0 },
  );
}

/**
 * Matches system items to gold items whose key is equal, each item used at most once (with equality keys
 * this greedy matching is a maximum one). Returns the matched count and the leftovers on both sides.
 *
 * ```ts
 * matchBy(['a', 'a', 'b'], ['a', 'c'], (g) => g, (s) => s); // { matched: 1, missed: ['a', 'b'], spurious: ['c'] }
 * ```
 */
export function matchBy<G, S>(
  gold: readonly G[],
  system: readonly S[],
  goldKey: (g: G) => string,
  systemKey: (s: S) => string,
): { matched: number; missed: G[]; spurious: S[] } {
  const open = new Map<string, G[]>();
  for (const g of gold) {
    const key = goldKey(g);
    open.set(key, [...(open.get(key) ?? []), g]);
  }
  let matched = 0;
  const spurious: S[] = [];
  for (const s of system) {
    const waiting = open.get(systemKey(s));
    if (waiting?.length) {
      waiting.shift();
      matched++;
    } else spurious.push(s);
  }
  return { matched, missed: [...open.values()].flat(), spurious };
}

// International and non-governmental bodies are one party class when triples are compared: the gold files
// file the same bodies under either (the PLOVER records code Amnesty International and the Red Cross `IGO`,
// CAMEO's dictionaries `NGO`), and neither is a country that the scoring convention compares.
// An unidentified agent (`---`, "insurgents") is a party with no country, as the gold writes one with none.
const party = (country: string | null): string =>
  country === 'NGO' ? 'IGO' : country === null || country === UNIDENTIFIED ? '-' : country;
const tripleKey = (t: Triple): string => `${party(t.source)}|${party(t.target)}|${t.code}`;

/** The country we credit an actor with: ours, except NGOs, which the knowledge base files under `IGO`. */
export function systemCountry(actor: EventActor): string {
  return actor.code.startsWith('NGO') ? 'NGO' : actor.country;
}

function systemTriple(e: CodedEvent, code: string): SpuriousTriple {
  return { source: systemCountry(e.source), target: e.target ? systemCountry(e.target) : null, code, event: e };
}

function tally(gold: readonly Triple[], system: readonly Triple[]): Tally {
  const { matched } = matchBy(gold, system, tripleKey, tripleKey);
  return { gold: gold.length, system: system.length, matched };
}

/**
 * Scores our events for one gold record. CAMEO records get root and full-code tallies, PLOVER records a
 * type tally and a hit flag; errors are listed at the finest level the gold codes.
 *
 * ```ts
 * const { events, mentions } = extract({ id: r.id, published: r.date, text: r.text });
 * const score = scoreRecord(r, events, mentions);
 * ```
 */
export function scoreRecord(
  record: EventRecord,
  events: readonly CodedEvent[],
  mentions: readonly ActorMention[] = [],
): RecordScore {
  const actors = mentions.map((m) => ({
    text: m.text,
    code: m.actor.code,
    country: systemCountry(m.actor),
  }));
  const goldTriples = (code: (g: GoldEvent) => string | undefined): MissedTriple[] =>
    record.gold.flatMap((g) => {
      const c = code(g);
      return c === undefined ? [] : [{ source: g.source, target: g.target, code: c, gold: g }];
    });
  if (record.scheme === 'cameo') {
    const codeGold = goldTriples((g) => g.cameo);
    const codeSystem = events.map((e) => systemTriple(e, e.cameo));
    const root = (t: Triple): Triple => ({ ...t, code: t.code.slice(0, 2) });
    const { missed, spurious } = matchBy(codeGold, codeSystem, tripleKey, tripleKey);
    return {
      id: record.id,
      root: tally(codeGold.map(root), codeSystem.map(root)),
      code: tally(codeGold, codeSystem),
      plover: null,
      ploverHit: null,
      errors: { id: record.id, text: record.text, missed, spurious, actors },
    };
  }
  const gold = goldTriples((g) => g.plover);
  // The gold was coded with PLOVER 0.5: our CAMEO codes are compared under that version's types.
  const system = events.map((e) => systemTriple(e, plover05Type(e.cameo) ?? e.plover));
  const { matched, missed, spurious } = matchBy(gold, system, tripleKey, tripleKey);
  return {
    id: record.id,
    root: null,
    code: null,
    plover: { gold: gold.length, system: system.length, matched },
    ploverHit: gold.length ? matched > 0 : null,
    errors: { id: record.id, text: record.text, missed, spurious, actors },
  };
}

/** Sums record scores into the scores of a file. */
export function sumScores(scores: readonly RecordScore[], failures: EventScore['failures'] = []): EventScore {
  const total = (pick: (s: RecordScore) => Tally | null): Prf | null => {
    const tallies = scores.map(pick).filter((t): t is Tally => t !== null);
    return tallies.length ? prf(sumTallies(tallies)) : null;
  };
  const hits = scores.map((s) => s.ploverHit).filter((h): h is boolean => h !== null);
  return {
    records: scores.length,
    root: total((s) => s.root),
    code: total((s) => s.code),
    plover: total((s) => s.plover),
    ploverShare: hits.length
      ? {
          hits: hits.filter(Boolean).length,
          records: hits.length,
          share: hits.filter(Boolean).length / hits.length,
        }
      : null,
    errors: scores.map((s) => s.errors).filter((e) => e.missed.length || e.spurious.length),
    failures,
  };
}

/** What the scorer needs from the pipeline; `extract` by default, a stub in tests. */
export type Extractor = (article: Article) => Pick<Extraction, 'events' | 'mentions'>;

/**
 * Runs the pipeline on every gold record (its text as an article published on the record's date) and
 * scores our (source country, target country, code) triples against the gold's. A record on which the
 * pipeline throws counts as coding nothing and is listed in `failures`.
 *
 * ```ts
 * const score = scoreEvents(readEventRecords('PETR2_GSR_validation.xml'));
 * console.log(score.root?.f1, score.code?.f1);
 * ```
 */
export function scoreEvents(records: readonly EventRecord[], run: Extractor = extract): EventScore {
  const failures: { id: string; message: string }[] = [];
  const scores = records.map((r) => {
    try {
      const { events, mentions } = run({ id: r.id, published: r.date, text: r.text });
      return scoreRecord(r, events, mentions);
    } catch (error) {
      // One sentence that breaks the pipeline must not hide the score of the rest: it counts as coding
      // nothing, and is named in `failures`.
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ id: r.id, message });
      const score = scoreRecord(r, []);
      return { ...score, errors: { ...score.errors, failed: message } };
    }
  });
  return sumScores(scores, failures);
}

/** A kind of disagreement, and how often it happened. */
export interface ErrorKind {
  readonly kind: 'pipeline failed' | 'actor not recognized' | 'wrong code' | 'wrong actors' | 'missed' | 'spurious';
  /** What to fix: the actor, the gold and our code, the code and its trigger. */
  readonly detail: string;
  readonly count: number;
}

// Words that open the gold's event text without naming the event ("has been accused", "will resign").
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'is',
  'are',
  'was',
  'were',
  'been',
  'be',
  'to',
  'not',
]);

function codeLabel(code: string): string {
  if (!/^\d+$/.test(code)) return code;
  try {
    return `${code} ${cameoCode(code).name ?? ''}`.trim();
  } catch {
    return code;
  }
}

function side(t: Triple, s: Triple): string {
  if (t.source !== s.source && t.target !== s.target) return 'source and target';
  return t.source !== s.source ? 'source' : 'target';
}

/**
 * Sorts errors into kinds, most frequent first, counting triples. A missed triple is "pipeline failed" when
 * the pipeline threw on its sentence; "actor not recognized" when we found no
 * actor of its source's (or target's) country; else "wrong code" when we coded the same dyad otherwise;
 * else "wrong actors" when we gave its code to another dyad; else "missed". What is left of ours is
 * "spurious", by code and trigger.
 *
 * ```ts
 * errorKinds(scoreEvents(records).errors).slice(0, 15);
 * ```
 */
export function errorKinds(errors: readonly RecordErrors[]): ErrorKind[] {
  const counts = new Map<string, ErrorKind>();
  const add = (kind: ErrorKind['kind'], detail: string): void => {
    const key = `${kind}\u0000${detail}`;
    counts.set(key, { kind, detail, count: (counts.get(key)?.count ?? 0) + 1 });
  };
  for (const e of errors) {
    const found = new Set(e.actors.map((a) => a.country));
    const pool = [...e.spurious];
    const take = (test: (s: SpuriousTriple) => boolean): SpuriousTriple | undefined => {
      const i = pool.findIndex(test);
      return i < 0 ? undefined : pool.splice(i, 1)[0];
    };
    for (const m of e.missed) {
      if (e.failed !== undefined) {
        add('pipeline failed', e.failed);
        continue;
      }
      const lost = (
        [
          [m.source, m.gold.sourceText, m.gold.sourceCode],
          [m.target, m.gold.targetText, m.gold.targetCode],
        ] as const
      ).find(([country]) => country !== null && !found.has(country));
      if (lost) {
        add('actor not recognized', `${lost[1] ? `'${lost[1]}' ` : ''}${lost[2] ?? lost[0]}`);
        continue;
      }
      const recoded = take((s) => s.source === m.source && s.target === m.target);
      if (recoded) {
        add('wrong code', `gold ${codeLabel(m.code)}, ours ${codeLabel(recoded.code)}`);
        continue;
      }
      const moved = take((s) => s.code === m.code);
      if (moved) {
        add('wrong actors', `${side(m, moved)} of ${codeLabel(m.code)}`);
        continue;
      }
      const words = m.gold.eventText?.split(/\s+/).find((w) => !AUXILIARIES.has(w.toLowerCase()));
      add('missed', `${codeLabel(m.code)}${words ? ` '${words}'` : ''}`);
    }
    for (const s of pool) add('spurious', `${codeLabel(s.code)} '${s.event.trigger.toLowerCase()}'`);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.detail.localeCompare(b.detail));
}
