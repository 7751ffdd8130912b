import { describe, expect, it } from 'vitest';
import { eventsOf, expectEvents, expectNoEvent } from '../helpers/domain.js';

// Eleventh round (issue #7): acts missed in real news (TempEval-3 stories, 1990-1998), tested on sentences of our own.

const DAY = '1998-03-04';

describe('calling someone names', () => {
  it('is criticism of the one named ("called X a liar")', () => {
    expectEvents('President Museveni called President Moi a liar on Tuesday.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '111' },
    ]);
    expectEvents('The Syrian minister branded Israel a warmonger.', DAY, [
      { source: 'SYR', target: 'ISR', cameo: '111' },
    ]);
  });

  it('is no criticism without the insult ("called on", "called the meeting a success")', () => {
    expectNoEvent('President Museveni called on criminals to surrender to Kenya.', DAY, (r) => r.cameo === '111');
    expectNoEvent('President Museveni called the meeting with Kenya a success.', DAY, (r) => r.cameo === '111');
  });
});

describe('signing', () => {
  it('codes a plan or a framework signed by two parties as an agreement both ways', () => {
    const rows = eventsOf('Ghana and Togo signed a trade plan on Monday.', DAY).filter((r) => r.cameo === '057');
    expect(rows.map((r) => `${r.source}>${r.target}`).sort()).toEqual(['GHA>TGO', 'TGO>GHA']);
  });

  it('conjoins two subjects that each carry their "of" country', () => {
    const text = 'Presidents Jerry Rawlings of Ghana and Gnassingbe Eyadema of Togo signed a border accord Friday.';
    const rows = eventsOf(text, DAY).filter((r) => r.cameo === '057');
    expect(rows.map((r) => `${r.source}>${r.target}`).sort()).toEqual(['GHA>TGO', 'TGO>GHA']);
  });

  it('reads the parties of "the accord signed by A and B"', () => {
    const text = 'Inspectors began work under the Jan. 12 accord signed by Ghana and Togo.';
    expectEvents(text, DAY, (rows) => {
      const signed = rows.filter((r) => r.cameo === '057');
      expect(signed.map((r) => `${r.source}>${r.target} ${r.date}`).sort()).toEqual([
        'GHA>TGO 1998-01-12',
        'TGO>GHA 1998-01-12',
      ]);
    });
  });

  it('leaves a law signed by one party alone', () => {
    expectNoEvent('President Rawlings signed a decree on Monday.', DAY, (r) => r.cameo === '057');
  });
});

describe('assurances', () => {
  it('are a commitment to the one assured, not to an actor inside what was assured', () => {
    expectEvents('Kuchma assured Yeltsin that Ukraine would not join NATO.', DAY, [
      { source: 'UKR', target: 'RUS', cameo: '030' },
    ]);
    expectNoEvent('Kuchma assured Yeltsin that Ukraine would not join NATO.', DAY, (r) => r.target === 'NATO');
  });

  it('name no one when the one assured is unknown ("I can assure you")', () => {
    expectNoEvent('"I can assure you that we are ready," President Rawlings said.', DAY, (r) => r.cameo === '030');
  });
});

describe('an embargo on trade with a country', () => {
  it('is aimed at the country traded with, on the day it was ordered', () => {
    expectEvents('The U.N. Security Council on Aug. 6 ordered a global embargo on trade with Iraq.', '1990-08-15', [
      { source: 'IGO', target: 'IRQ', cameo: '163', date: '1990-08-06' },
    ]);
  });
});

describe('modality read from the clause the act stands in', () => {
  it('tells an act of a relative clause with its own subject as done ("a treaty he had rejected")', () => {
    const text = 'President Moi appeared to accept a border treaty he had rejected in peace talks with Uganda in 1988.';
    expectEvents(text, DAY, (rows) => {
      const rejected = rows.filter((r) => r.cameo.startsWith('12'));
      expect(rejected.map((r) => `${r.source}>${r.target} ${r.modality}`)).toEqual(['KEN>UGA asserted']);
    });
  });

  it('still reads an infinitive governed by a verb of intent ("agreed to reject")', () => {
    expectEvents('Kenya agreed to meet Uganda next month.', DAY, [{ source: 'KEN', target: 'UGA', cameo: '036' }]);
  });

  it('tells the acts a choice is between as only possible ("the choice of backing out or launching attacks")', () => {
    const text =
      'The decision leaves the Ugandan president with the choice of withdrawing from Kenya or launching new attacks on Kenya.';
    expectEvents(text, DAY, (rows) => {
      const attacks = rows.filter((r) => r.cameo === '190');
      expect(attacks.length).toBeGreaterThan(0);
      expect(attacks.every((r) => r.modality === 'hypothetical')).toBe(true);
    });
    expectEvents('Uganda is launching new attacks on Kenya.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '190', modality: 'asserted' },
    ]);
  });
});

