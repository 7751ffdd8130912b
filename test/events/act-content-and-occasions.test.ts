import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Sixth round (issue #7): rules of the clause and of the CAMEO codebook, tested on sentences of our own.

const DAY = '2025-08-20';

describe('a telephone call is held by both sides', () => {
  it('codes "telephoned Y" as 041 in both directions', () => {
    expectEvents("Kenya's foreign minister telephoned the president of Uganda on Monday.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '041' },
      { source: 'UGA', target: 'KEN', cameo: '041' },
    ]);
  });

  it('codes a planned call as the intent of the caller only', () => {
    expectNoEvent('Kenya will telephone Uganda next week.', DAY, (r) => r.source === 'UGA');
  });
});
