import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNBOUNDED_LEVEL, linkWindows, spanLevel } from '../../src/store/link-window.js';

const DAY_MS = 86_400_000;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (text: string) => Date.parse(`${text}T00:00:00Z`) / DAY_MS;

// Intervals from one day to three centuries, anywhere from year 1 to 2200: days, months, decades, ranges.
const interval = fc
  .tuple(fc.integer({ min: dayOf('0001-01-01'), max: dayOf('2200-01-01') }), fc.nat({ max: 110_000 }))
  .map(([first, width]) => ({ start: iso(first), end: iso(first + width) }));

describe('link windows', () => {
  it('give each kind of date its width class', () => {
    expect(spanLevel('2025-07-03', '2025-07-03')).toBe(0);
    expect(spanLevel('2025-06-23', '2025-06-29')).toBe(2);
    expect(spanLevel('2025-02-01', '2025-02-28')).toBe(3);
    expect(spanLevel('2024-01-01', '2024-12-31')).toBe(5);
    expect(spanLevel('1960-01-01', '1969-12-31')).toBe(6);
    expect(spanLevel('1910-01-01', '1945-12-31')).toBe(7);
    expect(spanLevel('1900-01-01', '1999-12-31')).toBe(8);
    expect(spanLevel('1700-01-01', '1999-12-31')).toBe(UNBOUNDED_LEVEL);
  });

  it('hold a stored interval exactly when it overlaps the searched one', () => {
    fc.assert(
      fc.property(interval, interval, (stored, searched) => {
        const overlaps = stored.start <= searched.end && stored.end >= searched.start;
        const level = spanLevel(stored.start, stored.end);
        const found = linkWindows(searched.start, searched.end).some(
          (w) => w.level === level && w.from <= stored.start && stored.start <= w.to && stored.end >= searched.start,
        );
        expect(found).toBe(overlaps);
      }),
      { numRuns: 5000 },
    );
  });

  it('search a recent day only near that day, and history only near its own dates', () => {
    const recent = linkWindows('2025-07-03', '2025-07-03');
    expect(recent.find((w) => w.level === 3)).toEqual({ level: 3, from: '2025-05-01', to: '2025-07-03' });
    const treaty = linkWindows('1965-06-22', '1965-06-22');
    expect(treaty.filter((w) => w.level < UNBOUNDED_LEVEL).every((w) => w.from >= '1786')).toBe(true);
    expect(treaty.every((w) => w.to === '1965-06-22')).toBe(true);
  });
});
