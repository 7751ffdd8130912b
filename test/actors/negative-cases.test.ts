import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf } from '../helpers/domain.js';

// Words that name a country, or a country's people, only sometimes.
describe('no actor where a careful reader sees none', () => {
  it('does not read turkey the bird in a recipe as Turkey', () => {
    expect(actorsOf('Roast the turkey for three hours and baste it with butter.')).toEqual([]);
    expect(actorsOf('Stuff the Turkey with sage and onions before roasting.').map((a) => a.country)).not.toContain(
      'TUR',
    );
  });

  it('does not read turkey the bird in a Thanksgiving story as Turkey', () => {
    const countries = (text: string) => actorsOf(text, '2025-11-20').map((a) => a.country);
    expect(
      countries('Turkey prices have risen 20 percent ahead of Thanksgiving, the Agriculture Department said.'),
    ).not.toContain('TUR');
    expect(countries('Turkey is the centerpiece of most Thanksgiving dinners, and few cooks brine it.')).toEqual([]);
  });

  it('does not read Chad the person as the country, before or after his full name', () => {
    expect(actorsOf('Chad Smith scored twice in the second half.').map((a) => a.country)).not.toContain('TCD');
    const text =
      'Chad Smith, 34, a teacher in Ohio, said he would vote for the levy. Chad said the school needed a new roof.';
    expect(actorsOf(text).map((a) => a.country)).not.toContain('TCD');
    expect(actorsOf('Chad, 34, said the school needed a new roof.').map((a) => a.country)).not.toContain('TCD');
  });

  it('does not read Jordan the person as the country', () => {
    expect(actorsOf('Michael Jordan said he would return to basketball.').map((a) => a.country)).not.toContain('JOR');
    expect(
      actorsOf('Michael Jordan won six titles with the Chicago Bulls. Jordan retired for good in 2003.').map(
        (a) => a.country,
      ),
    ).not.toContain('JOR');
    // The surname of a lawmaker the article named is that lawmaker, not the kingdom.
    const hearing = actorsOf(
      'Rep. Jim Jordan of Ohio subpoenaed the bank. Jordan said the committee would hold hearings next week.',
      '2025-03-10',
    );
    expect(hearing.map((a) => a.country)).not.toContain('JOR');
    expect(hearing.find((a) => a.text === 'Jordan')).toMatchObject({ code: 'USALEG', name: 'Jim Jordan' });
  });

  it('does not read Georgia the US state as the country', () => {
    const countries = (text: string) => actorsOf(text, '2025-03-10').map((a) => a.country);
    expect(countries('Atlanta, Georgia hosted the convention.')).not.toContain('GEO');
    expect(countries('The governor of Georgia, Brian Kemp, signed the bill.')).not.toContain('GEO');
    expect(countries('Officials in Fulton County, Georgia, began a hand recount on Friday.')).not.toContain('GEO');
    expect(countries('Georgia lawmakers adjourned without passing the budget.')).not.toContain('GEO');
    // Once the article is about the state, the bare name stays the state.
    expect(
      countries('Gov. Brian Kemp of Georgia said the state would appeal. Georgia will hold a runoff in January.'),
    ).not.toContain('GEO');
    // The article names Atlanta and not Tbilisi: the state.
    expect(countries('Voters in Atlanta waited for hours. Georgia has about 11 million residents.')).not.toContain(
      'GEO',
    );
  });

  it('does not read "Korean food" as an actor', () => {
    expect(actorsOf('Korean food is popular in Japan these days.')).toEqual([]);
    expect(actorsOf('Korean barbecue restaurants have opened across Tokyo.')).toEqual([]);
    expect(actorsOf('Korean dramas and Korean pop music draw young fans in Vietnam.')).toEqual([]);
  });

  it('does not read a country inside a longer name as the country', () => {
    expect(actorsOf('Ships crossed the East China Sea.')).toEqual([]);
    // The airline is a Malaysian business (MYSBUS), never the state itself.
    expect(actorsOf('Malaysia Airlines cancelled the flight.').map((a) => a.code)).not.toContain('MYS');
  });

  it('does not read a dateline as an actor', () => {
    expect(actorsOf('SEOUL/TOKYO — The launch failed.')).toEqual([]);
  });

  it.each([
    'DAR ES SALAAM, Tanzania (AP) _ The talks failed.',
    'NAIROBI, August 21 (Xinhua) -- The talks failed.',
    'HAMILTON (AP) -- The talks failed.',
    'WASHINGTON _ The talks failed.',
  ])('does not read a wire dateline as an actor: %s', (text) => {
    expect(actorsOf(text)).toEqual([]);
  });

  it('does not take a given name for a monarch ("Elian\'s mother Elizabeth" in 2000)', () => {
    expect(
      actorsOf("Elian's mother Elizabeth died when their boat sank.", '2000-01-05').map((a) => a.code),
    ).not.toContain('GBRGOV');
  });

  it('still reads an actor that opens a sentence before a dash', () => {
    expect(actorsOf('Tanzania -- and Kenya -- protested.').map((a) => a.code)).toContain('TZA');
  });

  it('does not take a place after a preposition for a person learned from an apposition', () => {
    const found = actorsOf('The object disappeared over the Yellow Sea, Japanese officials said.');
    expect(found.map((a) => a.text)).toEqual(['Japanese officials']);
  });
});