describe('roles', () => {
  it('reads "since Vietnam" as a time, not a subject, and an estimated number as the clause\'s subject', () => {
    const text =
      'In the largest military operation since Vietnam, an estimated 20,000 reservists massed to defend Kuwait.';
    expectNoEvent(text, DAY, (r) => r.source === 'VNM');
  });

  it('reads strangling or torturing a state as a figure of speech', () => {
    expectNoEvent('The operations are designed to isolate and strangle Iraq until it retreats from Kuwait.', DAY, (r) =>
      r.cameo.startsWith('18'),
    );
    expectNoEvent('Saudi Arabia vowed to strangle Iraq.', DAY, (r) => r.target === 'IRQ');
    expectEvents('Iraqi soldiers tortured Kuwaitis.', DAY, [{ source: 'IRQ', target: 'KWT', cameo: '1822' }]);
  });
});

describe('a statement made somewhere, with no "that"', () => {
  it('is not addressed to the subject of what was said ("said in Athens the Americans could leave")', () => {
    const text = 'The Iraqi ambassador said in Athens the Americans and other foreigners could leave soon.';
    expectNoEvent(text, DAY, (r) => r.target === 'USA');
  });

  it('still reads an obligation in it as a demand on that subject', () => {
    expectEvents('Kenya said in Nairobi Uganda must withdraw its troops.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '100' },
    ]);
  });
});

describe('the place of one of two coordinated predicates', () => {
  it('stays with its own predicate when an adverb follows the conjunction ("but also criticized")', () => {
    const text =
      'Iran, which had condemned the attack on Kuwait on Aug. 2, condemned Iraq on Friday but also criticized the troops sent to Saudi Arabia.';
    expectEvents(text, '1990-08-15', (_rows, events) => {
      const condemned = events.find((e) => e.source.country === 'IRN' && e.target?.country === 'IRQ');
      expect(condemned?.cameo).toBe('111');
      expect(condemned?.place ?? null).toBeNull();
    });
  });
});

describe('a relative clause with its own subject after the object', () => {
  it('lends the verb no target ("visit the sites that Baghdad had placed off-limits to U.N. inspectors")', () => {
    expectNoEvent('Kenya will not visit the camps that the government had closed to U.N. inspectors.', DAY, (r) =>
      r.cameo.startsWith('12'),
    );
    expectNoEvent('Kenya will not visit the camps that Uganda had closed to U.N. inspectors.', DAY, (r) =>
      r.cameo.startsWith('12'),
    );
  });

  it('keeps an object named before the relative clause ("met the envoys that Uganda sent")', () => {
    expectEvents('President Moi met Ugandan envoys that Museveni had sent.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '040' },
    ]);
  });
});

describe('a "that" clause saying what a demand or a report says', () => {
  it('is no relative clause: "its demand today that Israel ease restrictions" still addresses Israel', () => {
    expectEvents(
      'The ILO reiterated its demand today that Israel ease restrictions on Palestinian workers.',
      DAY,
      (rows) => expect(rows.some((r) => r.target === 'ISR' && r.cameo.startsWith('10'))).toBe(true),
    );
  });
});

describe('hostilities opened with a party', () => {
  it('are a use of force against it, as supposed as the clause says', () => {
    expectEvents('Uganda could start hostilities with Kenya through a direct attack.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '190', modality: 'hypothetical' },
    ]);
    expectEvents('Ethiopia began hostilities against Eritrea on Monday.', DAY, [
      { source: 'ETH', target: 'ERI', cameo: '190', modality: 'asserted' },
    ]);
  });
});
