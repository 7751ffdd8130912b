import { describe, expect, it } from 'vitest';
import { actorsOf, eventsOf, expectEvents } from '../helpers/domain.js';

const codes = (text: string, day = '2003-05-20') => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('a demonym before what a country does, proposes or sends', () => {
  it('reads armour, aircraft and guns as the military', () => {
    expect(codes('Syrian tanks moved toward the border town at dawn.')).toEqual([['Syrian tanks', 'SYRMIL']]);
    expect(codes('Turkish aircraft struck positions in the mountains.')).toEqual([['Turkish aircraft', 'TURMIL']]);
    expect(codes('Indian helicopter gunships circled the valley.')).toEqual([['Indian helicopter gunships', 'INDMIL']]);
  });

  it('lets a second word of the same role joined by "and" share the demonym', () => {
    expect(codes('Syrian helicopters and tanks shelled the camp.')).toEqual([
      ['Syrian helicopters and tanks', 'SYRMIL'],
    ]);
    // Police and soldiers have two roles: the demonym stays with the first.
    expect(codes('Turkish police and soldiers sealed the road.')).toEqual([['Turkish police', 'TURCOP']]);
  });

  it('reads a proposal, a mediation or a riot as the country', () => {
    expect(codes('Ghana turned down a Nigerian ultimatum on the border.')).toEqual([
      ['Ghana', 'GHA'],
      ['Nigerian', 'NGA'],
    ]);
    expect(codes('Peru welcomed Brazilian mediation in the dispute.')).toEqual([
      ['Peru', 'PER'],
      ['Brazilian', 'BRA'],
    ]);
    expect(codes('Chile studied an Argentine peace plan.')).toEqual([
      ['Chile', 'CHL'],
      ['Argentine', 'ARG'],
    ]);
    expect(codes('Kenyan riots spread to the port.')).toEqual([['Kenyan', 'KEN']]);
  });

  it('reads the people of one country named by another country first as that first country, its people', () => {
    // A community a demonym places is that country's people (CVL), not its state.
    expect(codes('Syrian Kurds marched through Qamishli.')).toEqual([['Syrian Kurds', 'SYRCVL']]);
    expect(codes('Kosovar Serbs blocked the bridge.', '2011-07-26')[0]).toEqual(['Kosovar Serbs', 'UNKCVL']);
    // Before Kosovo's independence (2008-02-17) its people were Serbia's.
    expect(codes('Kosovar Serbs blocked the bridge.')[0]).toEqual(['Kosovar Serbs', 'SRBCVL']);
    // A country's name before a people reads as its demonym does.
    expect(codes('Kosovo Serbs blocked the bridge.', '2011-07-26')[0]).toEqual(['Kosovo Serbs', 'UNKCVL']);
    expect(codes('About two million Rwanda Hutus fled.', '1998-02-27')).toEqual([['Rwanda Hutus', 'RWACVL']]);
    expect(codes('Bosnian Serbs demanded a truce with Moslem forces.', '1994-03-01')[0]).toEqual([
      'Bosnian Serbs',
      'BIHCVL',
    ]);
    expect(codes('Macedonian Albanian rebels seized a village.')).toEqual([['Macedonian Albanian rebels', 'MKDREB']]);
  });

  it("codes what a placed community asks of its country's forces as an event", () => {
    expectEvents('Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.', '1994-03-01', [
      { source: 'BIH', target: 'BIH', cameo: '1056' },
    ]);
  });

  it('reads Serb and Croat as demonyms of Serbia and Croatia', () => {
    expect(codes('Croat forces retook the hill.')).toEqual([['Croat forces', 'HRVMIL']]);
    expect(codes('Serb police sealed the road.')).toEqual([['Serb police', 'SRBCOP']]);
  });
});

describe('what a people owns or carries, stopped or destroyed', () => {
  it('reads the demonym as the country', () => {
    expect(codes('The army lifted a blockade on Palestinian lorries.')).toEqual([['Palestinian', 'PSE']]);
    expect(codes('Bulldozers demolished Palestinian homes.')).toEqual([['Palestinian', 'PSE']]);
    expect(codes('Hackers defaced Estonian websites.')).toEqual([['Estonian', 'EST']]);
    // The sites they attack do not place a community of attackers in that country.
    expect(codes('Muslim hackers defaced hundreds of Danish Web sites.')).toEqual([['Danish', 'DNK']]);
  });
});

describe('people named by the country they are in', () => {
  it('reads rebels, students and opposition groups in a country as its own', () => {
    expect(codes('Rebels in Liberia rejected the truce.')).toEqual([['Rebels in Liberia', 'LBRREB']]);
    expect(codes('Students across Myanmar boycotted classes.')).toEqual([['Students across Myanmar', 'MMREDU']]);
    expect(codes('Opposition groups in Togo called a strike.')).toEqual([['Opposition groups in Togo', 'TGOOPP']]);
  });

  it('reads a body based in a quarter of a capital, named by its community, as that country', () => {
    expect(codes('A radio station based in Christian east Beirut defied the curfew.', '1990-01-01')).toEqual([
      ['radio station based in Christian east Beirut', 'LBNMED'],
    ]);
    expect(codes('Rebels in Shiite south Lebanon fired rockets.', '1996-01-01')).toEqual([
      ['Rebels in Shiite south Lebanon', 'LBNREB'],
    ]);
  });

  it('does not make refugees or troops in a country its own', () => {
    expect(codes('Refugees in Chad waited for food.')).toEqual([]);
    expect(codes('Troops in Mali were put on alert.').map((r) => r[1])).not.toContain('MLIMIL');
  });
});

