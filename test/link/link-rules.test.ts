import { describe, expect, it } from 'vitest';
import { codesCompatible, fit } from '../../src/link/link-rules.js';
import { linkUnits } from '../../src/link/link-unit.js';
import type { LinkedEventRecord } from '../../src/link/linked-event-record.js';
import type { CodedEvent } from '../../src/model.js';
import { CAN, JPN, JPNGOV, KORGOV, codedEvent } from '../store/make-extraction.js';

const month = { value: '2025-06', granularity: 'month', text: 'last month', source: 'text', via: 'clause' } as const;
const june17 = { value: '2025-06-17', granularity: 'day', text: 'on the day', source: 'text', via: 'clause' } as const;

function record(overrides: Partial<LinkedEventRecord>): LinkedEventRecord {
  return {
    id: 1,
    pair_a: 'JPN',
    pair_b: 'KOR',
    source_code: 'KORGOV',
    source_country: 'KOR',
    source_name: 'Lee',
    target_code: 'JPNGOV',
    target_country: 'JPN',
    target_name: 'Ishiba',
    cameo: '044',
    root: '04',
    plover: 'CONSULT',
    goldstein: 1,
    quad_class: 1,
    modality: 'asserted',
    mutual: 1,
    history: 0,
    date_value: '2025-06',
    date_granularity: 'month',
    date_source: 'text',
    date_start: '2025-06-01',
    date_end: '2025-06-30',
    place_name: 'Canada',
    place_country: 'CAN',
    mention_count: 2,
    article_count: 1,
    ...overrides,
  };
}
const unit = (events: Partial<CodedEvent>[]) => linkUnits(events.map((e) => codedEvent(e)))[0]!;

describe('code compatibility', () => {
  it('accepts equal codes, a root generic code, refinements and documented converses', () => {
    expect(codesCompatible('044', '044')).toBe(true);
    expect(codesCompatible('040', '044')).toBe(true);
    expect(codesCompatible('043', '0431')).toBe(true);
    expect(codesCompatible('042', '043')).toBe(true);
  });
  it('refuses different codes of one root, and different roots', () => {
    expect(codesCompatible('041', '044')).toBe(false);
    expect(codesCompatible('036', '044')).toBe(false);
  });
});

describe('fit', () => {
  it('folds a mirrored pair ("A and B met") into one mutual unit', () => {
    const u = unit([
      { source: KORGOV, target: JPNGOV, cameo: '044' },
      { source: JPNGOV, target: KORGOV, cameo: '044' },
    ]);
    expect(u.mentions).toHaveLength(2);
    expect(u.mutual).toBe(true);
  });

  it('links a day inside a month, in either direction for a meeting', () => {
    expect(fit(unit([{ source: JPNGOV, target: KORGOV, cameo: '044', date: june17 }]), record({}))).toBe('direct');
  });

  it('links a trip to the meeting held where it went, and the meeting to the trip', () => {
    expect(fit(unit([{ source: KORGOV, target: CAN, cameo: '042', date: june17 }]), record({}))).toBe('trip');
    const trip = record({
      pair_a: 'CAN',
      pair_b: 'KOR',
      cameo: '042',
      target_code: 'CAN',
      target_country: 'CAN',
      mutual: 0,
      place_country: null,
      place_name: null,
      date_start: '2025-06-17',
      date_end: '2025-06-17',
    });
    const meeting = unit([
      { source: KORGOV, target: JPNGOV, cameo: '044', date: month, place: { name: 'Canada', country: 'CAN' } },
    ]);
    expect(fit(meeting, trip)).toBe('meeting-joins-trip');
  });

  it('keeps apart other modalities, other months, other places and other codes', () => {
    const base = { source: KORGOV, target: JPNGOV, cameo: '044', date: month } as const;
    expect(fit(unit([{ ...base, modality: 'intended' }]), record({}))).toBeNull();
    expect(fit(unit([{ ...base, date: { ...month, value: '2025-05' } }]), record({}))).toBeNull();
    expect(fit(unit([{ ...base, place: { name: 'Seoul', country: 'KOR' } }]), record({}))).toBeNull();
    expect(fit(unit([{ ...base, cameo: '041' }]), record({}))).toBeNull();
    expect(fit(unit([{ ...base, source: KORGOV, target: JPN, cameo: '042' }]), record({}))).toBeNull();
  });

  it('lets a plan told without a date fall on a day within a month after it was reported', () => {
    // "Yoon will visit Japan", reported on March 14 with no day of its own; another report dates the visit.
    const reported = {
      value: '2023-03-14',
      granularity: 'day',
      text: null,
      source: 'publication',
      via: 'publication',
    } as const;
    const plan = {
      source: KORGOV,
      target: JPNGOV,
      cameo: '036',
      modality: 'planned',
      published: '2023-03-14',
    } as const;
    const planRecord = (date_start: string, date_source: 'text' | 'publication') =>
      record({
        cameo: '036',
        root: '03',
        modality: 'planned',
        mutual: 0,
        place_name: null,
        place_country: null,
        date_value: date_start,
        date_granularity: 'day',
        date_source,
        date_start,
        date_end: date_start,
      });
    const undated = unit([{ ...plan, date: reported }]);
    // Its own day is kept (a timeline of April does not show it); its candidates are searched a month ahead.
    expect([undated.start, undated.end, undated.reach.end]).toEqual(['2023-03-14', '2023-03-14', '2023-04-13']);
    expect(fit(undated, planRecord('2023-03-16', 'text'))).toBe('direct');
    expect(fit(undated, planRecord('2023-05-02', 'text'))).toBeNull();
    expect(fit(undated, planRecord('2023-03-13', 'text'))).toBeNull();
    // In the other order: the dated report finds the plan stored without a date, a month back at most.
    const thursday = {
      value: '2023-03-16',
      granularity: 'day',
      text: 'Thursday',
      source: 'text',
      via: 'clause',
    } as const;
    const dated = unit([{ ...plan, date: thursday }]);
    expect(dated.reach.start).toBe('2023-02-14');
    expect(fit(dated, planRecord('2023-03-14', 'publication'))).toBe('direct');
    expect(fit(dated, planRecord('2023-02-01', 'publication'))).toBeNull();
    expect(fit(dated, planRecord('2023-03-14', 'text'))).toBeNull();
    // An act that happened keeps its day.
    const happened = unit([{ ...plan, modality: 'asserted', date: reported }]);
    expect([happened.reach.start, happened.reach.end]).toEqual(['2023-03-14', '2023-03-14']);
  });
});

