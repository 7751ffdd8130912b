import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Eighth round (issue #7, lead): attending an occasion abroad, and "help", on sentences of our own.

const DAY = '2025-08-20';

describe('attending an occasion in a country is a trip there', () => {
  it('codes "attended the summit in X" as a visit to X, not to the body holding it', () => {
    const text = 'The Kenyan president attended the African Union summit in Ethiopia on Monday.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'ETH', cameo: '042' }]);
    expectNoEvent(text, DAY, (r) => r.target === 'IGO');
  });

  it('codes a scheduled attendance as a planned visit', () => {
    expectEvents('The Kenyan president is scheduled to attend a conference in Norway on climate.', DAY, [
      { source: 'KEN', target: 'NOR', cameo: '042', modality: 'planned' },
    ]);
  });

  it('codes attending an occasion named after its host city as a trip to that country', () => {
    expectEvents('The Kenyan president prepared to attend the Tokyo Olympics.', DAY, [
      { source: 'KEN', target: 'JPN', cameo: '042', modality: 'planned' },
    ]);
    // Going home is no trip abroad, and a word that is no large city hosts nothing.
    expectNoEvent('The Japanese prime minister attended the Tokyo Olympics.', DAY, (r) => r.cameo.startsWith('04'));
    expectNoEvent('The Kenyan president attended the Special Olympics.', DAY, (r) => r.cameo.startsWith('04'));
  });

  it('keeps talks attended with a partner as a meeting with the partner', () => {
    const text = 'The Kenyan president will attend talks with Uganda in Geneva.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '036' }]);
    expectNoEvent(text, DAY, (r) => r.target === 'CHE');
  });
});

describe('help', () => {
  it('codes help given to an actor as aid', () => {
    expectEvents('Kenya helped the refugees from Somalia on Monday.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '070' },
    ]);
  });

  it('codes a wish to help as an intent to give aid', () => {
    expectEvents('The Kenyan president wants to help Uganda.', DAY, [{ source: 'KEN', target: 'UGA', cameo: '033' }]);
  });

  it('does not code a helping verb as aid to the parties of the act it helps', () => {
    const text = 'Norway helped broker a truce between Sudan and South Sudan.';
    expectEvents(text, DAY, [{ source: 'NOR', target: 'SDN' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('07'));
  });

  it('does not code help that is only the purpose of another act or a pressure', () => {
    expectNoEvent('The Kenyan president faces pressure from parliament to help Uganda.', DAY, (r) =>
      r.cameo.startsWith('07'),
    );
    expectNoEvent('Kenya offered its troops to Uganda to help its army.', DAY, (r) => r.cameo.startsWith('07'));
  });
});
