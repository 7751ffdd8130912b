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

describe('what is said to a news medium is said to the public', () => {
  it('does not address a statement to the agency told', () => {
    expectNoEvent('The Ugandan foreign minister told Reuters on Monday that talks would go on.', DAY, (r) =>
      r.cameo.startsWith('01'),
    );
  });

  it('still addresses a statement to a government told', () => {
    expectEvents('The Ugandan foreign minister told the Kenyan government on Monday that talks would go on.', DAY, [
      { source: 'UGA', target: 'KEN' },
    ]);
  });
});
