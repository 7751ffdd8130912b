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

describe('what a rejection turns down is not an act of its own', () => {
  it('codes the rejection, not the request or the act it asks for', () => {
    const text = 'Chile rejected a request from Peru to extradite the suspects.';
    expectEvents(text, DAY, [{ source: 'CHL', target: 'PER', cameo: '120' }]);
    expectNoEvent(text, DAY, (r) => !r.cameo.startsWith('12'));
    expectNoEvent("South Korea has rejected North Korea's demand to sever its alliance with Japan.", DAY, (r) =>
      r.cameo.startsWith('10'),
    );
  });

  it('leaves out an appeal and a refused act', () => {
    expectNoEvent(
      'Lebanon rejected an appeal from the United Nations for deploying troops along its border with Syria.',
      DAY,
      (r) => r.cameo.startsWith('15'),
    );
    expectNoEvent('Turkey has refused to commit to any direct aid to Iraq.', DAY, (r) => r.cameo.startsWith('03'));
  });

  it('keeps an act coordinated with the rejection', () => {
    expectEvents('Kenya rejected the demand and attacked Uganda.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '190' },
    ]);
    expectNoEvent('Kenya rejected the demand and attacked Uganda.', DAY, (r) => r.cameo.startsWith('10'));
  });
});

describe('an actor written into an event noun is its agent', () => {
  it('credits "Israeli tank shelling" to Israel, in the place where it fell', () => {
    expectEvents('Four children were killed in Israeli tank shelling in the Gaza Strip on Friday.', DAY, [
      { source: 'ISR', target: 'PSE' },
    ]);
  });

  it('keeps conjoined subjects of a verb phrase', () => {
    expectEvents('US and British activists staged a protest in Beijing on Wednesday.', DAY, [
      { source: 'USA', target: 'CHN' },
      { source: 'GBR', target: 'CHN' },
    ]);
  });
});

describe('a present-tense clause after "before" tells what has not happened yet', () => {
  it('makes the trip planned', () => {
    expectEvents("Kenya's president met Sudan's envoy on Monday before he travels to Uganda on Friday.", DAY, [
      { target: 'UGA', cameo: '042', modality: 'planned' },
    ]);
  });

  it('keeps a past-tense clause asserted', () => {
    expectEvents("Kenya's president met Sudan's envoy on Monday before he travelled to Uganda.", DAY, [
      { target: 'UGA', cameo: '042', modality: 'asserted' },
    ]);
  });
});

describe("an apposition names the party of the act's object", () => {
  it('aims a release at the party the released person belongs to', () => {
    expectEvents(
      'Kenya on Wednesday released the mayor of the northern city of Kisumu, a member of the Islamist Hamas movement.',
      DAY,
      [{ source: 'KEN', target: 'PSE', cameo: '0841' }],
    );
  });

  it('leaves an apposition that does not say whose member the person is', () => {
    expectNoEvent(
      'Kenya on Wednesday released the mayor of Kisumu, a town near the border with Uganda.',
      DAY,
      (r) => r.target === 'UGA',
    );
  });
});

describe('a meeting held to discuss a third party', () => {
  // The party discussed stands in the infinitive's clause: it is the object of "discuss", not the one met.
  it('keeps the meeting between those who met', () => {
    for (const text of [
      "Japan and South Korea met on Wednesday to discuss North Korea's missile tests.",
      "The leaders of Japan and South Korea will hold a summit next week to discuss ways to respond to North Korea's nuclear programs.",
    ]) {
      expectEvents(text, DAY, [
        { source: 'JPN', target: 'KOR' },
        { source: 'KOR', target: 'JPN' },
      ]);
      expectNoEvent(text, DAY, (r) => r.target === 'PRK' && r.cameo.startsWith('0'));
    }
  });

  it('still finds the one met after the meeting verb', () => {
    expectEvents("Kenya's foreign minister met Uganda's president on Monday to discuss trade.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '040' },
    ]);
  });
});
