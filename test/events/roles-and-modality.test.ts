import { describe, expect, it } from 'vitest';
import { codedEvents, eventsOf, expectEvents, expectNoEvent } from '../helpers/domain.js';

// Roles and modality found in the second round on the gold suites' failures, tested on sentences of our
// own: each rule with a case it must code and a case it must leave alone.

const DAY = '2025-08-20';

describe('quantifiers are not prepositions', () => {
  it('finds the object after "more than", "at least", "up to"', () => {
    expectEvents('Kenya arrested more than 40 Ugandans.', DAY, [{ source: 'KEN', target: 'UGA', cameo: '173' }]);
    expectEvents('Chile expelled at least 12 Peruvian diplomats.', DAY, [{ source: 'CHL', target: 'PER' }]);
  });

  it('still reads a real "than" phrase as oblique', () => {
    expectNoEvent('Kenya praised Tanzania more than Uganda.', DAY, (r) => r.target === 'UGA');
  });
});

describe('what a speaker says another party must or should do', () => {
  it('is a demand on that party when the time of saying stands before "that"', () => {
    expectEvents('Peru said on Tuesday that Chile must withdraw its ambassador.', DAY, [
      { source: 'PER', target: 'CHL', cameo: '100' },
    ]);
  });

  it('lands on every party of a conjoined subject', () => {
    const rows = eventsOf('Brazil said Chile and Peru must end the dispute.', DAY).filter((r) => r.cameo === '100');
    expect(rows.map((r) => r.target).sort()).toEqual(['CHL', 'PER']);
  });

  it('is no demand when the actor only sits in a noun phrase before the verb', () => {
    expectNoEvent('Peru said the dispute with Chile and the talks must end.', DAY, (r) => r.cameo === '100');
  });

  it('never addresses the statement to an actor inside what was said', () => {
    expectNoEvent('Kenya said it would not give permission to Uganda to build the dam.', DAY, (r) =>
      r.cameo.startsWith('01'),
    );
  });
});

describe('targets through the usual prepositions of the act', () => {
  it('takes the doer of a demanded act: "the withdrawal of X", "an admission by X"', () => {
    expectEvents('Georgia demanded the withdrawal of Russian troops.', DAY, [{ source: 'GEO', target: 'RUS' }]);
    expectEvents('Poland demanded an apology by Germany.', DAY, [{ source: 'POL', target: 'DEU' }]);
  });

  it('takes the author of a rejected offer: "rejected an offer from X"', () => {
    expectEvents('Pakistan rejected an offer from India.', DAY, [{ source: 'PAK', target: 'IND', cameo: '120' }]);
  });

  it('lets aid go "to" a country that is also a place', () => {
    expectEvents('Norway provided humanitarian aid to Sudan.', DAY, [{ source: 'NOR', target: 'SDN' }]);
  });

  it('does not hold a meeting "in" a place with that country', () => {
    expectNoEvent('Chile held talks in Peru.', DAY, (r) => r.target === 'PER' && r.cameo.startsWith('04'));
  });

  it('does not give a trigger the objects of a verb coordinated after it', () => {
    expectNoEvent('Israel released the detainees and returned them to Egypt.', DAY, (r) => r.target === 'EGY');
  });
});

describe('domestic acts with no named target', () => {
  it('aims a protest at the government where it is held, or at the protesters’ own', () => {
    expectEvents('Kenyan students staged a protest in Kenya.', DAY, [{ source: 'KEN', target: 'KEN', cameo: '141' }]);
    const [protest] = codedEvents('Thousands of Algerians rioted on Sunday.', DAY);
    expect(protest).toMatchObject({ source: { country: 'DZA' }, target: { code: 'DZAGOV' } });
  });

  it('lays a curfew on the people under the authority that imposes it', () => {
    const [curfew] = codedEvents('The Turkish government imposed a curfew on Monday.', DAY);
    expect(curfew).toMatchObject({ source: { code: 'TURGOV' }, target: { code: 'TUR' }, cameo: '1723' });
  });

  it('gives restrictions in general no home target', () => {
    expectNoEvent('The Canadian government announced travel bans.', DAY);
  });
});

describe('threats', () => {
  it('are aimed at the party a condition names', () => {
    expectEvents('Russia threatened to halt the talks if Norway expands the base.', DAY, [
      { source: 'RUS', target: 'NOR' },
    ]);
  });

  it('of acts in a foreign country are aimed at it', () => {
    expectEvents('Hamas threatened to resume attacks in Israel.', DAY, [{ source: 'PSE', target: 'ISR' }]);
  });
});

