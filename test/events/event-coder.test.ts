import { describe, expect, it } from 'vitest';
import { cameoCode } from '../../src/events/cameo-table.js';
import {
  codedEvents,
  eventsOf,
  expectEvents,
  expectNoEvent,
  expectWellFormed,
  expectedQuadClass,
} from '../helpers/domain.js';

const DAY = '2025-08-20';

describe('who did what to whom', () => {
  it("codes conjoined subjects as a mutual event, both ways, on the clause's date", () => {
    expect(eventsOf('Germany and France signed a trade agreement on March 3, 2021.', '2021-03-10')).toEqual([
      { source: 'DEU', target: 'FRA', cameo: '057', modality: 'asserted', date: '2021-03-03' },
      { source: 'FRA', target: 'DEU', cameo: '057', modality: 'asserted', date: '2021-03-03' },
    ]);
  });

  it('codes a plain transitive verb from subject to object', () => {
    expect(eventsOf('Germany praised France.', DAY)).toEqual([
      { source: 'DEU', target: 'FRA', cameo: '051', modality: 'asserted', date: DAY },
    ]);
  });

  it('turns a passive around: the "by" phrase is the source', () => {
    expectEvents('Japan was criticized by China on Monday.', DAY, [
      { source: 'CHN', target: 'JPN', cameo: '111', date: '2025-08-18' },
    ]);
    expectEvents('Peru was praised by Chile.', DAY, [{ source: 'CHL', target: 'PER', cameo: '051' }]);
    expectNoEvent('Japan was criticized by China on Monday.', DAY, (r) => r.source === 'JPN');
  });

  it('keeps the speaker of a quotation as the source of what the quotation says', () => {
    const events = codedEvents('"We will visit Japan soon," South Korean President Lee Jae Myung said.', DAY);
    // "We will visit" commits the speaker to a visit: an intent to meet (036), planned.
    const visit = events.find((e) => e.cameo === '036');
    expect(visit).toMatchObject({
      source: { code: 'KORGOV', country: 'KOR', name: 'Lee Jae-myung' },
      target: { country: 'JPN' },
      modality: 'planned',
    });
  });

  it('keeps government roles in the actor codes', () => {
    expectEvents(
      'Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae Myung last month.',
      DAY,
      (_rows, events) => {
        const coded = events.map((e) => [e.source.code, e.target?.code, e.cameo]);
        expect(coded).toEqual([['JPNGOV', 'KORGOV', '040']]);
      },
    );
  });

  // BUG: the gapped trigger "accused ~ spying" swallows its own object, so the event has no target and
  // is dropped (the same happens to "urged Mexico to lift tariffs").
  it('finds the object inside a gapped trigger ("accused X of spying")', () => {
    expectEvents('Bolivia accused Peru of spying.', DAY, [{ source: 'BOL', target: 'PER' }]);
  });
});

describe('modality', () => {
  it('marks a vow as intended', () => {
    expectEvents('Japanese Prime Minister Shigeru Ishiba vowed to improve ties with South Korea.', DAY, [
      { source: 'JPN', target: 'KOR', cameo: '030', modality: 'intended' },
    ]);
  });

  it('marks "will visit ... next month" as planned, codes it as an intent to meet, dates it to next month', () => {
    const text = 'Japanese Prime Minister Shigeru Ishiba will visit South Korea next month.';
    const [visit] = codedEvents(text, DAY);
    expect(visit).toMatchObject({
      source: { country: 'JPN' },
      target: { country: 'KOR' },
      cameo: '036',
      rule: '036/042-visit',
      modality: 'planned',
      date: { value: '2025-09', granularity: 'month', text: 'next month', source: 'text' },
    });
  });

  it('marks "plans to visit ... in April" as planned, in April', () => {
    expectEvents('Peru plans to visit Chile in April.', '2025-03-12', [
      { source: 'PER', target: 'CHL', cameo: '042', modality: 'planned', date: '2025-04' },
    ]);
  });

  it('marks "did not meet" and "never visited" as negated', () => {
    expect(eventsOf('India did not meet Pakistan, and Nepal never visited Bhutan.', DAY)).toEqual([
      { source: 'IND', target: 'PAK', cameo: '040', modality: 'negated', date: DAY },
      { source: 'NPL', target: 'BTN', cameo: '042', modality: 'negated', date: DAY },
    ]);
  });

  // BUG: the negation is more than eight tokens before "visit", outside the window modality looks at.
  it('does not assert a visit that "has not been able" to be dated', () => {
    expectNoEvent(
      'South Korea has not been able to finalize the date of a visit to Japan.',
      DAY,
      (r) => r.cameo === '042' && r.modality === 'asserted',
    );
  });

  it('marks "could meet" and an "if" clause as hypothetical', () => {
    expectEvents('India could meet Pakistan at the summit.', DAY, [
      { source: 'IND', target: 'PAK', cameo: '040', modality: 'hypothetical' },
    ]);
    expectEvents('If India meets Pakistan, tensions could ease.', DAY, [
      { source: 'IND', target: 'PAK', modality: 'hypothetical' },
    ]);
    expectNoEvent('India could meet Pakistan at the summit.', DAY, (r) => r.modality === 'asserted');
  });
});

