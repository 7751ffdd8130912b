import { describe, expect, it } from 'vitest';
import { eventsOf, expectEvents, expectNoEvent } from '../helpers/domain.js';

// Eighth round (issue #7): codes of the CAMEO codebook for acts the patterns did not name, tested on sentences
// of our own.

const DAY = '2025-08-20';

describe('curfews extended', () => {
  it('codes a planned extension of a curfew as the threat to impose one, aimed at home (1323)', () => {
    const text = 'The Kenyan president announced that he would extend the night curfew in Mombasa.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'KEN', cameo: '1323' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('12'));
  });

  it('codes an extended curfew as a curfew imposed (1723), not a refusal to ease one', () => {
    const text = 'The Kenyan government extended the curfew in Mombasa on Monday.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'KEN', cameo: '1723' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('12'));
  });

  it('codes a planned extension of a state of emergency as a threat (1324)', () => {
    expectEvents('The Kenyan president said he would extend the state of emergency in the north.', DAY, [
      { source: 'KEN', target: 'KEN', cameo: '1324' },
    ]);
  });
});

describe('demands by pressure and by summons', () => {
  it('codes "has been pressuring X, …, to" as a demand on X however far the "to"', () => {
    expectEvents(
      'The United States has been pressuring Kenya, its closest ally in the region, to reopen the border.',
      DAY,
      [{ source: 'USA', target: 'KEN', cameo: '100' }],
    );
  });

  it('leaves the noun "pressure" alone', () => {
    expectNoEvent('Kenya came under pressure from Uganda to reopen the border.', DAY, (r) => r.cameo === '100');
  });

  it('codes "ordered X to appear for questioning" as a demand on X', () => {
    expectEvents('A Kenyan judge ordered the Ugandan trade minister to appear for questioning on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '100' },
    ]);
  });

  it('aims a demanded truce at the party it is to be made "with"', () => {
    expectEvents('Kenyan rebels demanded a truce with Ugandan forces.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '1056' },
    ]);
  });
});

describe('letting a party do something', () => {
  it('codes "allowed X to hold a rally" as yielding to X (080)', () => {
    expectEvents('The Kenyan interior minister allowed Ugandan opposition leaders to hold a rally in Nairobi.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '080', modality: 'asserted' },
    ]);
  });

  it('codes "will allow X to return home" as the intent to yield (035)', () => {
    expectEvents('Uganda will allow Kenyan refugees to return home.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '035' },
    ]);
  });

  it('codes a candidate allowed to participate in an election as an eased ban on politicians (0812)', () => {
    expectEvents("Kenya's Supreme Court allowed the opposition candidate to participate in the election.", DAY, [
      { source: 'KEN', cameo: '0812' },
    ]);
  });

  it('codes a bare "allowed" only with the party let act', () => {
    expectNoEvent(
      'Kenyan police barred the crowd from reaching the Ugandan embassy but allowed them to demonstrate nearby.',
      DAY,
      (r) => r.cameo.startsWith('08'),
    );
  });

  it('takes no actor before "for the family to allow" as the one who allows', () => {
    expectNoEvent('The Kenyan president must be dreaming for the family to allow Ugandan spies into the house.', DAY);
  });

  it('leaves the noun "permit" alone', () => {
    expectNoEvent('Kenya issued a permit to Ugandan officials.', DAY, (r) => r.cameo.startsWith('08'));
  });

  it('codes nothing when no party allows', () => {
    expect(eventsOf('The new law allows police to detain suspects for two weeks.', DAY)).toEqual([]);
  });
});

describe('two sides of one country agreeing', () => {
  it('codes "the government and the rebels agreed to allow" as the intent of each toward the other', () => {
    expectEvents('The Ugandan government and Ugandan rebels have agreed to allow "free access" for aid workers.', DAY, [
      { source: 'UGA', target: 'UGA', cameo: '035' },
    ]);
    expectNoEvent(
      'The Ugandan government and Ugandan rebels have agreed to allow "free access" for aid workers.',
      DAY,
      (r) => r.target === null,
    );
  });
});