describe('modality after a verb of saying', () => {
  it('reads "said they would" as the reported "will": a commitment, not a hypothesis', () => {
    expectEvents('Peru said it would meet Chile next week.', DAY, [
      { source: 'PER', target: 'CHL', cameo: '036', modality: 'planned' },
    ]);
  });

  it('keeps "would" hypothetical with no verb of saying before it', () => {
    expectEvents('Peru would meet Chile if asked.', DAY, [{ source: 'PER', target: 'CHL', modality: 'hypothetical' }]);
  });
});

describe('vocabulary from the codebook', () => {
  it('codes a firefight as small-arms fighting (193) and an air strike as aerial (195)', () => {
    expectEvents('Syrian rebels engaged Jordanian soldiers in a gunbattle.', DAY, [
      { source: 'SYR', target: 'JOR', cameo: '193' },
    ]);
    expectEvents('France launched an air strike against Mali.', DAY, [{ source: 'FRA', target: 'MLI', cameo: '195' }]);
  });

  it('codes evidence presented against a party as an accusation', () => {
    expectEvents('Britain presented evidence against Iran.', DAY, [{ source: 'GBR', target: 'IRN', cameo: '112' }]);
  });

  it('reads "offering" (tagged a noun) as the verb of an offer', () => {
    expectEvents('Japan held talks with Peru, offering military aid to Chile.', DAY, [
      { source: 'JPN', target: 'CHL', cameo: '0332' },
    ]);
  });
});

describe('what a plan or an agreement provides', () => {
  it('is planned, not done ("the accord provides for the release of")', () => {
    const text = 'The peace accord provides for the release of Kenyan prisoners by Uganda.';
    expect(eventsOf(text, DAY).filter((e) => e.source === 'UGA' && e.modality === 'asserted')).toEqual([]);
    expectEvents(text, DAY, [{ source: 'UGA', target: 'KEN', modality: 'planned' }]);
  });

  it('is no battle when "battle" only names the plans', () => {
    const text = 'The Americans say their battle plans call for operating against forces inside Iraq.';
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('19'));
  });

  it('still reads an actor that calls for an act as demanding it', () => {
    const calls = eventsOf('Kenya called for Uganda to release the prisoners.', DAY);
    expect(calls.some((e) => e.source === 'KEN' && /^(02|10)/.test(e.cameo) && e.modality === 'asserted')).toBe(true);
  });
});

describe('the one asked to act', () => {
  it('is the target of a passive asking ("was invited to join", "was urged by X to")', () => {
    expectNoEvent('Hungary was invited to join NATO in 1997.', DAY, (r) => r.source === 'HUN');
    expectEvents('Iraq was urged by the United Nations to withdraw from Kuwait.', DAY, [
      { source: 'IGO', target: 'IRQ' },
    ]);
  });

  it('keeps the subject of "was scheduled to" as the one who acts', () => {
    expectEvents('Kenya was scheduled to meet Uganda on Monday.', DAY, [{ source: 'KEN', target: 'UGA' }]);
  });
});

describe('a month is not the word it spells', () => {
  it('does not read "join NATO on March 12" as joining a march', () => {
    expectNoEvent(
      'Hungary will join NATO on March 12.',
      DAY,
      (r) => r.cameo.startsWith('14') || r.cameo.startsWith('13'),
    );
  });
});

describe('admitting a member', () => {
  it('is no confession ("decided to admit Poland")', () => {
    expectNoEvent('NATO has decided to admit Poland and Hungary in March.', DAY, (r) => r.cameo === '015');
    expectEvents('Iraq admitted responsibility for the attack on Kuwait.', DAY, [{ source: 'IRQ', cameo: '015' }]);
  });
});

describe('an act named as the subject of a modal', () => {
  it('is only supposed: "US air strikes against Iraq could do serious harm"', () => {
    expectEvents('Russia warned that US air strikes against Iraq could do serious harm to relations.', '2025-08-20', [
      { source: 'USA', target: 'IRQ', cameo: '195', modality: 'hypothetical' },
    ]);
  });

  it('happened when what it did is doubted or told', () => {
    for (const text of [
      'Russia said US air strikes against Iraq may have killed 20 civilians.',
      'Russia said US air strikes against Iraq killed 20 civilians.',
    ])
      expectEvents(text, '2025-08-20', [{ source: 'USA', target: 'IRQ', cameo: '195', modality: 'asserted' }]);
  });
});
