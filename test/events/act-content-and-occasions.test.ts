import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Sixth round (issue #7): rules of the clause and of the CAMEO codebook, tested on sentences of our own.

const DAY = '2025-08-20';

describe('a telephone call is held by both sides', () => {
  it('codes "telephoned Y" as 041 in both directions', () => {
    expectEvents("Kenya's foreign minister telephoned the president of Uganda on Monday.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '041' },
      { source: 'UGA', target: 'KEN', cameo: '041' },
    ]);
  });

  it('codes a planned call as the intent of the caller only', () => {
    expectNoEvent('Kenya will telephone Uganda next week.', DAY, (r) => r.source === 'UGA');
  });
});

describe('what is said to a news medium is said to the public', () => {
  it('does not address a statement to the agency told', () => {
    expectNoEvent('The Ugandan foreign minister told Reuters on Monday that talks would go on.', DAY, (r) =>
      r.cameo.startsWith('01'),
    );
  });

  it('still addresses a statement to a government told', () => {
    expectEvents('The Ugandan foreign minister told the Kenyan government on Monday that talks would go on.', DAY, [
      { source: 'UGA', target: 'KEN' },
    ]);
  });
});

describe('a visit that frames the act is not coded on its own', () => {
  it('codes the talks held during a visit, not the visit', () => {
    const text = "Kenya's foreign minister held talks with the president of Uganda during a surprise visit to Kampala.";
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '046' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '042');
  });

  it('leaves out the trip at whose start a statement was made', () => {
    expectNoEvent(
      "Kenya's foreign minister made his remarks in Kampala at the start of a regional trip.",
      DAY,
      (r) => r.cameo === '042',
    );
  });

  it("keeps a visit that is the clause's own act", () => {
    expectEvents('The Kenyan president is on a three-day visit to Japan.', DAY, [
      { source: 'KEN', target: 'JPN', cameo: '042' },
    ]);
  });
});

describe('what is demanded or agreed to has not happened', () => {
  it('codes the demand, not the act it asks to be called off', () => {
    const text = 'Kenya demanded on Monday that Uganda cancel plans to sell fighter jets to Sudan.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA' }]);
    expectNoEvent(text, DAY, (r) => r.source === 'UGA');
  });

  it('codes a demand for a meeting, not the discussion it would hold', () => {
    const text = 'Kenya demanded a meeting of the African Union to discuss the Ugandan advance.';
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('04'));
  });

  it('codes a statement that a party must act as a demand only', () => {
    const text = 'The Kenyan president said on Monday that Uganda must be ready to mediate between Sudan and Chad.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '100' }]);
    expectNoEvent(text, DAY, (r) => r.source === 'UGA');
  });

  it('codes the agreement, not the cooperation it foresees', () => {
    const text = 'Kenyan and Ugandan officials agreed on Monday that their countries should cooperate.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '030' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('05'));
  });

  it('keeps an act in a clause of its own after the demand', () => {
    expectEvents('Kenya demanded a truce after Ugandan troops shelled Kenyan positions.', DAY, [
      { source: 'UGA', target: 'KEN', cameo: '194' },
    ]);
  });
});

describe('a purpose clause is the aim of the act it serves', () => {
  it('codes aid sent to help defend a country as aid to it, not as a defence', () => {
    const text = 'Kenya is willing to send material to help defend Uganda, its foreign minister said.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '033' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('05'));
  });

  it('folds the demand a protest presses into the protest, aimed where the demand is', () => {
    const text =
      'Tens of thousands of Kenyan students protested in Nairobi on Monday to demand the resignation of the Ugandan ambassador.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '141' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('10'));
  });

  it('folds the protest a march voices into the march, across a participle phrase', () => {
    const text =
      'Some 1,500 Kenyan students marched on Sunday in downtown Nairobi, burning Ugandan flags to protest the killings of Kenyans by Ugandan police.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '141' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('11') || r.target === 'KEN');
  });

  it('folds the demand a threatened blockade presses into the threat', () => {
    const text =
      'Kenyan farmers said on Friday they would blockade Nairobi from Monday to demand an end to the reform.';
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('10'));
  });
});