describe('a complaint that trails its sentence', () => {
  it('aims "…, a human rights group protested" at the subject of the clause before it', () => {
    const text =
      'Kenyan authorities are failing to protect Somali refugees, a human rights group protested on Wednesday.';
    expectEvents(text, DAY, [{ source: 'NGO', target: 'KEN', cameo: '114' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '141');
  });

  it('leaves a complaint with an object of its own to that object', () => {
    const text = 'Kenya closed the border, and a human rights group protested the decision of Uganda.';
    expectNoEvent(text, DAY, (r) => r.source === 'NGO' && r.target === 'KEN');
  });
});

describe('rebels at home, investigations abroad, subjects before an aside', () => {
  it("aims rebels' bombings and sabotage in their own country at that country", () => {
    expectEvents('Ugandan rebels blew up power lines leading into Kampala on Sunday.', DAY, [
      { source: 'UGA', target: 'UGA', cameo: '1712' },
    ]);
    expectEvents('Ugandan rebels exploded a series of bombs in Kampala on Sunday.', DAY, [
      { source: 'UGA', target: 'UGA', cameo: '183' },
    ]);
  });

  it("leaves the state's own forces at home without a target", () => {
    expectNoEvent('Ugandan troops blew up power lines leading into Kampala on Sunday.', DAY);
  });

  it('credits an investigation with no named agent to the authorities of the place, passive "has been put"', () => {
    expectEvents('A Kenyan businessman has been put under investigation in Uganda for fraud.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '090' },
    ]);
  });

  it('finds the subject before ", like most of its neighbours," when the tagger reads "plans" as a noun', () => {
    expectEvents('Kenya, like most of its neighbours, plans to impose sanctions on Uganda.', DAY, [
      { source: 'KEN', target: 'UGA' },
    ]);
  });
});

describe('findings, broken commitments, compensation, displacement, rescue', () => {
  it('codes "concluded that X and other developed nations must" as a demand on X', () => {
    expectEvents(
      'The African Water Forum concluded on Saturday that Kenya and other developed nations must allocate more money.',
      DAY,
      [{ target: 'KEN', cameo: '100' }],
    );
  });

  it('codes "reneged on his commitment to X" as a rejection aimed at X', () => {
    expectEvents('The Kenyan president has reneged on his commitment to the Ugandan people.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '120' },
    ]);
  });

  it('codes compensation paid to X as property returned (0842)', () => {
    expectEvents('Kenya said it had paid compensation to Ugandan nationals for goods seized in 1990.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '0842' },
    ]);
  });

  it('codes people forced out of their homes as a mass expulsion (201)', () => {
    expectEvents('The Kenyan army forced out more than 1,000 Somali refugees from their homes on Monday.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '201' },
    ]);
  });

  it('aims an evacuation "from" a place at the place', () => {
    expectEvents('UN helicopters evacuated the wounded from Goma on Friday.', DAY, [{ target: 'COD', cameo: '073' }]);
  });

  it('codes expertise shared with X as material cooperation (060)', () => {
    expectEvents('The Kenyan ministry has been sharing expertise with Uganda.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '060' },
    ]);
  });

  it('aims "investigated the welfare of X" at X', () => {
    expectEvents(
      'Members of the African Jurists Association investigated the welfare of nearly 2,000 Ugandan prisoners.',
      DAY,
      [{ target: 'UGA', cameo: '090' }],
    );
  });

  it('codes "dismissed an appeal from X" as a rejection of X', () => {
    expectEvents('Kenya dismissed an appeal from Uganda to reopen the border.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '120' },
    ]);
  });
});

