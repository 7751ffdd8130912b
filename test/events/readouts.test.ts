import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Government readouts (issue #7, lead): the shapes of the State Department and White House releases, on
// sentences of our own.

describe('a list of officials after a date line', () => {
  it('makes every listed official a party of the meeting (044 for the two guests in Tanzania)', () => {
    const text =
      'Mar. 3 - Minister of Foreign Affairs of Kenya Amina Mohamed, Minister of Foreign Affairs of Uganda ' +
      'Sam Kutesa, and the Foreign Minister of Tanzania met in Arusha, Tanzania on Mar. 2 for trilateral talks.';
    expectEvents(text, '2016-03-03', [
      { source: 'KEN', target: 'UGA', cameo: '044', date: '2016-03-02' },
      { source: 'UGA', target: 'TZA', cameo: '040', date: '2016-03-02' },
      { source: 'TZA', target: 'KEN', cameo: '040', date: '2016-03-02' },
    ]);
  });
});

describe('the place of each of two conjoined acts', () => {
  it('does not place a meeting where the act conjoined before it happened', () => {
    const text = 'The Kenyan envoy toured Arusha on Monday and met Ugandan police officials on Tuesday.';
    expectEvents(text, '2016-03-03', [
      { source: 'KEN', target: 'TZA', cameo: '042' },
      { source: 'KEN', target: 'UGA', cameo: '040' },
    ]);
    expectNoEvent(text, '2016-03-03', (r) => r.cameo === '044');
  });
});

describe('a date after a place written with a comma', () => {
  it('dates the act by "on <day>" after "City, Country", not by the date line', () => {
    expectEvents('Mar. 3 - Uganda met Kenya in Arusha, Tanzania on Mar. 2 for talks on trade.', '2016-03-03', [
      { source: 'UGA', target: 'KEN', cameo: '044', date: '2016-03-02' },
    ]);
  });
});

describe('calls in readouts', () => {
  it('codes "spoke with" as talks with the party named', () => {
    expectEvents('The Kenyan foreign minister spoke with the Foreign Minister of Uganda on Monday.', '2016-03-09', [
      { source: 'KEN', target: 'UGA', cameo: '040' },
    ]);
  });

  it('codes "held a trilateral call on <day> with X and Y" with each of them', () => {
    expectEvents(
      'The Kenyan foreign minister held a trilateral call on March 2 with the Foreign Minister of Uganda and the Foreign Minister of Tanzania.',
      '2016-03-03',
      [
        { source: 'KEN', target: 'UGA', cameo: '041', date: '2016-03-02' },
        { source: 'KEN', target: 'TZA', cameo: '041', date: '2016-03-02' },
      ],
    );
  });

  it('does not read "has called off a strike" as a call', () => {
    expectNoEvent(
      'The Kenyan teachers union has called off a strike after talks with the government.',
      '2016-03-03',
      (r) => r.cameo.startsWith('041'),
    );
  });
});

describe('a coordinated predicate', () => {
  it('takes the subject of the first clause, not an actor inside its object', () => {
    const text =
      'The Kenyan president highlighted the importance of continued Kenya-Uganda-Tanzania cooperation, underscored ' +
      "the need for calm, and stressed President Kagame's commitment to peace.";
    expectEvents(text, '2016-03-03', [{ source: 'KEN', target: 'RWA', cameo: '010' }]);
    expectNoEvent(text, '2016-03-03', (r) => r.source === 'TZA');
  });
});

describe('the representatives of a list of parties', () => {
  it('makes each party of "the leaders of A, B, and C" a subject', () => {
    expectEvents('The leaders of Kenya, Uganda, and Tanzania will hold a summit in Arusha on Friday.', '2016-03-07', [
      { source: 'KEN', target: 'UGA' },
      { source: 'UGA', target: 'TZA' },
      { source: 'TZA', target: 'KEN' },
    ]);
  });
});

describe('"they" after a meeting', () => {
  it('makes the two sides of the meeting told before the subject of what they agreed', () => {
    const text =
      'The Kenyan foreign minister met with the Foreign Minister of Uganda on Monday. The discussion was frank. ' +
      'They agreed to explore areas of potential cooperation.';
    expectEvents(text, '2016-03-09', [
      { source: 'KEN', target: 'UGA', cameo: '030' },
      { source: 'UGA', target: 'KEN', cameo: '030' },
    ]);
  });

  it('leaves "they" alone when no meeting was told', () => {
    expectNoEvent(
      'The Kenyan foreign minister criticized Uganda. They agreed to explore areas of cooperation.',
      '2016-03-09',
      (r) => r.cameo.startsWith('03'),
    );
  });
});

describe('the tense of an asserted act against a date in its clause', () => {
  it('does not date a past act by a later date that belongs to what it was about', () => {
    expectEvents(
      "Kenya's president met Uganda's president on Monday and discussed a planned visit to Nairobi in April.",
      '2016-03-09',
      (rows) => {
        const discussed = rows.filter((r) => r.cameo === '040' && r.date.startsWith('2016-04'));
        if (discussed.length > 0) throw new Error(`a past discussion dated in April: ${JSON.stringify(discussed)}`);
      },
    );
  });

  it('dates a statement in the present on the day it is made, not on the day of what it condemns', () => {
    expectEvents(
      'Kenya and Uganda strongly condemn the attack on the border post by Somali militants on March 3.',
      '2016-03-05',
      [{ source: 'KEN', cameo: '111', date: '2016-03-05' }],
    );
  });
});

describe('launches named by a possessive', () => {
  it("codes a launch after a possessive, a date, a compound or a participle as the possessor's", () => {
    expectEvents("Kenya condemned the DPRK's August 24 (KST) attempted space launch.", '2023-08-25', [
      { source: 'PRK', cameo: '150' },
    ]);
    expectEvents(
      "Kenya condemned the DPRK's self-claimed launch of a solid-fuel intermediate-range ballistic missile (IRBM).",
      '2024-01-15',
      [{ source: 'PRK', cameo: '150' }],
    );
  });

  it('still takes the first day of a two-day visit for the occasion of the meeting, not a visit made', () => {
    expectNoEvent(
      "Kenya's president will meet Uganda's president Thursday on the first day of the Kenyan president's two-day visit to Uganda.",
      '2023-03-14',
      (r) => r.cameo === '042' && r.modality === 'asserted',
    );
  });
});

describe('a plural title', () => {
  it('stands for everyone named with that title before, of two countries or more', () => {
    const text =
      'The Kenyan president held a call with Foreign Minister Sam Kutesa of Uganda and Foreign Minister Augustine ' +
      'Mahiga of Tanzania. The President and the Foreign Ministers condemned the attack by Somali militants.';
    expectEvents(text, '2016-03-09', [
      { source: 'UGA', cameo: '111' },
      { source: 'TZA', cameo: '111' },
    ]);
  });
});

describe('"will continue to" and a year that names a document', () => {
  it('codes "will continue to expand defense cooperation" as an intent, not dated by "the 2015 … Guidelines"', () => {
    expectEvents(
      'Kenya and Uganda will continue to implement and expand defense cooperation as laid out in the 2015 Kenya-Uganda Defense Guidelines.',
      '2017-02-10',
      [{ source: 'KEN', target: 'UGA', cameo: '0312', date: '2017-02-10' }],
    );
  });

  it('keeps "continued to send arms" the act, asserted, not an intent', () => {
    expectEvents('Kenya continued to send arms to Uganda last year.', '2017-02-10', [
      { source: 'KEN', target: 'UGA', cameo: '072', modality: 'asserted' },
    ]);
    expectEvents('Kenya continues to send arms to Uganda.', '2017-02-10', [
      { source: 'KEN', target: 'UGA', cameo: '072', modality: 'asserted' },
    ]);
    // Carrying on that is only wished for is no act yet.
    expectNoEvent('Kenya wants to continue to send arms to Uganda.', '2017-02-10', (r) => r.modality === 'asserted');
  });
});

describe('pressing a party to act', () => {
  it('codes "are pressing X to" as a demand of each subject, and the adjective "pressing" as nothing', () => {
    expectEvents('Kenya and Uganda are pressing Somalia to fulfill its obligations.', '2017-02-10', [
      { source: 'KEN', target: 'SOM', cameo: '100' },
      { source: 'UGA', target: 'SOM', cameo: '100' },
    ]);
    expectNoEvent('Kenya faces a pressing need to reform its police.', '2017-02-10', () => true);
  });

  it('codes "agreed that X must" as a demand on X of each who agreed', () => {
    expectEvents('Kenya and Uganda both agreed that Somalia must immediately repeal its decision.', '2017-02-10', [
      { source: 'KEN', target: 'SOM', cameo: '100' },
      { source: 'UGA', target: 'SOM', cameo: '100' },
    ]);
  });
});

describe('a gerund of means', () => {
  it('is done by the clause’s subject, as planned as the verb it serves', () => {
    const text =
      "Kenya and Uganda will strengthen their cooperation to counter Somalia's threats by conducting missile defense exercises.";
    expectNoEvent(text, '2017-02-10', (r) => r.source === 'SOM');
    expectEvents(text, '2017-02-10', [{ source: 'KEN', modality: 'planned' }]);
    expectNoEvent(
      'We discussed ways that Kenya and Uganda can make the region safer by working together.',
      '2017-02-10',
      (r) => r.modality === 'asserted',
    );
  });
});
