import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf, extractFrom } from '../helpers/domain.js';

const DAY = '2025-08-20';

describe('people with titles', () => {
  it('resolves a South Korean president to the KORGOV person', () => {
    const lee = 'South Korean President Lee Jae Myung';
    expect(actorAt(`${lee} met reporters.`, DAY, lee)).toEqual({
      text: lee,
      code: 'KORGOV',
      country: 'KOR',
      name: 'Lee Jae-myung',
      kind: 'person',
      via: 'kb',
    });
  });

  it('resolves a later bare surname to the same person', () => {
    const text = 'South Korean President Lee Jae Myung met reporters. Lee said the talks went well.';
    const [first, second] = actorsOf(text, DAY);
    expect(second).toMatchObject({ text: 'Lee', code: 'KORGOV', name: 'Lee Jae-myung', via: 'coreference' });
    expect(second?.name).toBe(first?.name);
  });

  it('resolves a Japanese prime minister to JPNGOV', () => {
    const ishiba = 'Japanese Prime Minister Shigeru Ishiba';
    expect(actorAt(`${ishiba} arrived in Washington.`, '2025-02-12', ishiba)).toMatchObject({
      code: 'JPNGOV',
      country: 'JPN',
      name: 'Shigeru Ishiba',
      kind: 'person',
    });
  });

  it('resolves "the president" to the last person named with that title', () => {
    const text =
      'South Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba. The president said so.';
    expect(actorAt(text, DAY, 'The president')).toMatchObject({ name: 'Lee Jae-myung', via: 'coreference' });
  });

  it('resolves "he" to the last person named', () => {
    const text = 'South Korean President Lee Jae Myung arrived. Later he spoke.';
    expect(actorAt(text, DAY, 'he')).toMatchObject({ name: 'Lee Jae-myung', code: 'KORGOV' });
  });
});

describe('tenure decides who a title and a surname name', () => {
  it('reads "President Moon" in 2019 as Moon Jae-in', () => {
    const text = 'President Moon said the talks would resume.';
    expect(actorAt(text, '2019-03-05', 'President Moon')).toMatchObject({
      code: 'KORGOV',
      country: 'KOR',
      name: 'Moon Jae-in',
    });
  });

  it('reads "President Moon" after he left office as the past holder, news looking back', () => {
    expect(actorAt('President Moon said the talks would resume.', '2024-03-05', 'President Moon')).toMatchObject({
      country: 'KOR',
      name: 'Moon Jae-in',
    });
  });

  it('tells two presidents named Park apart by date', () => {
    // Park Geun-hye was president until 2017; Park Jin was a foreign minister, never a president.
    const text = 'President Park said the talks would resume.';
    expect(actorAt(text, '2015-06-01', 'President Park')).toMatchObject({ name: 'Park Geun-hye' });
    // Out of office, the title still names its past holder, never the foreign minister.
    expect(actorAt(text, '2020-06-01', 'President Park')).toMatchObject({ name: 'Park Geun-hye' });
  });

  it('reads "Prime Minister Kishida" only while Kishida was prime minister', () => {
    const text = 'Prime Minister Kishida said the visit would go ahead.';
    expect(actorAt(text, '2023-03-05', 'Prime Minister Kishida')).toMatchObject({
      name: 'Fumio Kishida',
      code: 'JPNGOV',
    });
    expect(actorsOf(text, '2010-03-05').map((a) => a.name)).not.toContain('Fumio Kishida');
  });

  it('reads "Foreign Minister Kang" in 2019 as Kang Kyung-wha', () => {
    const text = 'Foreign Minister Kang met reporters.';
    expect(actorAt(text, '2019-06-01', 'Foreign Minister Kang')).toMatchObject({
      name: 'Kang Kyung-wha',
      country: 'KOR',
    });
  });
});

