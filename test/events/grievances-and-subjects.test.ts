import { describe, expect, it } from 'vitest';
import { plover05Type } from '../../src/eval/event-records.js';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Seventh round (issue #7): rules of the clause and of the CAMEO codebook, tested on sentences of our own.

const DAY = '2025-08-20';

describe('the grievance a protest airs is the protest', () => {
  it('aims a road block at the party whose policies it shows disapproval for', () => {
    const text = 'Students in Nairobi blocked a road to show their disapproval for Uganda.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '144' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('11'));
  });

  it('codes a hunger strike "to protest" a decision as one protest at its author', () => {
    const text = "Kenyan opposition leaders began a hunger strike on Monday to protest Uganda's decision.";
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '142' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '114');
  });

  it("keeps a government's verbal protest that no street protest presses", () => {
    expectEvents('Kenya summoned the Ugandan ambassador to protest the raid.', DAY, [{ source: 'KEN', target: 'UGA' }]);
  });
});

describe('who the subject is when numbers and compass words stand before it', () => {
  it('reads "About 200 supporters of" a leader as the subject', () => {
    expectEvents('About 200 supporters of the Kenyan opposition blocked roads in Nairobi.', DAY, [
      { source: 'KEN', cameo: '144' },
    ]);
  });

  it('reads a body counted as one ("a first batch of") as the subject', () => {
    expectEvents('A first batch of Kenyan troops arrived in Somalia on Monday.', DAY, [
      { source: 'KEN', target: 'SOM' },
    ]);
  });

  it('finds the target of "an invasion of South Lebanon"', () => {
    expectEvents('Israel mounted its invasion of South Lebanon on Monday.', DAY, [
      { source: 'ISR', target: 'LBN', cameo: '190' },
    ]);
  });
});

describe('peacekeepers that arrive provide protection', () => {
  it('codes peacekeeping troops arriving in a country as peacekeeping (074), not a visit', () => {
    const text = 'The first Kenyan peacekeeping troops have arrived in Somalia.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'SOM', cameo: '074' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '042');
  });

  it('still codes a minister arriving as a visit', () => {
    expectEvents('The Kenyan foreign minister arrived in Somalia on Monday.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '042' },
    ]);
  });
});

describe('a participle before an actor describes it', () => {
  it('does not code "visiting" in "Jordan\'s visiting King" as a visit', () => {
    const text = "Israel's president refused to meet Jordan's visiting King Abdullah II in Tel Aviv.";
    expectEvents(text, DAY, [{ source: 'ISR', target: 'JOR' }]);
    expectNoEvent(text, DAY, (r) => r.source === 'JOR');
  });

  it('still codes "is visiting Japan"', () => {
    expectEvents('The Kenyan president is visiting Japan.', DAY, [{ source: 'KEN', target: 'JPN', cameo: '042' }]);
  });
});

describe('PLOVER 0.5 types for the gold records', () => {
  it('files appeals under DEMAND (our REQUEST), as the gold does', () => {
    expect(plover05Type('020')).toBe('REQUEST');
    expect(plover05Type('0233')).toBe('REQUEST');
  });
});

describe('a party that reports force by another accuses it', () => {
  it('codes "Kenya said (that) Ugandan troops attacked" as Kenya accusing Uganda (112)', () => {
    expectEvents('Kenya said on Monday that Ugandan troops had attacked the border post.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '112' },
    ]);
  });

  it('accuses the party that holds the place fire came from', () => {
    expectEvents('Israel said a rocket was fired at it from Lebanon on Tuesday.', DAY, [
      { source: 'ISR', target: 'LBN', cameo: '112' },
    ]);
  });

  it('keeps the reported attack beside the accusation', () => {
    expectEvents('Kenya said Ugandan troops shelled Kenyan villages.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '112' },
      { source: 'UGA', target: 'KEN' },
    ]);
  });

  it('does not make a party that reports its own force accuse anyone', () => {
    expectNoEvent('Kenya said its troops attacked Somali militants.', DAY, (r) => r.cameo === '112');
  });

  it('does not accuse from a trailing attribution', () => {
    expectNoEvent('Ugandan troops shelled Kenyan villages, Kenyan police said.', DAY, (r) => r.cameo === '112');
  });
});

describe("patterns from the codebook's meanings", () => {
  it('codes troops withdrawing from a place as yielding to its holder (080)', () => {
    expectEvents('Hundreds of Kenyan troops withdrew from Somalia on Monday.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '080' },
    ]);
  });

  it('codes providing military intelligence to a party as military aid (072)', () => {
    expectEvents('The United States is providing aerial photographs and other military intelligence to Kenya.', DAY, [
      { source: 'USA', target: 'KEN', cameo: '072' },
    ]);
  });

  it('codes blocking transport into a city as obstruction (144)', () => {
    expectEvents('Kenyan rebels blocked transport into Nairobi on Tuesday.', DAY, [{ source: 'KEN', cameo: '144' }]);
  });
});

describe('people named by the body they belong to', () => {
  it('reads "workers affiliated with" a union as the union', () => {
    expectEvents('Some 5,000 workers affiliated with the Kenyan teachers union stopped work on Monday.', DAY, [
      { source: 'KEN', cameo: '143' },
    ]);
  });

  it('reads "militants loyal to" a group as the group', () => {
    expectEvents('Militants loyal to the Taliban attacked a Pakistani army post.', DAY, [
      { source: 'AFG', target: 'PAK' },
    ]);
  });
});

describe('the subject of what a demand says must be done', () => {
  it('finds the actors of a long conjoined subject before "must"', () => {
    expectEvents('Kenyan rebels announced that President Smith and the Kenyan army must agree to changes.', DAY, [
      { source: 'KEN', target: 'KEN', cameo: '100' },
    ]);
  });

  it('finds an actor inside the subject\'s "of" phrase', () => {
    expectEvents('Kenya said the leaders of Uganda must withdraw their troops.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '100' },
    ]);
  });
});

describe('what is told twice or only frames the clause', () => {
  it('codes a consensus to act as the intent only, not also as a statement of accord', () => {
    const text = 'Kenya and Uganda reached a consensus to exchange information on water resources.';
    expectEvents(text, DAY, [
      { source: 'KEN', target: 'UGA' },
      { source: 'UGA', target: 'KEN' },
    ]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('01'));
  });

  it('gives violence that opens an "as" clause no agent from the main clause', () => {
    expectNoEvent(
      'Syrian officers ended mediation efforts in Tripoli as shells continued crashing into the Lebanese port.',
      DAY,
      (r) => r.source === 'SYR' && r.cameo.startsWith('19'),
    );
  });
});

describe('a claim a protest makes by a trailing participle', () => {
  it("is the protest's claim, not a demand of its own", () => {
    const text = 'Kenyan students staged rallies in Nairobi against Uganda, saying Uganda must withdraw its troops.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '141' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '100');
  });

  it('keeps a demand that no protest makes', () => {
    expectEvents('Kenya criticized Uganda, saying Uganda must withdraw its troops.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '100' },
    ]);
  });
});