describe('agents no country is named for', () => {
  const gunmen = { code: '---REB', country: '---', name: 'gunmen' } as const;
  const attack = record({
    pair_a: '---',
    pair_b: 'AFG',
    source_code: '---REB',
    source_country: '---',
    source_name: 'militants',
    target_code: 'AFGCOP',
    target_country: 'AFG',
    target_name: 'a police checkpoint',
    cameo: '190',
    root: '19',
    mutual: 0,
    date_value: '2025-06-17',
    date_granularity: 'day',
    date_start: '2025-06-17',
    date_end: '2025-06-17',
    place_name: 'Kandahar',
    place_country: 'AFG',
  });
  const afghanPolice = { code: 'AFGCOP', country: 'AFG', name: 'police' } as const;
  const base = { source: gunmen, target: afghanPolice, cameo: '190', date: june17 } as const;

  it('link an attack on the same day only at the same named place', () => {
    expect(fit(unit([{ ...base, place: { name: 'Kandahar', country: 'AFG' } }]), attack)).toBe('direct');
    expect(fit(unit([{ ...base, place: { name: 'Kabul', country: 'AFG' } }]), attack)).toBeNull();
    expect(fit(unit([{ ...base, place: null }]), attack)).toBeNull();
  });

  it('while named parties link without a place', () => {
    const afghanArmy = { code: 'AFGMIL', country: 'AFG', name: 'the army' } as const;
    const pakistan = { code: 'PAK', country: 'PAK', name: 'Pakistan' } as const;
    const shelling = record({
      ...attack,
      pair_a: 'AFG',
      pair_b: 'PAK',
      source_code: 'PAK',
      source_country: 'PAK',
      target_code: 'AFGMIL',
      target_country: 'AFG',
    });
    expect(fit(unit([{ ...base, source: pakistan, target: afghanArmy, place: null }]), shelling)).toBe('direct');
  });
});

describe('the CAMEO root', () => {
  // Stores search candidates by the unit's root: a fit across roots would never be found.
  it('is shared by every unit and linked event that fit', () => {
    const codes = ['010', '036', '040', '042', '043', '0431', '044', '046', '057', '061', '112', '190', '04', '05'];
    const places = [null, { name: 'Canada', country: 'CAN' }];
    for (const a of codes) {
      for (const b of codes) {
        for (const place of places) {
          const target = a === '042' ? CAN : JPNGOV;
          const u = unit([{ source: KORGOV, target, cameo: a, date: june17, place }]);
          const r = record({ cameo: b, root: b.slice(0, 2), place_country: place?.country ?? null });
          if (fit(u, r) !== null) expect(a.slice(0, 2)).toBe(b.slice(0, 2));
        }
      }
    }
  });
});
