import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// An act the source managed to do, or was able to do, happened: a past ability is an achievement
// (modality-cues.ts `managed`), where a present or future one ("is able to", "will be able to") is not yet.

const DAY = '2025-10-14';

describe('acts managed or achieved', () => {
  it('asserts an act after "managed to" or a past "able to"', () => {
    expectEvents('Kenya managed to sign a trade agreement with Uganda on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '057', modality: 'asserted' },
    ]);
    expectEvents('Turkey was able to deploy troops to Syria last week.', DAY, [
      { source: 'TUR', target: 'SYR', cameo: '154', modality: 'asserted' },
    ]);
    expectEvents('Chile has been able to deploy troops to Peru.', DAY, [
      { source: 'CHL', target: 'PER', modality: 'asserted' },
    ]);
  });

  it('leaves an ability that is not yet, and a wish to manage, unasserted', () => {
    expectNoEvent('Turkey is able to deploy troops to Syria.', DAY, (r) => r.modality === 'asserted');
    expectNoEvent(
      'Kenya will be able to sign a trade agreement with Uganda next week.',
      DAY,
      (r) => r.modality === 'asserted',
    );
    expectNoEvent('Chile would have been able to deploy troops to Peru.', DAY, (r) => r.modality === 'asserted');
    expectNoEvent('Turkey wants to manage to deploy troops to Syria.', DAY, (r) => r.modality === 'asserted');
    expectEvents('Turkey was not able to deploy troops to Syria.', DAY, [{ source: 'TUR', modality: 'negated' }]);
  });
});
