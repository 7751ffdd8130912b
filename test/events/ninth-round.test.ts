import { describe, expect, it } from 'vitest';
import { plover05Type } from '../../src/eval/event-records.js';
import { eventsOf, expectEvents, expectNoEvent } from '../helpers/domain.js';

// Ninth round (issue #7): wordings of the CAMEO codebook the patterns did not reach, tested on sentences of our own.

const DAY = '2025-08-20';

describe('a generic "agreed to"', () => {
  it('codes an agreed act no pattern names as an intent (030) at the place its act is done', () => {
    expectEvents('The African Union has agreed to set up a training college in Nairobi.', DAY, [
      { source: 'IGO', target: 'KEN', cameo: '030' },
    ]);
  });

  it('takes the party the act is done to', () => {
    expectEvents('Kenya agreed to open its airspace to Ugandan aircraft.', DAY, [{ source: 'KEN', target: 'UGA' }]);
  });

  it('gives way to the act it names, coded as the intent it is', () => {
    const events = eventsOf('Kenya agreed to withdraw its troops from Somalia.', DAY);
    expect(events.map((e) => e.cameo)).toEqual(['0356']);
  });

  it('needs a target: an agreement to buy equipment names none', () => {
    expectNoEvent('Kenya and Uganda agreed to buy new equipment.', DAY, (r) => r.cameo === '030');
  });
});

describe('a name in apposition inside a pattern', () => {
  it('lets a gap pass over ", UNICEF," and "(UNMEE)"', () => {
    expectEvents("Eritrea forced the UN children's agency, UNICEF, out of the country last year.", DAY, [
      { source: 'ERI', target: 'IGO', cameo: '166' },
    ]);
    expectEvents('Eritrea forced the UN mission (UNMEE) out of the country.', DAY, [
      { source: 'ERI', target: 'IGO', cameo: '166' },
    ]);
  });

  it('stops at a comma that opens a clause', () => {
    expectNoEvent(
      'Eritrea forced the aid group, which had worked there for years, out of the country.',
      DAY,
      (r) => r.cameo === '166',
    );
  });
});

describe('"will no longer tolerate"', () => {
  it('is a threat (130) at the party whose acts are named', () => {
    expectEvents(
      "Egypt's interior minister warned that the police will no longer tolerate protests by the Muslim Brotherhood.",
      DAY,
      [{ source: 'EGY', target: 'EGY', cameo: '130' }],
    );
    expectEvents('The Kenyan government said it will no longer tolerate attacks by Somali militants.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '130' },
    ]);
  });

  it('is no "said no": that needs "no to"', () => {
    expectNoEvent('The Kenyan government said it will no longer tolerate attacks by Somali militants.', DAY, (r) =>
      r.cameo.startsWith('12'),
    );
    expectNoEvent('A Kenyan official said she had no information on the attack on Uganda.', DAY, (r) =>
      r.cameo.startsWith('12'),
    );
    expectEvents("Kenya has said a firm no to Uganda's request.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '120' },
    ]);
  });
});

describe('a plan to coerce', () => {
  it('is the threat it announces (132), aimed at those the restrictions are for', () => {
    expectEvents('Austria plans to impose restrictions on its job market for new EU members.', DAY, [
      { source: 'AUT', target: 'IGO', cameo: '132', modality: 'planned' },
    ]);
  });

  it('leaves a plan to cooperate as the act, planned', () => {
    expectEvents('Kenya plans to visit Uganda next month.', DAY, [{ source: 'KEN', target: 'UGA', cameo: '042' }]);
  });
});

describe('weapons made for use against a party', () => {
  it('is a threat of force (138) at each party named', () => {
    expectEvents('A militia based in Somalia says it is building rockets to use against Kenya and Ethiopia.', DAY, [
      { source: 'SOM', target: 'KEN', cameo: '138' },
      { source: 'SOM', target: 'ETH', cameo: '138' },
    ]);
    expectEvents('Hamas stockpiled rockets for use against Israel.', DAY, [
      { source: 'PSE', target: 'ISR', cameo: '138' },
    ]);
  });
});