describe('countries, seats of government and context', () => {
  it('reads "the North" in a Korea story as North Korea', () => {
    const text = 'Seoul urged restraint after the North fired missiles.';
    expect(actorAt(text, DAY, 'the North')).toMatchObject({ code: 'PRK', country: 'PRK' });
  });

  it('does not read "the North" as North Korea outside a Korea story, nor "the North Atlantic"', () => {
    expect(actorsOf('Sudan said the North would hold a vote.', DAY).map((a) => a.country)).toEqual(['SDN']);
    const korea = actorsOf('Pyongyang fired a missile. Ships then sailed the North Atlantic.', DAY);
    expect(korea.map((a) => a.text)).toEqual(['Pyongyang']);
  });

  it('reads a capital that acts as its government', () => {
    expect(actorAt('Tokyo said it would protest.', DAY, 'Tokyo')).toMatchObject({
      code: 'JPNGOV',
      country: 'JPN',
      via: 'metonym',
    });
  });

  it('does not read a capital named as a place as an actor', () => {
    expect(actorsOf('A summit opened in Tokyo.', DAY)).toEqual([]);
    expect(actorsOf('Officials gathered at Tokyo on Monday.', DAY)).toEqual([]);
  });

  it('does not read a country named as a place as an actor', () => {
    expect(actorsOf('Delegates attended a conference in Japan.', DAY)).toEqual([]);
  });

  it('gives an embassy its country and the diplomatic role', () => {
    expect(actorAt('The Japanese Embassy issued a statement.', DAY, 'Japanese Embassy')).toMatchObject({
      code: 'JPNDIP',
      country: 'JPN',
      kind: 'country',
    });
  });

  it('gives a ministry its country and the government role', () => {
    const text = "South Korea's Foreign Ministry responded.";
    expect(actorsOf(text, DAY)).toEqual([expect.objectContaining({ code: 'KORGOV', country: 'KOR' })]);
  });

  it('does not take the pronoun "us" for the United States, but takes "US" and "U.S."', () => {
    expect(actorsOf('He told us the plan had changed.', DAY)).toEqual([]);
    const found = actorsOf('Let us hope the US and the U.S. Navy agree.', DAY);
    expect(found.map((a) => [a.text, a.country])).toEqual([
      ['US', 'USA'],
      ['U.S. Navy', 'USA'],
    ]);
  });
});

describe('international bodies', () => {
  it('codes the UN, NATO and ASEAN as IGOs', () => {
    const found = actorsOf('The UN, NATO and ASEAN welcomed the deal.', DAY);
    expect(found.map((a) => [a.text, a.code, a.country, a.kind])).toEqual([
      ['UN', 'IGOUNO', 'IGO', 'organization'],
      ['NATO', 'IGONAT', 'IGO', 'organization'],
      ['ASEAN', 'IGOASN', 'IGO', 'organization'],
    ]);
  });

  it('gives the G7 one code whether it is written "G7" or "Group of Seven"', () => {
    const found = actorsOf('The Group of Seven met, and G7 leaders agreed.', DAY);
    expect(found.map((a) => [a.text, a.code])).toEqual([
      ['Group of Seven', 'IGOGOS'],
      ['G7', 'IGOGOS'],
    ]);
  });
});

describe('people learned from an apposition', () => {
  it('learns a new government actor and resolves the bare surname later', () => {
    const text =
      'Marta Vilk, a spokeswoman for the German Foreign Ministry, said the talks would continue. ' +
      'Vilk added that the door was open.';
    const found = actorsOf(text, DAY);
    expect(found.find((a) => a.text === 'Marta Vilk')).toMatchObject({
      code: 'DEUGOV',
      country: 'DEU',
      kind: 'person',
      via: 'apposition',
    });
    expect(found.find((a) => a.text === 'Vilk')).toMatchObject({ name: 'Marta Vilk', country: 'DEU' });
  });

  it('learns the actor from an apposition naming the country with "of"', () => {
    const text = 'Mark Doe, a spokesman for the Foreign Ministry of France, said talks would continue.';
    expect(actorAt(text, DAY, 'Mark Doe')).toMatchObject({ country: 'FRA', via: 'apposition' });
  });

  // BUG: "French" resolves to ATF (French Southern and Antarctic Lands), the first country with that
  // demonym, instead of FRA.
  it('learns a French spokeswoman as a FRA actor', () => {
    const text =
      'Jane Roe, a spokeswoman for the French Foreign Ministry, said the talks would continue. ' +
      'Roe added that Paris was ready.';
    const found = actorsOf(text, DAY);
    expect(found.find((a) => a.text === 'Jane Roe')).toMatchObject({ code: 'FRAGOV', country: 'FRA' });
    expect(found.find((a) => a.text === 'Roe')).toMatchObject({ name: 'Jane Roe', country: 'FRA' });
  });

  // BUG: shared demonyms go to a dependent territory: "American" → MNP, "Dutch" → BES, "French" → ATF.
  it('reads "American", "Dutch" and "French" as the United States, the Netherlands and France', () => {
    const found = actorsOf('American officials met Dutch diplomats and French troops.', DAY);
    expect(found.map((a) => a.country)).toEqual(['USA', 'NLD', 'FRA']);
  });

  it('does not learn from a comma-separated list of places', () => {
    const text = 'Leaders from Hanoi, Manila and Jakarta, a group of capitals, met.';
    const { mentions } = extractFrom(text, DAY);
    expect(mentions.filter((m) => m.via === 'apposition')).toEqual([]);
  });
});
