import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Fifth round (issue #7): rules of the clause and of the CAMEO codebook, tested on sentences of our own.

const DAY = '2025-08-20';

describe('talks are negotiation by both sides', () => {
  it('codes "held talks with" as 046 in both directions', () => {
    expectEvents("Kenya's foreign minister held talks with the president of Uganda on Monday.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '046' },
      { source: 'UGA', target: 'KEN', cameo: '046' },
    ]);
  });

  it('keeps "met with" one way', () => {
    expectEvents("Kenya's foreign minister met with the president of Uganda on Monday.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '040' },
    ]);
    expectNoEvent(
      "Kenya's foreign minister met with the president of Uganda on Monday.",
      DAY,
      (r) => r.source === 'UGA',
    );
  });

  it('codes planned talks as the intent of the subject only', () => {
    expectNoEvent('Kenya will hold talks with Uganda next week.', DAY, (r) => r.source === 'UGA');
  });
});