describe('no country actor from goods and tastes', () => {
  it('reads a demonym before goods or food as no actor', () => {
    expect(codes('French wine sales rose sharply in Asia.')).toEqual([]);
    expect(codes('Japanese cars sold well in Europe last year.')).toEqual([]);
    expect(codes('Italian shoes and German beer lined the shelves.')).toEqual([]);
    expect(codes('The restaurant serves Mexican tacos and Greek salads.')).toEqual([]);
  });

  it("reads a country's trade as the country only where a measure aims at it", () => {
    expect(codes('France threatened restrictions against German goods.')).toEqual([
      ['France', 'FRA'],
      ['German', 'DEU'],
    ]);
    expect(codes('Demand for American exports fell.')).toEqual([]);
  });

  it('codes no event from business text about goods', () => {
    expect(eventsOf('Japanese cars and French wine led imports, traders said.', '2003-05-20')).toEqual([]);
    expect(eventsOf('Sales of Korean phones rose as Italian shoes fell.', '2003-05-20')).toEqual([]);
  });
});

describe('titles of past holders', () => {
  it('reads "former President" and a surname as the past holder', () => {
    expect(codes('He met former President Clinton in Harlem.', '2010-05-01')).toEqual([
      ['former President Clinton', 'USAELI'],
    ]);
  });

  it('reads British secretaries of state by their titles', () => {
    expect(codes('British Foreign Secretary Ann Example arrived.')).toEqual([
      ['British Foreign Secretary Ann Example', 'GBRGOV'],
    ]);
    expect(codes('British Defence Secretary Ann Example arrived.')).toEqual([
      ['British Defence Secretary Ann Example', 'GBRMIL'],
    ]);
  });
});

describe('heads of state and government of many countries, by tenure', () => {
  it('reads a leader by title and surname in office', () => {
    expect(codes('President Mugabe rejected the call.', '2005-03-01')).toEqual([['President Mugabe', 'ZWEGOV']]);
    expect(codes('Chancellor Kohl arrived in Paris.', '1990-06-01')[0]).toEqual(['Chancellor Kohl', 'DEUGOV']);
    expect(codes('Prime Minister Hawke spoke.', '1988-02-01')).toEqual([['Prime Minister Hawke', 'AUSGOV']]);
  });

  it('reads a title and surname after the tenure as the past holder, before it as nobody', () => {
    expect(codes('Chancellor Kohl arrived.', '2003-06-01')).toEqual([['Chancellor Kohl', 'DEUGOV']]);
    expect(codes('Chancellor Kohl arrived.', '1975-06-01')).toEqual([]);
  });

  it('reads a distinctive surname alone near the tenure, and a common-word surname never alone', () => {
    expect(codes('Museveni rejected the call.', '1999-01-01')).toEqual([['Museveni', 'UGAGOV']]);
    expect(codes('Gbagbo rejected the call.', '2000-01-01')).toEqual([['Gbagbo', 'CIVGOV']]);
    expect(codes('The talks resume in May 2017.', '2017-05-10')).toEqual([]);
    expect(codes('Brown rice is healthy.', '2008-01-10')).toEqual([]);
  });

  it('reads full names on any date, with aliases as news spells them', () => {
    expect(codes('Moammar Gadhafi spoke for two hours.', '2009-09-23')).toEqual([['Moammar Gadhafi', 'LBYGOV']]);
    expect(codes('Omar Hassan al-Bashir spoke for an hour.', '2009-03-01')).toEqual([
      ['Omar Hassan al-Bashir', 'SDNGOV'],
    ]);
  });
});

describe('parties, movements and armed groups', () => {
  it('reads armed movements with their country and role', () => {
    expect(codes('UNITA fighters shelled the town.', '1993-02-01')[0]).toEqual(['UNITA', 'AGOREB']);
    expect(codes('The MILF signed a truce.', '2001-08-07')).toEqual([['MILF', 'PHLREB']]);
    expect(codes('The SPLA attacked a garrison.', '1997-01-01')).toEqual([['SPLA', 'SDNREB']]);
  });

  it('codes a movement by its period: rebels, then a party or a government', () => {
    expect(codes('The SPLM welcomed the vote.', '2013-01-01')).toEqual([['SPLM', 'SSDGOV']]);
    expect(codes('Renamo boycotted parliament.', '2000-01-01')).toEqual([['Renamo', 'MOZPTY']]);
  });

  it("matches a name with a plural's apostrophe as the tokenizer splits it", () => {
    expect(codes("The Kurdistan Workers' Party issued a statement.")).toEqual([["Kurdistan Workers' Party", 'TURREB']]);
  });

  it('does not read acronyms with another common sense alone', () => {
    expect(codes('She rolled the money into an IRA last year.')).toEqual([]);
    expect(codes('The ETA for the shipment is Monday.')).toEqual([]);
    expect(codes('The Islamic Salvation Front (FIS) was banned.', '1992-03-04')[0]).toEqual([
      'Islamic Salvation Front',
      'DZAPTY',
    ]);
  });
});

describe('parties and movements of round four', () => {
  it('codes them by country and role, and by period where they governed', () => {
    expect(codes('The Khmer Rouge attacked a village.', '1995-01-01')).toEqual([['The Khmer Rouge', 'KHMREB']]);
    expect(codes('The Khmer Rouge expelled the diplomats.', '1977-01-01')).toEqual([['The Khmer Rouge', 'KHMGOV']]);
    expect(codes('Inkatha supporters marched.', '1994-03-01')).toEqual([['Inkatha', 'ZAFPTY']]);
  });

  it('leaves names that are common words to their other senses', () => {
    expect(codes('They expressed solidarity with the strikers.', '1981-01-01')).toEqual([]);
  });
});
