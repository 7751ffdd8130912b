import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Eighth round (issue #7, lead): documents that speak for a government, and sympathy for a place's people.

const DAY = '2025-08-20';

describe('a document issued in a capital speaks for its government', () => {
  it('codes the accusation of a report released in the capital as an act of its government', () => {
    expectEvents('A report released on Tuesday in Nairobi accused Uganda of arming the rebels.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '112' },
    ]);
  });

  it('names no one for a document issued in a city that is no seat of government', () => {
    expectNoEvent('A report released on Tuesday in Mombasa accused Uganda of arming the rebels.', DAY, (r) =>
      r.cameo.startsWith('11'),
    );
  });
});

describe('sympathy goes to the people of the place it is for', () => {
  it('codes condolences over a disaster abroad as aimed at its people', () => {
    expectEvents('The Kenyan president expressed condolences over the floods in Uganda.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '018' },
    ]);
  });

  it('codes sorrow for a disaster at home too', () => {
    expectEvents('The Kenyan president expressed sorrow for the shootings in Mombasa.', DAY, [
      { source: 'KEN', target: 'KEN', cameo: '018' },
    ]);
  });

  it('does not take the place where sympathy was voiced for its object', () => {
    expectNoEvent('The Kenyan president expressed his sympathy in a speech in Mombasa.', DAY);
  });
});

describe('condolences and designations', () => {
  it('aims condolences on a death at the country of the one mourned', () => {
    expectEvents(
      "The Kenyan president expressed his condolences on the passing of former Uganda's President Tito Okello.",
      DAY,
      [{ source: 'KEN', target: 'UGA', cameo: '018' }],
    );
  });

  it('codes "designating for sanctions X" as sanctions on X', () => {
    expectEvents('Today, Kenya is designating for sanctions two Ugandan companies.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '163' },
    ]);
  });
});

describe('gratitude', () => {
  it('codes "said he was grateful X had …" as praise of X', () => {
    expectEvents(
      'The Kenyan president said he was grateful President Museveni had made Kenya his first destination.',
      '2016-05-20',
      [{ source: 'KEN', target: 'UGA', cameo: '051' }],
    );
  });
});
