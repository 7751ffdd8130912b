import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf } from '../helpers/domain.js';

const DAY = '2013-03-22';
const codes = (text: string, day = DAY) => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('seats, agencies and media with their own role', () => {
  it('reads the Pentagon as the US military and KCNA as North Korean media', () => {
    expect(codes('The Pentagon said KCNA had lied.')).toEqual([
      ['Pentagon', 'USAMIL'],
      ['KCNA', 'PRKMED'],
    ]);
  });

  it('gives a body several countries have to the country the article is about', () => {
    const text = "North Korea fired a missile, the South's Joint Chiefs of Staff said.";
    expect(actorAt(text, DAY, "the South's Joint Chiefs of Staff").code).toBe('KORMIL');
    expect(actorAt("South Korea's Supreme Court ruled.", DAY, "South Korea's Supreme Court").code).toBe('KORJUD');
  });

  it('joins a news agency to its country', () => {
    expect(codes("China's official Xinhua news agency says the deal is near.")).toEqual([
      ["China's official Xinhua news agency", 'CHNMED'],
    ]);
  });
});

describe('named armed groups, parties and monitors', () => {
  it('codes Hamas, the Taliban and Hezbollah with their country and the rebel role', () => {
    expect(codes('Hamas and the Taliban condemned Hezbollah.')).toEqual([
      ['Hamas', 'PSEREB'],
      ['the Taliban', 'AFGREB'],
      ['Hezbollah', 'LBNREB'],
    ]);
  });

  it("reads Komeito as a Japanese party, and 'PM' before a name as the prime minister", () => {
    expect(codes('PM Suga met Komeito leaders at the Kantei.', '2021-04-07')).toEqual([
      ['PM Suga', 'JPNGOV'],
      ['Komeito', 'JPNPTY'],
    ]);
    // Only in capitals and before a name: a time of day is no title.
    expect(codes('The talks start at 3 PM Tuesday and end at 5 pm.', '2021-04-07')).toEqual([]);
  });

  it('reads the Syrian Observatory for Human Rights as one body, not as Syria', () => {
    expect(codes('Ten died, the Syrian Observatory for Human Rights said.')).toEqual([
      ['Syrian Observatory for Human Rights', 'SYRHRI'],
    ]);
  });

  it("reads Azerbaijan's opposition bloc and parties, and Radio Azadliq as U.S.-funded media", () => {
    const text = 'Supporters of the Azadliq bloc and Musavat marched, Radio Azadliq reported.';
    expect(codes(text, '2005-10-20')).toEqual([
      ['Azadliq', 'AZEOPP'],
      ['Musavat', 'AZEOPP'],
      ['Radio Azadliq', 'USAMED'],
    ]);
  });
});

describe('people the knowledge base does not list', () => {
  it('codes a leader named after a country and a title, and knows the surname again', () => {
    expect(
      codes('Algerian President Abdelaziz Bouteflika met Ugandan President Yoweri Museveni. Bouteflika left.'),
    ).toEqual([
      ['Algerian President Abdelaziz Bouteflika', 'DZAGOV'],
      ['Ugandan President Yoweri Museveni', 'UGAGOV'],
      ['Bouteflika', 'DZAGOV'],
    ]);
  });

  it('knows a Chinese official again by the family name, which comes first', () => {
    const text = 'Chinese Vice Foreign Minister Cheng Guoping arrived. Cheng said so.';
    expect(actorAt(text, DAY, 'Cheng')).toMatchObject({ code: 'CHNGOV', name: 'Cheng Guoping' });
  });

  it('takes the country after "of" as the employer of a titled person', () => {
    const text = 'Minister for Foreign Affairs of Japan Seiji Maehara met reporters.';
    expect(codes(text, '2010-12-07')).toEqual([['Minister for Foreign Affairs of Japan Seiji Maehara', 'JPNGOV']]);
    const benham = 'Commander David Benham of U.S. Pacific Command spoke.';
    expect(codes(benham)).toEqual([
      ['Commander David Benham', 'USAMIL'],
      ['U.S. Pacific Command', 'USAMIL'],
    ]);
  });
});

describe('descriptions resolved from the article', () => {
  it('reads "the Secretary" after a Secretary of State is named', () => {
    const text = 'Secretary of State Antony J. Blinken spoke with Foreign Minister Motegi. The Secretary thanked him.';
    expect(actorAt(text, '2021-03-16', 'The Secretary')).toMatchObject({ code: 'USAGOV', name: 'Antony Blinken' });
  });

  it('reads "all three governments" as the three countries named last', () => {
    const text = 'Japan, South Korea and the United States met. All three governments agreed.';
    const found = actorsOf(text, DAY).find((a) => a.text === 'All three governments');
    expect(found?.code).toBe('JPNGOV');
  });

  it('reads "the government" as the government of the country named last', () => {
    expect(actorAt('Japan protested. The government said it would respond.', DAY, 'The government').code).toBe(
      'JPNGOV',
    );
  });

  it('reads a plural demonym as the people of the country', () => {
    expect(actorAt('Fewer Japanese are visiting the United States.', DAY, 'Japanese').code).toBe('JPN');
  });

  it('reads a country fired at as the target, not as a place', () => {
    expect(codes('The United States fired anti-aircraft batteries at Russia.')).toEqual([
      ['United States', 'USA'],
      ['Russia', 'RUS'],
    ]);
  });
});

describe('defence and foreign ministers of more countries', () => {
  it('names a minister by full name and by title and surname on a day of the tenure', () => {
    expect(actorsOf('Hulusi Akar met the envoy.', '2019-01-15')).toMatchObject([
      { text: 'Hulusi Akar', code: 'TURGOV' },
    ]);
    expect(actorsOf('Foreign Minister Alatas met the envoy.', '1995-03-01')).toMatchObject([
      { text: 'Foreign Minister Alatas', code: 'IDNGOV' },
    ]);
  });

  it('leaves "Abdullah" alone to the kings', () => {
    expect(actorsOf('Abdullah Abdullah met the envoy.', '2004-03-01')).toMatchObject([
      { text: 'Abdullah Abdullah', code: 'AFGGOV' },
    ]);
  });
});

describe('a surname written without its marks', () => {
  it('names the person whose surname has them ("Walesa" for Wałęsa)', () => {
    expect(actorsOf('Walesa said the shipyard would not close.', '1999-03-12').map((a) => a.code)).toContain('POLGOV');
  });
});
