import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

const codes = (text: string, day = '2003-05-20') => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('people words after a demonym', () => {
  it('reads officers as the military and youths, prisoners and elders as civilians', () => {
    expect(codes('Egyptian officers inspected the crossing.')).toEqual([['Egyptian officers', 'EGYMIL']]);
    expect(codes('Kenyan youths blocked the highway.')).toEqual([['Kenyan youths', 'KENCVL']]);
    expect(codes('Turkish prisoners began a hunger strike.')).toEqual([['Turkish prisoners', 'TURCVL']]);
    expect(codes('Somali elders met in the town hall.')).toEqual([['Somali elders', 'SOMCVL']]);
  });

  it('reads a presidency as the government', () => {
    expect(codes('The Brazilian presidency issued a statement.')).toEqual([['Brazilian presidency', 'BRAGOV']]);
  });

  it('keeps local parties local after a count', () => {
    expect(codes('Four opposition parties in Kenya called a strike.')).toEqual([
      ['opposition parties in Kenya', 'KENOPP'],
    ]);
  });
});

describe('names with lower-case particles and names of faith', () => {
  it('reads a known name with "bin" inside it', () => {
    expect(codes('Hamad bin Khalifa Al Thani opened the summit.', '2005-03-01')).toEqual([
      ['Hamad bin Khalifa Al Thani', 'QATGOV'],
    ]);
  });

  it('does not read the Prophet Mohammed as a king of the day', () => {
    expect(codes('Crowds marked the birthday of the Prophet Mohammed.', '2005-03-01')).toEqual([]);
  });
});

describe('governments named by their leaders', () => {
  it('reads a leader surname before administration, regime or government as that government', () => {
    expect(codes('The Bush administration imposed new tariffs.', '1991-04-02')).toEqual([
      ['Bush administration', 'USAGOV'],
    ]);
    expect(codes('The Mugabe government seized the farms.', '2002-04-02')).toEqual([['Mugabe government', 'ZWEGOV']]);
    expect(codes('The Obama White House welcomed the vote.', '2012-04-02')).toEqual([['Obama White House', 'USAGOV']]);
  });

  it('reads an unknown surname before administration as nobody', () => {
    expect(codes('The Smithfield administration closed the school.', '2012-04-02')).toEqual([]);
  });
});

describe('former office holders', () => {
  it('codes a past holder named as such among the elites', () => {
    expect(codes('Ex-President Menem was questioned.', '2001-06-01')).toEqual([['Ex-President Menem', 'ARGELI']]);
    expect(codes("Peru's ex-president was questioned.", '2001-06-01')).toEqual([["Peru's ex-president", 'PERELI']]);
    expect(codes('Former Chilean Foreign Minister Ana Example spoke.', '2001-06-01')).toEqual([
      ['Chilean Foreign Minister Ana Example', 'CHLELI'],
    ]);
  });

  it('keeps the holder in office a government actor', () => {
    expect(codes('Chilean Foreign Minister Ana Example spoke.', '2001-06-01')).toEqual([
      ['Chilean Foreign Minister Ana Example', 'CHLGOV'],
    ]);
  });
});

describe('provinces, states and regions', () => {
  it("reads a province's offices as its country's", () => {
    expect(codes('The government of Balochistan province declared an emergency.')).toEqual([
      ['government of Balochistan province', 'PAKGOV'],
    ]);
    expect(codes('Police in Kandahar arrested two men.')).toEqual([['Police in Kandahar', 'AFGCOP']]);
    expect(codes('The Aceh governor met rebel envoys.')[0]).toEqual(['Aceh governor', 'IDNGOV']);
    expect(codes('The deputy governor of the Tyumen region resigned.')).toEqual([
      ['deputy governor of the Tyumen region', 'RUSGOV'],
    ]);
  });

  it("reads a country's offices after of", () => {
    expect(codes('The army of Chad attacked rebels.')).toEqual([
      ['army of Chad', 'TCDMIL'],
      ['rebels', '---REB'],
    ]);
  });

  it('leaves a province named as a place and leaders of several countries alone', () => {
    expect(codes('Floods hit Sindh province.')).toEqual([]);
    expect(codes('The leaders of Kenya and Uganda met.')).toEqual([
      ['Kenya', 'KEN'],
      ['Uganda', 'UGA'],
    ]);
  });

  it('reads a capital before "-based" as the seat of a body, not its government', () => {
    expect(codes('A London-based monitoring group and a Doha-based channel reported the attack.')).toEqual([]);
    expect(codes('London said the attack was unacceptable.')).toEqual([['London', 'GBRGOV']]);
  });
});