describe('a protest against acts by a party', () => {
  it('is aimed at the party the "by" phrase names', () => {
    expectEvents('German students demonstrated against the alleged abuses by the Turkish police.', DAY, [
      { source: 'DEU', target: 'TUR', cameo: '141' },
    ]);
    expectEvents(
      'Palestinian youths threw stones during demonstrations against the alleged human rights violations by the Israeli army.',
      DAY,
      [{ source: 'PSE', target: 'ISR', cameo: '145' }],
    );
  });
});

describe('violent repression and arrests', () => {
  it('codes an arrest told with a dispersal as an act of its own (173 beside 175)', () => {
    expectEvents(
      'Kenyan police fired tear gas to disperse opposition demonstrators in Nairobi, wounding two people and arresting 40.',
      DAY,
      [
        { source: 'KEN', cameo: '175' },
        { source: 'KEN', target: 'KEN', cameo: '173' },
      ],
    );
  });

  it('files violent repression under ASSAULT for the PLOVER gold, as the PLOVER codebook files crowd control', () => {
    expect(plover05Type('175')).toBe('ASSAULT');
    expect(plover05Type('173')).toBe('COERCE');
  });
});

describe('abuse in custody', () => {
  it('names the keeper as the agent of what the person held suffered', () => {
    expectEvents('A Kenyan student died of torture while in Ugandan police custody, his family said.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '1822' },
    ]);
    expectEvents('A Kenyan student was tortured in the custody of Ugandan police.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '1822' },
    ]);
  });

  it('needs the custody phrase', () => {
    expectNoEvent('A Kenyan student died of torture, his family said.', DAY, (r) => r.source === 'UGA');
  });
});

describe('an investigation that names no party', () => {
  it('is coded with no target when a verb opens it', () => {
    expectEvents("Kenya's high court opened a hearing into the legality of the new security law.", DAY, [
      { source: 'KEN', target: null },
    ]);
  });

  it('leaves an investigation noun with no agent alone', () => {
    expectNoEvent('The raid on the camp is not linked with the probe into the bombings in Kenya.', DAY, (r) =>
      r.cameo.startsWith('09'),
    );
  });
});

describe('the place of an act, counted in words', () => {
  it('does not count articles, numbers and hyphens', () => {
    expectEvents(
      'The African Union agreed to a one-year extension of the mandate for the monitoring force in Somalia.',
      DAY,
      [{ source: 'IGO', target: 'SOM', cameo: '030' }],
    );
  });
});

describe('an act declared out of the question', () => {
  it("is the speaker's refusal of it, aimed at whom the act would be done to", () => {
    expectEvents('Kenya said lifting the ban on Ugandan imports remains out of the question.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '1241' },
    ]);
    expectEvents('Kenyan officials said that talks with Somali rebels were out of the question.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '125' },
    ]);
    expectNoEvent('Kenyan officials said that talks with Somali rebels were out of the question.', DAY, (r) =>
      r.cameo.startsWith('04'),
    );
  });
});

describe('a protest in defiance of an authority', () => {
  it('is aimed at the authority it defies, the defiance told with it', () => {
    const text = 'Hong Kong residents blocked streets in defiance of Chinese authorities to demand democratic reforms.';
    expectEvents(text, DAY, [{ source: 'HKG', target: 'CHN', cameo: '144' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('12'));
  });

  it('leaves defiance by acts other than protest as it is', () => {
    expectEvents('Kenya deployed troops in defiance of Uganda.', DAY, [{ source: 'KEN', target: 'UGA', cameo: '128' }]);
  });
});

describe('"has agreed to hold talks"', () => {
  it('is the intent to meet, not talks held (the auxiliary "has" is no "had talks")', () => {
    const text = 'Kenya has agreed to hold talks with Uganda.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '036' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '046');
    expectEvents('Kenya had lengthy talks with Uganda.', DAY, [{ source: 'KEN', target: 'UGA', cameo: '046' }]);
  });
});
