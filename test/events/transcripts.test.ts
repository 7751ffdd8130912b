import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Transcripts (issue #7, lead): a speaker's label makes "I" and "we" in the turn the speaker's, on our own text.

const DAY = '2016-05-20';
const JOINT =
  "PRESIDENT KENYATTA: I appreciate Uganda's participation in the talks. We agreed to work together on trade.\n\n" +
  'PRESIDENT MUSEVENI: Thank you. We discussed Somalia.';

describe("a transcript's speaker labels", () => {
  it('codes "I" in a turn as the speaker named by its label', () => {
    expectEvents(JOINT, DAY, [{ source: 'KEN', target: 'UGA', cameo: '051' }]);
  });

  it('codes "we" in a two-party transcript as both speakers', () => {
    expectEvents(JOINT, DAY, [
      { source: 'KEN', target: 'UGA', cameo: '030' },
      { source: 'UGA', target: 'KEN', cameo: '030' },
      { source: 'UGA', target: 'KEN', cameo: '040' },
    ]);
  });

  it('does not take what was discussed for a party to the talks', () => {
    expectNoEvent(JOINT, DAY, (r) => r.target === 'SOM');
  });

  it('leaves "I" unresolved without a label', () => {
    expectNoEvent("I appreciate Uganda's participation in the talks.", DAY);
  });
});