describe('a clause with its own subject', () => {
  it('does not lend its subject to the object of the clause before', () => {
    const text = 'Kenyan troops attacked Uganda and Sudan condemned the raid.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '190' }]);
    expectNoEvent(text, DAY, (r) => r.target === 'SDN' || r.source === 'UGA');
  });

  it('keeps conjoined objects and conjoined subjects of a verb of saying', () => {
    expectEvents('Kenyan troops attacked Uganda and Sudan on Monday.', DAY, [
      { source: 'KEN', target: 'UGA' },
      { source: 'KEN', target: 'SDN' },
    ]);
    expectEvents('The president said Kenya and Uganda would meet in March.', DAY, [{ source: 'KEN', target: 'UGA' }]);
  });

  it('does not address an act to the subject of a coordinated clause', () => {
    expectNoEvent('Kenya remained silent but Uganda said it was unaware of the plan.', DAY, (r) => r.target === 'UGA');
  });

  it("gives a purpose clause the subject of the verb it serves, not that verb's object", () => {
    expectNoEvent('The Kenyan president will visit Uganda and Rwanda to mediate in the dispute.', DAY, (r) =>
      ['UGA', 'RWA'].includes(r.source),
    );
  });
});

describe('a list of targets', () => {
  it('codes one event per target of a comma list', () => {
    expectEvents('The Kenyan president met the leaders of Uganda, Tanzania and Rwanda on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '040' },
      { source: 'KEN', target: 'TZA', cameo: '040' },
      { source: 'KEN', target: 'RWA', cameo: '040' },
    ]);
  });

  it('reads a list whose last item follows an aside', () => {
    expectEvents('Kenya agreed to lift sanctions on Uganda, Sudan, and with conditions attached, Rwanda.', DAY, [
      { source: 'KEN', target: 'SDN' },
      { source: 'KEN', target: 'RWA' },
    ]);
  });

  it('does not read an apposition as a list', () => {
    expectNoEvent("The Kenyan president met Museveni, Tanzania's envoy, on Monday.", DAY, (r) => r.target === 'TZA');
  });
});

describe('charges', () => {
  it('does not read a body "charged with" a task as charging anyone', () => {
    expectNoEvent(
      'The UN commission charged with monitoring the ceasefire between Ethiopia and Eritrea met on Monday.',
      DAY,
      (r) => r.cameo === '173',
    );
  });

  it('keeps a criminal charge, and codes its crime as alleged only', () => {
    expectEvents('Two Ugandans were charged with espionage in Kenya on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '173' },
    ]);
    expectEvents('Two Ugandans were charged with spying in Kenya on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '173' },
    ]);
    expectNoEvent('Two Ugandans were charged with killing a Kenyan soldier.', DAY, (r) => r.cameo.startsWith('19'));
  });
});

describe('conjoined verbs share their subject and object', () => {
  it('codes a donation delivered by the same givers', () => {
    expectEvents('Doctors from two Japanese aid groups donated and personally delivered goods to Kenya.', DAY, [
      { source: 'JPN', target: 'KEN', cameo: '070' },
    ]);
  });

  it('codes each act of two conjoined verbs of different roots', () => {
    expectEvents('Kenya condemned and sanctioned Uganda on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '111' },
      { source: 'KEN', target: 'UGA', cameo: '163' },
    ]);
  });
});

describe('a subordinate clause with a subject of its own', () => {
  it('does not take the actor of the clause around it', () => {
    expectNoEvent(
      'Kenya lifted a night curfew in Uganda where 28 people have been killed in ethnic riots this year.',
      DAY,
      (r) => r.cameo.startsWith('14'),
    );
  });

  it('reads "he" there as the main clause\'s subject', () => {
    expectEvents("Kenya's president met Sudan's envoy on Monday before he travels to Uganda on Friday.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '042', modality: 'planned' },
    ]);
  });
});

