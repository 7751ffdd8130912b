import { describe, expect, it } from 'vitest';
import { timemlInterval } from '../../src/time/timeml-interval.js';

describe('timemlInterval', () => {
  it.each([
    ['2025-07-03', '2025-07-03', '2025-07-03'],
    ['2025-07-03T14:00', '2025-07-03', '2025-07-03'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-W26', '2025-06-23', '2025-06-29'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2025-W26-WE', '2025-06-28', '2025-06-29'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-H2', '2025-07-01', '2025-12-31'],
    ['2025-WI', '2025-12-01', '2026-02-28'],
    ['1965', '1965-01-01', '1965-12-31'],
    ['196', '1960-01-01', '1969-12-31'],
    ['19', '1900-01-01', '1999-12-31'],
  ])('%s covers %s to %s', (value, start, end) => {
    expect(timemlInterval(value)).toEqual({ start, end });
  });

  it.each(['PAST_REF', 'FUTURE_REF', 'PRESENT_REF', 'P60Y', '2025-02-30', '2025-13', '2025-W54', 'XXXX-07-03', ''])(
    '%s is no calendar interval',
    (value) => {
      expect(timemlInterval(value)).toBeNull();
    },
  );

  it('runs a range to the end of its end value', () => {
    expect(timemlInterval('1910', '1945')).toEqual({ start: '1910-01-01', end: '1945-12-31' });
    expect(timemlInterval('2025-06', 'PRESENT_REF')).toEqual({ start: '2025-06-01', end: '2025-06-30' });
  });
});
