import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// The README's library example, kept honest.
describe('extract (README example)', () => {
  it('codes a mutual meeting in a third country, dated by its own time expression', () => {
    const { events } = extract({
      id: 'a1',
      published: '2025-07-04',
      text: 'South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met last month in Canada.',
    });
    expect(events.map((e) => [e.source.code, e.cameo, e.target?.code, e.date.value, e.place?.country])).toEqual([
      ['KORGOV', '044', 'JPNGOV', '2025-06', 'CAN'],
      ['JPNGOV', '044', 'KORGOV', '2025-06', 'CAN'],
    ]);
  });
});