describe('what a thing is aimed at', () => {
  it('is not coded as an act', () => {
    expectNoEvent(
      "Kenya's foreign minister spoke in Kampala at the start of a regional trip aimed at pushing for a ceasefire in Sudan.",
      DAY,
      (r) => r.cameo.startsWith('10'),
    );
  });
});

describe('what someone is suspected of', () => {
  it('is not coded as an act', () => {
    const text = 'Kenya offered to hand over to Uganda two men suspected by the police of blowing up a Ugandan bus.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('18'));
  });
});

describe('what an agreement provides for', () => {
  it('is the content of the signing, not an act of its own', () => {
    const text = 'Kenya and Uganda signed an agreement on Monday to increase trade by 50 percent.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '057' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('06'));
  });
});

describe('a clause after a comma with a subject of its own', () => {
  it('takes no actor from the clause before', () => {
    expectNoEvent(
      'Kenyan authorities are failing to protect refugees, a human rights group protested here Wednesday.',
      DAY,
      (r) => r.cameo.startsWith('14'),
    );
    expectNoEvent(
      'Up to 100 Kenyans demonstrated on Tuesday in Uganda, where 24 people were killed in riots last March.',
      DAY,
      (r) => r.cameo === '145',
    );
  });

  it('does not take a name suffix after a comma for a subject of its own', () => {
    expectEvents(
      'President Joseph R. Biden, Jr. spoke today with the Kenyan president to stress his commitment to strengthening the alliance with Kenya.',
      DAY,
      [{ source: 'USA', target: 'KEN' }],
    );
  });

  it('lends its subject to a trailing participle', () => {
    expectEvents(
      "Kenya's president held talks in Kampala on Monday, offering further military support to Uganda.",
      DAY,
      [{ source: 'KEN', target: 'UGA' }],
    );
  });
});

describe('people named by where they come from', () => {
  it('stand for their country after a participle and a hyphenated modifier', () => {
    expectEvents('The Kenyan president will meet with exiled dissidents from military-ruled Myanmar on Friday.', DAY, [
      { source: 'KEN', target: 'MMR' },
    ]);
  });
});

describe('passives that a pattern opens on their own subject', () => {
  it('takes the presenter of evidence from the by-phrase and the accused from "against"', () => {
    expectEvents('Evidence against Uganda was presented by Kenya on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '112' },
    ]);
  });

  it('codes prisoners released by a named party, with no party as target', () => {
    expectEvents('The dissidents jailed for criticizing the government were released on Monday by Kenya.', DAY, [
      { source: 'KEN', target: null, cameo: '0841' },
    ]);
  });

  it('codes what inspectors examine as an investigation', () => {
    expectEvents('United Nations inspectors want to re-examine the refineries in Iran.', DAY, [
      { source: 'IGO', target: 'IRN', cameo: '090' },
    ]);
  });
});

describe('a speaker and what it reports', () => {
  it('is not the agent of an attack it reports, though a pronoun for it follows', () => {
    expectNoEvent(
      'Kenya said a mortar bomb was fired at it from Uganda on Tuesday in the first such attack since the war ended.',
      DAY,
      (r) => r.source === 'KEN' && r.cameo.startsWith('19'),
    );
  });

  it('stays the agent when the reported clause opens with a pronoun for it', () => {
    expectEvents('Kenya said on Tuesday that it would attack Uganda.', DAY, [{ source: 'KEN', target: 'UGA' }]);
  });
});

describe('what is alleged', () => {
  it('codes the allegation, and no act alleged in a clause joined by "and that"', () => {
    const text =
      'Kenya alleged that Uganda was aware of the preparations, and that the Ugandan army took part in the shelling of Kenyan towns.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '112' }]);
    expectNoEvent(text, DAY, (r) => r.source === 'UGA');
  });

  it('finds the accuser after "after", though the tagger reads "alleged" as an adjective', () => {
    expectEvents('Uganda expelled the inspectors after Kenyan officials alleged that Uganda hid weapons.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '112' },
    ]);
  });
});