describe('the same words where they do name the country', () => {
  it('reads Georgia as the country next to Russia', () => {
    expect(actorsOf('Russia and Georgia agreed to talks.').map((a) => a.country)).toEqual(['RUS', 'GEO']);
    expect(actorsOf('Georgia accused Russia of occupying South Ossetia.').map((a) => a.country)).toEqual([
      'GEO',
      'RUS',
    ]);
    expect(actorsOf("Georgia's president met NATO officials in Tbilisi.").map((a) => a.code)).toContain('GEOGOV');
  });

  it('reads a country in a list of countries, not as "City, State"', () => {
    expect(actorsOf('Armenia, Georgia and Azerbaijan signed the declaration.').map((a) => a.country)).toEqual([
      'ARM',
      'GEO',
      'AZE',
    ]);
    expect(actorsOf('Syria, Jordan and Lebanon host most of the refugees.').map((a) => a.country)).toEqual([
      'SYR',
      'JOR',
      'LBN',
    ]);
  });

  it('reads Turkey, Jordan and Chad as the countries where they act', () => {
    expect(actorsOf('Turkey condemned the attack.').map((a) => a.country)).toEqual(['TUR']);
    expect(actorsOf('Turkey summoned the Swedish ambassador after the Koran burning.').map((a) => a.code)).toEqual([
      'TUR',
      'SWEDIP',
    ]);
    expect(actorsOf('Jordan closed its airspace as Iran fired missiles at Israel.').map((a) => a.country)).toEqual([
      'JOR',
      'IRN',
      'ISR',
    ]);
    expect(actorsOf('Chad expelled the French ambassador on Monday.').map((a) => a.code)).toEqual(['TCD', 'FRADIP']);
  });
});

describe('U.S. states: their governments are the United States, never the country of the same name', () => {
  it("codes Georgia's governor and legislature as U.S. government and legislature", () => {
    const rows = actorsOf("Georgia's governor signed the election bill, and the Georgia state legislature adjourned.");
    expect(rows.map((a) => [a.text, a.code])).toEqual([
      ["Georgia's governor", 'USAGOV'],
      ['Georgia state legislature', 'USALEG'],
    ]);
  });

  it('learns a governor or a secretary of state named with the state as a U.S. official', () => {
    expect(
      actorAt('Gov. Brian Kemp of Georgia said the state would appeal.', '2025-03-10', 'Gov. Brian Kemp of Georgia'),
    ).toMatchObject({ code: 'USAGOV', name: 'Brian Kemp' });
    expect(
      actorAt(
        'Georgia Secretary of State Brad Raffensperger certified the results.',
        '2025-03-10',
        'Georgia Secretary of State Brad Raffensperger',
      ),
    ).toMatchObject({ code: 'USAGOV', name: 'Brad Raffensperger' });
    expect(actorAt('Ohio Gov. Mike DeWine signed the bill.', '2025-03-10', 'Ohio Gov. Mike DeWine')).toMatchObject({
      code: 'USAGOV',
    });
  });

  it('codes no state alone, and no title word that only describes a noun', () => {
    expect(actorsOf('Texas has more electoral votes than Florida.')).toEqual([]);
    expect(actorsOf('The fund is a California general partnership.')).toEqual([]);
  });
});

describe('a demonym the country list files among its names', () => {
  it('reads "the Thai border" as no party', () => {
    expect(actorsOf('Troops captured a stronghold on the Thai border.', '2000-01-01').map((a) => a.text)).toEqual([]);
  });
});
