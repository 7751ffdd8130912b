import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Fourth round (issue #7): clause boundaries, targets and coreference, tested on sentences of our own:
// each rule with a case it must code and a case it must leave alone.

const DAY = '2025-08-20';

describe('modality stops at a subordinate clause', () => {
  it('does not carry a wish across "as … since" into a past act', () => {
    const text =
      'Kenya voiced its hope for peace as Uganda held a ceremony to mark ten years since Ethiopia and Sudan signed a peace treaty.';
    expectEvents(text, DAY, [{ source: 'ETH', target: 'SDN', cameo: '057', modality: 'asserted' }]);
  });

  it('does not carry a vow across "because" or into a relative clause', () => {
    expectEvents('Chile vowed to resume talks because Peru released the prisoners.', DAY, [
      { source: 'PER', cameo: '0841', modality: 'asserted' },
    ]);
    expectEvents('Egypt promised to punish the Libyan militias that attacked Sudan.', DAY, [
      { source: 'LBY', target: 'SDN', cameo: '190', modality: 'asserted' },
    ]);
  });

  it('lets a present-tense clause of time share a future main clause', () => {
    expectEvents("Russia will sign the accord when China's president visits Moscow.", DAY, [
      { source: 'CHN', target: 'RUS', modality: 'planned' },
    ]);
  });

  it('keeps the modality when "as" is a preposition, not a clause', () => {
    expectEvents('Kenya vowed as a mediator to meet Uganda.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '036', modality: 'intended' },
    ]);
  });
});

describe('the subject of a later clause is not the object of the act', () => {
  it('leaves out the subject of a clause opened by "since" or a relative pronoun', () => {
    const text =
      'Kenya voiced its hope for peace as Uganda held a ceremony to mark ten years since Ethiopia and Sudan signed a peace treaty.';
    expectNoEvent(text, DAY, (r) => r.source === 'UGA');
    expectNoEvent("Chile wants to expel the diplomats who met Peru's envoy.", DAY, (r) => r.target === 'PER');
    expectNoEvent('Ghana pledged to support the plan which Nigeria proposed to Togo.', DAY, (r) => r.target === 'TGO');
  });
});

describe('a pronoun opening a clause of obligation stands for the party told', () => {
  it('makes a reminder or a telling that "it must" a demand on the party told', () => {
    expectEvents('Peru issued a stern reminder Friday to Chile that it must cooperate with UN inspectors.', DAY, [
      { source: 'PER', target: 'CHL', cameo: '100' },
    ]);
    expectEvents('Peru told Chile on Tuesday that they should cooperate with Bolivia.', DAY, [
      { source: 'PER', target: 'CHL', cameo: '020' },
    ]);
  });

  it('gives the act asked for to the party told, not to the speaker', () => {
    // The act asked for is the content of the demand, not an act of its own (sixth round: act-content.ts).
    expectEvents('Peru issued a reminder to Chile that it must cooperate with Bolivia.', DAY, [
      { source: 'PER', target: 'CHL', cameo: '100' },
    ]);
    expectNoEvent(
      'Peru issued a reminder to Chile that it must cooperate with Bolivia.',
      DAY,
      (r) => r.source === 'CHL',
    );
    expectNoEvent(
      'Peru issued a reminder to Chile that it must cooperate with Bolivia.',
      DAY,
      (r) => r.source === 'PER' && r.target === 'BOL',
    );
  });

  it('leaves a speaker who says it must act itself undemanded', () => {
    expectNoEvent('Peru said it must cooperate with Bolivia.', DAY, (r) => r.cameo === '100');
  });
});

describe('targets from a purpose clause', () => {
  it('gives an act of giving the target of its purpose', () => {
    expectEvents('Denmark is ready to ship equipment to help defend Ukraine.', DAY, [
      { source: 'DNK', target: 'UKR', cameo: '033' },
    ]);
  });

  it('gives a purpose with no target of its own the destination of the move it serves', () => {
    expectEvents('The United Nations sent 30 experts to Haiti on Monday to investigate the killings.', DAY, [
      { source: 'IGO', target: 'HTI', cameo: '091' },
    ]);
  });

  it('does not reach across another verb or a condition', () => {
    expectNoEvent(
      'Denmark is ready to ship equipment if Russia decides to attack Ukraine.',
      DAY,
      (r) => r.source === 'DNK' && r.target === 'UKR',
    );
    expectNoEvent(
      'The United Nations sent experts to Haiti and asked them to investigate.',
      DAY,
      (r) => r.cameo === '090' && r.target === 'HTI',
    );
  });
});

