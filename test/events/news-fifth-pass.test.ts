import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Reading real news, fifth pass: defects found in TempEval-3 stories, tested on sentences of our own.

const DAY = '2025-09-10';

describe('an act of force named as what a threat holds out', () => {
  it("is a threat of force by the act's agent, not the act done", () => {
    expectEvents('The minister spoke of the threat of Turkish air strikes against the PKK if talks fail.', DAY, [
      { source: 'TUR', cameo: '1384' },
    ]);
    expectNoEvent(
      'The minister spoke of the threat of Turkish air strikes against the PKK if talks fail.',
      DAY,
      (r) => r.cameo === '195',
    );
    expectEvents('Residents live under the threat of a Russian attack on Ukraine.', DAY, [
      { source: 'RUS', target: 'UKR', cameo: '1384' },
    ]);
  });

  it('leaves the act done when no threat holds it out', () => {
    expectEvents('Turkish air strikes against the PKK began on Monday.', DAY, [{ source: 'TUR', cameo: '195' }]);
    expectEvents('Europe condemned the Russian attack on Ukraine on Monday.', DAY, [
      { source: 'RUS', target: 'UKR', cameo: '190' },
    ]);
  });
});

describe('an infinitive whose performer is the object of the verb before it', () => {
  it("is not the clause subject's act when that object is no actor", () => {
    for (const text of [
      'Canadian officials said they would allow them to fly back to Haiti.',
      'Canadian officials will allow the refugees to fly back to Haiti.',
    ])
      expectNoEvent(text, DAY, (r) => r.source === 'CAN' && r.cameo.startsWith('04'));
  });

  it("still codes the subject's own act, and the appeal to an actor object", () => {
    expectEvents('Canadian officials will fly back to Haiti.', DAY, [{ source: 'CAN', target: 'HTI' }]);
    expectEvents('France urged Mali to expel the envoy.', DAY, [{ source: 'FRA', target: 'MLI' }]);
  });
});
