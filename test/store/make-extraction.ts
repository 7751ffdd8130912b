import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, CodedEvent, EventActor, Extraction } from '../../src/model.js';

/** Actors as the coder would resolve them. */
export const KOR: EventActor = { name: 'South Korea', code: 'KOR', country: 'KOR' };
export const KORGOV: EventActor = { name: 'Lee Jae-myung', code: 'KORGOV', country: 'KOR' };
export const JPN: EventActor = { name: 'Japan', code: 'JPN', country: 'JPN' };
export const JPNGOV: EventActor = { name: 'Shigeru Ishiba', code: 'JPNGOV', country: 'JPN' };
export const PRK: EventActor = { name: 'North Korea', code: 'PRK', country: 'PRK' };
export const USA: EventActor = { name: 'United States', code: 'USA', country: 'USA' };
export const CAN: EventActor = { name: 'Canada', code: 'CAN', country: 'CAN' };

/** A coded event with plausible defaults: KORGOV consults JPN on 2025-07-03, asserted, in the news. */
export function codedEvent(overrides: Partial<CodedEvent> = {}): CodedEvent {
  return {
    article: 'art',
    published: '2025-07-04',
    source: KORGOV,
    target: JPN,
    cameo: '036',
    plover: 'CONSULT',
    goldstein: 4,
    quadClass: 1,
    modality: 'asserted',
    date: { value: '2025-07-03', granularity: 'day', text: 'Thursday', source: 'text', via: 'clause' },
    history: false,
    place: null,
    sentence: 0,
    evidence: { text: 'Lee expressed a desire to visit Japan.', start: 0, end: 38 },
    trigger: 'expressed a desire to visit',
    triggerSpan: { start: 4, end: 31 },
    rule: '036/desire-to-visit',
    confidence: 0.8,
    ...overrides,
  };
}

/** An extraction of one article with the given events; `doc` has no sentences or tokens. */
export function extraction(
  article: Partial<Article> & Pick<Article, 'id'>,
  events: readonly Partial<CodedEvent>[] = [],
): Extraction {
  const full: Article = { published: '2025-07-04', text: `Text of ${article.id}.`, ...article };
  return {
    article: full,
    doc: { article: full, sentences: [], tokens: [] },
    timexes: [],
    mentions: [],
    places: [],
    events: events.map((e) => codedEvent({ article: full.id, published: full.published, ...e })),
  };
}

/** A path for a new database file in a fresh temporary folder. */
export function tempDbFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'dyad-store-')), 'events.db');
}