describe('releases, refusals to resign, bans on protest, and phrases of a reduced relative clause', () => {
  it('codes "will release Prime Minister X" as the intent to release a person (0353)', () => {
    expectEvents('Ugandan rebels said they will release Prime Minister John Mbeki on the weekend.', DAY, [
      { source: 'UGA', cameo: '0353' },
    ]);
  });

  it('reads "released a statement to members of parliament" as a statement, not a release of people', () => {
    expectNoEvent('The Kenyan government released a statement to members of parliament.', DAY, (r) =>
      r.cameo.startsWith('08'),
    );
    expectEvents('Kenya released the Ugandan prime minister on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '0841' },
    ]);
  });

  it('aims a refusal to resign at home', () => {
    expectEvents('The Kenyan president has declined to resign despite growing pressure.', DAY, [
      { source: 'KEN', target: 'KEN', cameo: '1231' },
    ]);
  });

  it('codes a demonstration prevented as a restriction of freedoms at home, not aimed at a country named past it', () => {
    const text =
      'Kenyan police prevented the demonstration staged by students in Nairobi to protest the sending of troops to Somalia.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'KEN', cameo: '1721' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '1721' && r.target === 'SOM');
  });

  it('takes no target from a participle\'s phrase ("techniques used against X"), but keeps its agent', () => {
    expectNoEvent(
      'The Kenyan high court opened a hearing on Wednesday into interrogation techniques used against Somali detainees.',
      DAY,
      (r) => r.target === 'SOM',
    );
    expectEvents('Kenyan police launched an investigation into crimes committed by Ugandan forces.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '090' },
    ]);
  });
});

describe('a place past a participle that describes a noun', () => {
  it('aims aid "to refugees fleeing the fighting in Liberia" at Liberia', () => {
    expectEvents('The United Nations will provide food aid to refugees fleeing the fighting in Liberia.', DAY, [
      { target: 'LBR', cameo: '0333' },
    ]);
  });
});

describe('the protest a rally is held for', () => {
  it('codes "converging for a rally in Nairobi to protest X" as demonstrating (141), not a verbal complaint', () => {
    const text = "Thousands of Kenyans were converging on Monday for a rally in Nairobi to protest Uganda's decision.";
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '141' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '114');
  });

  it('folds what "a demonstration calling for" asks into the protest of the same people', () => {
    const text =
      'Kenyan students rioted following a peaceful demonstration calling for the removal of the Ugandan ambassador.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '145' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('02'));
  });
});

describe('freedoms enhanced', () => {
  it('codes steps taken to enhance political freedoms as restrictions eased at home (0811)', () => {
    expectEvents('The Kenyan president has taken several steps to enhance political freedoms in Kenya.', DAY, [
      { source: 'KEN', target: 'KEN', cameo: '0811' },
    ]);
  });
});

describe('a passive agent resumed after an aside', () => {
  it('takes the "by" phrase that follows a parenthetical segment as the agent', () => {
    expectEvents(
      'The Kenyan minister has been accused of misusing public funds, much of it believed to have been stolen, by Ugandan officials.',
      DAY,
      [{ source: 'UGA', target: 'KEN', cameo: '112' }],
    );
  });
});

describe('a relative clause with a modal', () => {
  it('gives "a plan that will not allow X" no actor as its subject', () => {
    expectNoEvent('Kenya approved a plan that will not allow Ugandan candidates on the ballot.', DAY, (r) =>
      r.cameo.startsWith('12'),
    );
  });

  it('gives "a resolution that aims to impose sanctions" no actor as its subject', () => {
    expectNoEvent('Kenya backed a resolution that aims to impose sanctions on Uganda.', DAY, (r) => r.target === 'UGA');
  });

  it('keeps the actor a relative pronoun follows directly', () => {
    expectEvents('Kenyan soldiers who would attack Uganda were arrested.', DAY, [{ source: 'KEN', target: 'UGA' }]);
  });
});

describe('the place of what a rejection turns down', () => {
  it('aims "rejected a call for its troops to be deployed in X" at X', () => {
    expectEvents('Kenya rejected a call for its troops to be deployed in Somalia.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '120' },
    ]);
  });
});
