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
