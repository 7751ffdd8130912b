import { expect } from 'vitest';
import type { Actor, ActorMention, Article, CodedEvent, Extraction, Modality, TimexType } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';

/**
 * Domain helpers for the pipeline tests: each takes an article's text and its publication date (the
 * dateline every relative expression is anchored on) and speaks in time expressions, actors and events
 * rather than in tokens and offsets.
 */

/** The dateline used when a test does not care which day the article came out. */
export const PUBLISHED = '2025-07-04';

/** A one-article input for `extract`, with a fixed id. */
export function article(text: string, published: string = PUBLISHED): Article {
  return { id: 'test-article', published, text };
}

/** Runs the whole pipeline on `text` as an article published on `published`. */
export function extractFrom(text: string, published: string = PUBLISHED): Extraction {
  return extract(article(text, published));
}

// ---------------------------------------------------------------- time expressions

/** A time expression as TimeML writes it; `mod` only where the tagger gives one. */
export interface TimexRow {
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string;
}

/** The time expressions of `text`, in text order, as compact rows. */
export function timexesOf(text: string, published: string = PUBLISHED): TimexRow[] {
  return extractFrom(text, published).timexes.map((t) => ({
    text: t.text,
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
  }));
}

/** Asserts that `text` holds exactly these time expressions, in text order. */
export function expectTimex(text: string, published: string, expected: readonly TimexRow[]): void {
  expect(timexesOf(text, published), `time expressions of "${text}" published ${published}`).toEqual(expected);
}

/** Asserts that `text` holds no time expression at all. */
export function expectNoTimex(text: string, published: string = PUBLISHED): void {
  expect(timexesOf(text, published), `time expressions of "${text}"`).toEqual([]);
}

// ---------------------------------------------------------------- actors

/** An actor mention as `dyad extract --what actors` reports it, plus how it was resolved. */
export interface ActorRow {
  readonly text: string;
  readonly code: string;
  readonly country: string;
  readonly name: string;
  readonly kind: Actor['kind'];
  readonly via: ActorMention['via'];
}

/** The actor mentions of `text`, in text order. */
export function actorsOf(text: string, published: string = PUBLISHED): ActorRow[] {
  return extractFrom(text, published).mentions.map((m) => ({
    text: m.text,
    code: m.actor.code,
    country: m.actor.country,
    name: m.actor.name,
    kind: m.actor.kind,
    via: m.via,
  }));
}

/** The actor the mention whose text is exactly `mentionText` resolves to; fails when there is none. */
export function actorAt(text: string, published: string, mentionText: string): ActorRow {
  const rows = actorsOf(text, published);
  const found = rows.find((r) => r.text === mentionText);
  const known = JSON.stringify(rows.map((r) => r.text));
  expect(found, `no actor mention "${mentionText}" among ${known}`).toBeDefined();
  return found!;
}

// ---------------------------------------------------------------- events

/** A coded event reduced to who did what to whom, how and when (countries, not full actor codes). */
export interface EventRow {
  readonly source: string;
  readonly target: string | null;
  readonly cameo: string;
  readonly modality: Modality;
  readonly date: string;
}

export function rowOf(e: CodedEvent): EventRow {
  return {
    source: e.source.country,
    target: e.target?.country ?? null,
    cameo: e.cameo,
    modality: e.modality,
    date: e.date.value,
  };
}

/** The coded events of `text`. */
export function codedEvents(text: string, published: string = PUBLISHED): CodedEvent[] {
  return [...extractFrom(text, published).events];
}

/** The coded events of `text` as compact rows. */
export function eventsOf(text: string, published: string = PUBLISHED): EventRow[] {
  return codedEvents(text, published).map(rowOf);
}

/**
 * Asserts about the events of `text`: with rows, that each of them is among the events (fields left out
 * are not compared); with a function, whatever it checks on the rows and the full events.
 */
export function expectEvents(
  text: string,
  published: string,
  check: readonly Partial<EventRow>[] | ((rows: EventRow[], events: CodedEvent[]) => void),
): void {
  const events = codedEvents(text, published);
  const rows = events.map(rowOf);
  if (typeof check === 'function') {
    check(rows, events);
    return;
  }
  for (const wanted of check) {
    expect(
      rows.some((r) => Object.entries(wanted).every(([k, v]) => r[k as keyof EventRow] === v)),
      `expected an event like ${JSON.stringify(wanted)} in "${text}", got ${JSON.stringify(rows)}`,
    ).toBe(true);
  }
}

/** Asserts that no event of `text` satisfies `predicate` (by default: that there is no event at all). */
export function expectNoEvent(
  text: string,
  published: string = PUBLISHED,
  predicate: (row: EventRow, event: CodedEvent) => boolean = () => true,
): void {
  const events = codedEvents(text, published);
  const offending = events.filter((e) => predicate(rowOf(e), e)).map(rowOf);
  expect(offending, `unexpected events in "${text}"`).toEqual([]);
}

/** The CAMEO root (first two digits) of a code, as a number: `0311` → 3. */
export function cameoRoot(code: string): number {
  return Number(code.slice(0, 2));
}

/** The quad class a CAMEO root belongs to at the two ends dyad's table fixes: 01–05 and 15–20. */
export function expectedQuadClass(code: string): 1 | 2 | 3 | 4 | undefined {
  const root = cameoRoot(code);
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 10 && root <= 13) return 3;
  if (root >= 15 && root <= 20) return 4;
  return undefined;
}

/**
 * Asserts what every coded event must carry: evidence that is the article's own text and contains the
 * trigger, a rule id under the event's CAMEO root, and Goldstein and quad class that fit the code.
 */
export function expectWellFormed(e: CodedEvent, articleText: string): void {
  const where = `${e.rule} "${e.trigger}"`;
  expect(articleText.slice(e.evidence.start, e.evidence.end), where).toBe(e.evidence.text);
  expect(e.evidence.text, where).toContain(e.trigger);
  expect(articleText.slice(e.triggerSpan.start, e.triggerSpan.end), where).toBe(e.trigger);
  expect(e.triggerSpan.start, where).toBeGreaterThanOrEqual(e.evidence.start);
  expect(e.triggerSpan.end, where).toBeLessThanOrEqual(e.evidence.end);
  expect(e.rule, where).toMatch(/^\d{2,4}\/[a-z0-9-]+$/);
  expect(e.cameo.startsWith(e.rule.slice(0, 2)), where).toBe(true);
  expect(e.cameo, where).toMatch(/^\d{3,4}$/);
  const quad = expectedQuadClass(e.cameo);
  if (quad !== undefined) expect(e.quadClass, where).toBe(quad);
  const root = cameoRoot(e.cameo);
  if (root >= 3 && root <= 8) expect(e.goldstein, where).toBeGreaterThan(0);
  if (root >= 10) expect(e.goldstein, where).toBeLessThan(0);
  expect(e.goldstein, where).toBeGreaterThanOrEqual(-10);
  expect(e.goldstein, where).toBeLessThanOrEqual(10);
  expect(e.confidence, where).toBeGreaterThan(0);
  expect(e.confidence, where).toBeLessThanOrEqual(1);
}
