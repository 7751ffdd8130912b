import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

const codes = (text: string, day = '1995-06-01') => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('a religious or ethnic community before a role word, by the country it lives in', () => {
  it('takes the country the sentence names after it', () => {
    expect(codes('Serb leaders agreed to a truce with Moslem forces in central Bosnia.')).toContainEqual([
      'Moslem forces',
      'BIHMIL',
    ]);
    expect(codes('Islamist militants demanded the resignation of Algerian President Liamine Zeroual.')).toContainEqual([
      'Islamist militants',
      'DZAREB',
    ]);
  });

  it('reads a party named for the Muslim community (Umma) by the country the sentence places it in', () => {
    // Sudan, Algeria and others have had an Umma ("Nation") party; a gloss in parentheses may follow the name.
    expect(codes("The Umma (Nation) party will boycott Algeria's elections.", '1991-01-01')[0]).toEqual([
      'Umma (Nation) party',
      'DZAPTY',
    ]);
    expect(codes("Sudan's Umma Party rejected the deal.", '2005-01-01')).toEqual([["Sudan's Umma Party", 'SDNPTY']]);
    expect(codes('The Muslim umma is divided.', '2005-01-01')).toEqual([]);
  });

  it('else the country of an actor before it', () => {
    expect(codes('Burmese troops overran a Karen guerrilla camp.')).toEqual([
      ['Burmese troops', 'MMRMIL'],
      ['Karen guerrilla', 'MMRREB'],
    ]);
    expect(codes('Egyptian police dispersed Moslem fundamentalist demonstrators.')).toEqual([
      ['Egyptian police', 'EGYCOP'],
      ['Moslem fundamentalist demonstrators', 'EGYRAD'],
    ]);
  });

  it('takes the demonym of a community it is joined to, and no country inside a longer name', () => {
    expect(
      codes('Aid went to Bosnian Croat and Moslem armed forces, the New York Times reported.', '1996-01-01'),
    ).toContainEqual(['Moslem armed forces', 'BIHMIL']);
    expect(codes('Moslem forces attacked, the New York Times reported.')).toEqual([]);
  });

  it("codes settlers as the settling state's", () => {
    expect(codes('Jewish settlers in the West Bank blocked a road.')).toEqual([['Jewish settlers', 'ISRSET']]);
  });

  it('names nobody with no country in the sentence, or with an origin after it', () => {
    expect(codes('Moslem forces attacked the town.')).toEqual([]);
    expect(codes('A Christian missionary from Calgary was arrested in Lebanon.')).toEqual([]);
    expect(codes('Karen Bass visited Canada.')).toEqual([['Canada', 'CAN']]);
  });
});

describe('peoples that are no one country', () => {
  it('leaves "Arab" forces to no host', () => {
    expect(codes('Arab leaders met in Saudi Arabia.')).toEqual([]);
  });

  it('reads Americans of another descent as Americans', () => {
    expect(codes('The Cuban American National Foundation protested.', '2000-01-07')).toEqual([
      ['American National Foundation', 'USANGO'],
    ]);
  });

  it('leaves a bank named an association to no one', () => {
    expect(codes('Valley Federal Savings and Loan Association posted a loss.', '1989-10-25')).toEqual([]);
  });
});
