import { describe, expect, it } from 'vitest';
import { actorsOf, extractFrom } from '../helpers/domain.js';

const codes = (text: string, day: string) => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('a plural title before several names', () => {
  it('names each holder of the title', () => {
    expect(codes('Presidents Yeltsin and Kuchma signed a friendship treaty.', '1997-05-31')).toEqual([
      ['Presidents Yeltsin', 'RUSGOV'],
      ['Kuchma', 'UKRGOV'],
    ]);
    expect(codes('Prime Ministers Blair and Jospin met in London.', '1999-03-02')).toEqual([
      ['Prime Ministers Blair', 'GBRGOV'],
      ['Jospin', 'FRAGOV'],
    ]);
  });

  it('reads a list of three and a name whose post has another title', () => {
    expect(codes('Presidents Clinton, Yeltsin and Kuchma met.', '1998-02-27')).toEqual([
      ['Presidents Clinton', 'USAGOV'],
      ['Yeltsin', 'RUSGOV'],
      ['Kuchma', 'UKRGOV'],
    ]);
    expect(codes('Foreign Ministers Primakov and Albright met.', '1998-02-27')).toEqual([
      ['Foreign Ministers Primakov', 'RUSGOV'],
      ['Albright', 'USAGOV'],
    ]);
  });

  it('stops at a name that holds no such title', () => {
    expect(codes('Presidents Clinton and Smith met.', '1998-02-27')).toEqual([['Presidents Clinton', 'USAGOV']]);
  });

  it('leaves a lower-case plural a role word', () => {
    expect(codes('The presidents met in Geneva.', '1998-02-27')).toEqual([]);
  });
});

describe('a portfolio the title list lacks', () => {
  it('reads capitalized words before "Minister" as the portfolio', () => {
    expect(codes('Serbian Labour Minister Dragan Milovanovic signed the bill.', '2001-03-05')).toEqual([
      ['Serbian Labour Minister Dragan Milovanovic', 'SRBGOV'],
    ]);
    expect(codes('Iraqi Public Works Minister Nasreen Berwari visited the dam.', '2004-03-05')).toEqual([
      ['Iraqi Public Works Minister Nasreen Berwari', 'IRQGOV'],
    ]);
  });
});

describe('names written in the wrong case', () => {
  it('reads a lower-case surname after a title when a holder of the title has it', () => {
    expect(codes('President obama expressed sorrow.', '2015-06-18')).toEqual([['President obama', 'USAGOV']]);
    expect(codes('President smith expressed sorrow.', '2015-06-18')).toEqual([]);
    expect(codes('The Prime Minister may resign soon.', '2017-06-01').map(([text]) => text)).not.toContain(
      'Prime Minister may',
    );
  });

  it('reads a name with capitals inside a lower-case start, but no common word', () => {
    expect(codes('The Secretary of State wants to help iSrael.', '2014-01-01')).toContainEqual(['iSrael', 'ISR']);
    expect(codes('He wants to help israel.', '2014-01-01')).toEqual([]);
  });
});

describe('long titles of officials below the ministers', () => {
  it('reads a title "for" a portfolio of capitalized words, then the name', () => {
    expect(
      codes('Thai Special Envoy for Border Peace and Security Affairs Chai Somsak met the delegation.', '2021-05-02'),
    ).toEqual([['Thai Special Envoy for Border Peace and Security Affairs Chai Somsak', 'THADIP']]);
  });

  it('reads a title after the ministry the official serves in', () => {
    expect(
      codes(
        'Indonesian Ministry of Foreign Affairs Director General for Asia Pacific and African Affairs Budi Santoso spoke.',
        '2021-05-02',
      ),
    ).toEqual([
      [
        'Indonesian Ministry of Foreign Affairs Director General for Asia Pacific and African Affairs Budi Santoso',
        'IDNGOV',
      ],
    ]);
  });

  it('keeps each of three such officials whole in a list, and "all three governments" as theirs', () => {
    const text =
      'In a call, Thai Senior Official for Border Affairs Chai Somsak, Lao Ministry of Foreign Affairs Director ' +
      'General for Treaties Bureau Phonsavanh Vong, and Cambodian Special Envoy for Mekong Cooperation Affairs ' +
      'Sok Dara discussed the floods, which all three governments have studied.';
    const { mentions } = extractFrom(text, '2021-05-02');
    expect(mentions.map((m) => m.actor.code).slice(0, 3)).toEqual(['THAGOV', 'LAOGOV', 'KHMDIP']);
    expect(mentions.find((m) => m.text === 'all three governments')?.group?.map((g) => g.code)).toEqual([
      'THAGOV',
      'LAOGOV',
      'KHMGOV',
    ]);
  });
});