describe('places named with a direction or as "the town of"', () => {
  it('puts a riot "in northern Israel" there', () => {
    expectEvents('Palestinian prisoners rioted on Monday at this jail in northern Israel.', DAY, [
      { source: 'PSE', target: 'ISR', cameo: '145' },
    ]);
    expectNoEvent(
      'Palestinian prisoners rioted on Monday at this jail in northern Israel.',
      DAY,
      (r) => r.cameo === '173',
    );
  });

  it('reads "the northern city of Mosul" and keeps "Northern Ireland" a name', () => {
    expectEvents('Kenyan troops shelled rebel positions in the northern city of Mosul.', DAY, [
      { source: 'KEN', target: 'IRQ' },
    ]);
    expectNoEvent('Britain banned the group in Northern Ireland.', DAY, (r) => r.target === 'IRL');
  });

  it('codes an attack on a place once when the people killed there are named', () => {
    const text =
      'Russian aircraft killed 46 Afghan civilians in an attack on a village in the western province of Herat.';
    expectEvents(text, DAY, (rows) => {
      const attacks = rows.filter((r) => r.source === 'RUS' && r.cameo.startsWith('19'));
      if (attacks.length !== 1) throw new Error(`expected one attack, got ${JSON.stringify(rows)}`);
    });
  });

  it('names no killer in a crash', () => {
    expectNoEvent('Ten people were killed by the Kenya Airways flight crash in western Uganda.', DAY);
  });
});

describe('force readied, systems hacked, camps attacked', () => {
  it('codes an army preparing to resume shelling as a show of force', () => {
    expectEvents('The Kenyan army prepared to resume shelling Ugandan rebel positions on Monday.', DAY, [
      { source: 'KEN', cameo: '150', modality: 'asserted' },
    ]);
    expectNoEvent('The Kenyan army prepared to resume shelling Ugandan rebel positions on Monday.', DAY, (r) =>
      r.cameo.startsWith('19'),
    );
  });

  it("codes hacking into a party's computers as coercion of that party", () => {
    expectEvents('Kenya has tried to hack into the computers of Ugandan army officers.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '170' },
    ]);
  });

  it('aims an attack on a camp for refugees at the refugees', () => {
    expectEvents('A camp for Congolese refugees was attacked by Burundian militiamen on Monday.', DAY, [
      { source: 'BDI', target: 'COD', cameo: '190' },
    ]);
  });
});

describe('inspectors sent, and names explained by an apposition', () => {
  it('codes inspectors sent to a country as an investigation of it', () => {
    expectEvents('The IAEA dispatched inspectors to Iran on Monday.', DAY, [
      { source: 'IGO', target: 'IRN', cameo: '090' },
    ]);
  });

  it('takes the body an unknown name speaks for from its apposition', () => {
    expectEvents('Kenya on Thursday rejected calls by Jan Eliasson, UN special envoy, to withdraw its troops.', DAY, [
      { source: 'KEN', target: 'IGO', cameo: '120' },
    ]);
  });

  it('does not read the subject of a trailing "said" as an apposition', () => {
    expectNoEvent('Kenya rejected calls by Jan Eliasson, Uganda said on Monday.', DAY, (r) => r.target === 'UGA');
  });
});

describe('violence named as the means of a passive killing', () => {
  it('gives the killing the agent of the shelling, aimed where it fell', () => {
    expectEvents(
      'Four children were killed in Israeli tank shelling in the east of the Gaza Strip on Friday, medics said.',
      DAY,
      [{ source: 'ISR', target: 'PSE', cameo: '190' }],
    );
  });

  it('leaves a killing with no agent named in its means without a source', () => {
    expectNoEvent('Four children were killed in the fighting in the east of the Gaza Strip on Friday.', DAY, (r) =>
      r.cameo.startsWith('19'),
    );
  });
});