describe('the target of a complaint', () => {
  it('is the party complained about, not the one complained to', () => {
    expectEvents("Lebanon complained to the United Nations over Syria's air raids.", DAY, [
      { source: 'LBN', target: 'SYR', cameo: '114' },
    ]);
    expectEvents('Lebanon lodged a protest with the United Nations against Syria.', DAY, [
      { source: 'LBN', target: 'SYR', cameo: '114' },
    ]);
    expectNoEvent('Lebanon lodged a protest with the United Nations against Syria.', DAY, (r) => r.target === 'IGO');
  });

  it('is the party complained to when no other is named', () => {
    expectEvents('Lebanon complained to Syria on Tuesday.', DAY, [{ source: 'LBN', target: 'SYR', cameo: '114' }]);
  });
});

describe('force that a party claims', () => {
  it('is a claim of responsibility when the party claims it as its own', () => {
    // The attack is told as the claim (015), as the CAMEO codebook codes it, not as an act the report asserts.
    expectEvents('Chile claimed that they had attacked Peru.', DAY, [{ source: 'CHL', target: 'PER', cameo: '015' }]);
    expectNoEvent('Chile claimed that they had attacked Peru.', DAY, (r) => r.cameo === '190');
  });

  it('is an accusation when the party claims another did it', () => {
    expectEvents('Kenya claimed that Somali rebels attacked Uganda.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '112' },
    ]);
  });

  it('codes the act itself when the claim governs something else', () => {
    expectEvents('Kenya claimed the town after its troops attacked Somalia.', DAY, [
      { source: 'KEN', target: 'SOM', cameo: '190' },
    ]);
  });

  it('is an accusation only when the claim governs the clause of the act', () => {
    expectNoEvent('Kenya claimed the town after its troops attacked Somalia.', DAY, (r) => r.cameo === '015');
  });
});

describe('a phrase a preposition opens is no subject', () => {
  it('does not make "the people of Kenya and Tanzania" support each other', () => {
    const text = '``To the people of Kenya and Tanzania, I will bring a message of support.';
    expectNoEvent(text, DAY, (r) => r.source === 'KEN' || r.source === 'TZA');
  });

  it('still codes the subject after the fronted phrase', () => {
    expectEvents('To the surprise of Uganda, Kenya expelled two Ugandan diplomats on Monday.', DAY, [
      { source: 'KEN', target: 'UGA' },
    ]);
  });
});

describe('an opening clause of time', () => {
  it('gives its gerund the main clause subject, and names no topic', () => {
    const text = 'After meeting with Kenyan police leaders on Friday, the FBI director said he was satisfied.';
    expectEvents(text, DAY, [{ source: 'USA', target: 'KEN', cameo: '040' }]);
  });

  it('ends a predicate that has its own object at "and" ("touring Nairobi and meeting with")', () => {
    const text =
      'After touring the capital on Thursday and meeting with Ugandan police on Friday, the FBI director left.';
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('042') && r.target === 'UGA');
    expectEvents(text, DAY, [{ source: 'USA', target: 'UGA', cameo: '040' }]);
  });

  it('leaves a gerund after "before" without the main subject (it is still to come)', () => {
    const text = 'Before leaving for Nairobi on Thursday, the American president is scheduled to give a speech.';
    expectNoEvent(text, DAY, (r) => r.source === 'USA' && r.target === 'KEN' && r.modality === 'asserted');
  });
});

describe('conjoined targets after a preposition', () => {
  it('takes both ("met with President Havel and Lech Walesa"), not only the second', () => {
    expectEvents('Clinton met with President Havel and Lech Walesa on Monday.', '1999-03-12', [
      { source: 'USA', target: 'CZE', cameo: '040' },
      { source: 'USA', target: 'POL', cameo: '040' },
    ]);
  });
});
