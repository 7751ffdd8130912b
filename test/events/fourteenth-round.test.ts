import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Fourteenth round: a participle between a noun and its "by" phrase, with the clause's own verb after that
// phrase ("troops praised by Washington attacked …"), is a reduced relative passive (passive.ts): the "by"
// phrase is its agent and the noun its target, never the act of the noun. Sentences of our own.

const DAY = '2025-09-10';

describe('a reduced relative clause does not steal the subject', () => {
  it('codes the main verb with the subject as source, with or without commas', () => {
    for (const text of [
      'Chadian troops, trained by France, attacked Boko Haram fighters on Monday.',
      'Chadian troops trained by France attacked Boko Haram fighters on Monday.',
      'Ethiopian forces, supported by Washington, shelled Eritrean positions on Monday.',
      'Ethiopian forces supported by Washington shelled Eritrean positions on Monday.',
    ])
      expectNoEvent(text, DAY, (r) => ['FRA', 'USA'].includes(r.source) && r.cameo.startsWith('19'));
    expectEvents('Chadian troops trained by France attacked Boko Haram fighters on Monday.', DAY, [
      { source: 'TCD', target: 'NGA', cameo: '190' },
    ]);
    expectEvents('Ethiopian forces supported by Washington shelled Eritrean positions on Monday.', DAY, [
      { source: 'ETH', target: 'ERI', cameo: '194' },
    ]);
  });

  it('does not code the participle as an act of the noun it follows', () => {
    expectNoEvent(
      'Ethiopian forces supported by Washington shelled Eritrean positions on Monday.',
      DAY,
      (r, e) => e.trigger === 'supported' && r.source === 'ETH',
    );
    expectNoEvent(
      'Somali police criticized by the European Union arrested opposition activists in Mogadishu.',
      DAY,
      (r, e) => e.trigger === 'criticized' && r.source === 'SOM',
    );
  });

  it('codes the participle, when it is an act, from its "by" phrase to the noun', () => {
    expectEvents('Somali police criticized by the European Union arrested opposition activists in Mogadishu.', DAY, [
      { source: 'IGO', target: 'SOM', cameo: '111' },
    ]);
  });

  it('leaves a simple past followed by "by" and no later verb alone', () => {
    expectEvents('Ethiopia criticized Eritrea by name on Monday.', DAY, [
      { source: 'ETH', target: 'ERI', cameo: '111' },
    ]);
  });
});

// "the two countries" that acts stands for the parties named before it, not for countries named as the place of
// something since (description-coreference.ts); "in both countries" may still stand for such places.
describe('"the two countries" as a subject stands for parties, not places', () => {
  it('skips a list of countries named as a place', () => {
    const text =
      'Ghana accused Togo of closing the border on Monday. The dispute began at a fair in Benin and Niger last week. ' +
      'The two countries agreed to hold talks on Wednesday.';
    expectEvents(text, DAY, [
      { source: 'GHA', target: 'TGO', cameo: '036' },
      { source: 'TGO', target: 'GHA', cameo: '036' },
    ]);
    expectNoEvent(text, DAY, (r) => r.source === 'BEN' || r.source === 'NER');
  });
});