describe("the event's own date", () => {
  it('flags an event of 1965 in a 2025 article as history, dated 1965', () => {
    const events = codedEvents('Japan and South Korea signed the treaty on June 22, 1965.', DAY);
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.history).toBe(true);
      expect(e.date).toMatchObject({ value: '1965-06-22', granularity: 'day', source: 'text' });
      expect(e.date.value.startsWith('2025')).toBe(false);
    }
  });

  it('flags a bare year decades back as history, but not last year', () => {
    const [old] = codedEvents('Kenya praised Uganda in 1998.', '2025-03-12');
    const [recent] = codedEvents('Kenya praised Uganda in 2024.', '2025-03-12');
    expect([old?.date.value, old?.history]).toEqual(['1998', true]);
    expect([recent?.date.value, recent?.history]).toEqual(['2024', false]);
  });

  it("dates each clause by its own expression, not by the sentence's first one", () => {
    const text = 'Kenya and Uganda held talks last week, and they will meet again next month.';
    expect(eventsOf(text, '2025-03-12')).toEqual([
      { source: 'KEN', target: 'UGA', cameo: '046', modality: 'asserted', date: '2025-W10' },
      { source: 'UGA', target: 'KEN', cameo: '046', modality: 'asserted', date: '2025-W10' },
      { source: 'KEN', target: 'UGA', cameo: '036', modality: 'planned', date: '2025-04' },
      { source: 'UGA', target: 'KEN', cameo: '036', modality: 'planned', date: '2025-04' },
    ]);
  });

  it('dates an event by a weekday before the dateline', () => {
    const [e] = codedEvents('Brazil criticized Argentina on Tuesday.', DAY);
    expect(e?.date).toMatchObject({ value: '2025-08-19', text: 'Tuesday', source: 'text' });
  });

  it('falls back to the publication date, marked as such, when nothing dates the event', () => {
    const [e] = codedEvents('Germany praised France.', DAY);
    expect(e?.date).toMatchObject({ value: DAY, granularity: 'day', text: null, source: 'publication' });
  });

  it("does not lend a sentence's date to an undated sentence before it", () => {
    const [first, second] = codedEvents('Germany praised France. Germany praised France on June 3.', DAY);
    expect(first?.date.source).toBe('publication');
    expect(second?.date).toMatchObject({ value: '2025-06-03', source: 'text' });
  });
});

describe('place', () => {
  it('takes the place from "in <city>", with its country and coordinates', () => {
    const [e] = codedEvents('Italy met Spain in Madrid.', DAY);
    expect(e?.place).toMatchObject({ name: 'Madrid', country: 'ESP' });
    expect(e?.place?.lat).toBeCloseTo(40.4, 0);
    expect(e?.place?.lon).toBeCloseTo(-3.7, 0);
  });

  it('takes the place from "in <country>" and codes a meeting there as one at a third place', () => {
    const [e] = codedEvents('Italy met Spain in Brazil.', DAY);
    expect(e).toMatchObject({ cameo: '044', place: { name: 'Brazil', country: 'BRA' } });
    expect(typeof e?.place?.lat).toBe('number');
    expect(typeof e?.place?.lon).toBe('number');
  });

  it('leaves the place null when the sentence names none', () => {
    const [e] = codedEvents('Germany praised France.', DAY);
    expect(e?.place).toBeNull();
  });
});

describe('every event carries its provenance and a consistent code', () => {
  const corpus = [
    'Germany and France signed a trade agreement on March 3, 2021.',
    'Japan was criticized by China on Monday.',
    'Japanese Prime Minister Shigeru Ishiba vowed to improve ties with South Korea.',
    'Japanese Prime Minister Shigeru Ishiba will visit South Korea next month.',
    'India did not meet Pakistan, and Nepal never visited Bhutan.',
    'Vietnam held talks with Laos during a conference in Japan.',
    'Kenya and Uganda held talks last week, and they will meet again next month.',
    'Officials said on Friday.',
    'Canada urged Mexico to lift tariffs. Canada demanded an apology from Mexico.',
    'Egypt condemned Israel. Turkey accused Greece of violating its airspace.',
    'The UN appealed for humanitarian aid to Sudan on Monday.',
  ].join('\n\n');
  const events = codedEvents(corpus, DAY);

  it('finds events across the corpus', () => {
    expect(events.length).toBeGreaterThanOrEqual(12);
  });

  it('quotes the sentence, containing the trigger, at its offsets, with a rule id under the code', () => {
    for (const e of events) expectWellFormed(e, corpus);
  });

  it('reports the article and dateline', () => {
    for (const e of events) expect([e.article, e.published]).toEqual(['test-article', DAY]);
  });

  it('has Goldstein scores and quad classes that agree with the CAMEO table', () => {
    for (const e of events) {
      const facts = cameoCode(e.cameo);
      expect([e.goldstein, e.quadClass, e.plover]).toEqual([facts.goldstein, facts.quadClass, facts.plover]);
    }
  });

  it('keeps the CAMEO table itself consistent: quad class by root, Goldstein sign by cooperation', () => {
    const codes = ['010', '020', '036', '042', '057', '061', '071', '0841', '100', '111', '120', '130'];
    for (const code of [...codes, '150', '173', '180', '190', '200']) {
      const facts = cameoCode(code);
      const quad = expectedQuadClass(code);
      if (quad !== undefined) expect([code, facts.quadClass]).toEqual([code, quad]);
      const root = Number(code.slice(0, 2));
      if (root >= 3 && root <= 8) expect(facts.goldstein, code).toBeGreaterThan(0);
      if (root >= 10) expect(facts.goldstein, code).toBeLessThan(0);
    }
  });
});
