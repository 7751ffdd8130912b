import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

const codes = (text: string, day: string) => actorsOf(text, day).map((a) => [a.text, a.code]);

describe("a person's aide named by possessive", () => {
  it("serves the person's country, and the surname alone names the aide later", () => {
    expect(
      codes("Netanyahu's envoy Ron Dermer flew to Washington. Dermer said the talks went well.", '2014-03-05'),
    ).toEqual([
      ['Netanyahu', 'ISRGOV'],
      ['envoy Ron Dermer', 'ISRDIP'],
      ['Dermer', 'ISRDIP'],
    ]);
    expect(codes("Zelensky's aide Mykhailo Podolyak said Kyiv would not yield.", '2023-03-05')).toEqual([
      ['Zelensky', 'UKRGOV'],
      ['aide Mykhailo Podolyak', 'UKRGOV'],
      ['Kyiv', 'UKRGOV'],
    ]);
  });

  it('leaves a lower-case title after anyone else unread', () => {
    expect(codes("The company's spokesman John Miller declined to comment.", '2014-03-05')).toEqual([]);
  });
});

describe('a national post named with no country', () => {
  it("is the country's the article named last", () => {
    expect(
      codes(
        'Prime Minister Ehud Olmert met his Cabinet on Sunday. Cabinet minister Meir Sheetrit said the plan would pass.',
        '2007-06-10',
      ),
    ).toEqual([
      ['Prime Minister Ehud Olmert', 'ISRGOV'],
      ['minister Meir Sheetrit', 'ISRGOV'],
    ]);
    expect(
      codes(
        'The Chinese Foreign Ministry said special envoy Wang Li would arrive on Tuesday. Wang will stay three days.',
        '2005-05-10',
      ),
    ).toEqual([
      ['Chinese Foreign Ministry', 'CHNGOV'],
      ['special envoy Wang Li', 'CHNDIP'],
      ['Wang', 'CHNDIP'],
    ]);
  });
});

describe("a country's citizen serving an international body", () => {
  it('is the body, and so is the name the next sentence gives', () => {
    expect(
      codes(
        'A Swedish leader of a U.N. weapons inspection team arrived in Baghdad. Rolf Lindqvist led the team to two sites.',
        '1996-06-12',
      ),
    ).toEqual([
      ['Swedish leader', 'IGOUNO'],
      ['U.N.', 'IGOUNO'],
      ['Rolf Lindqvist', 'IGOUNO'],
    ]);
  });
});

describe('bodies and governments', () => {
  it('reads a named agency after "official" as the agency, not the government', () => {
    expect(codes("Jordan's official Petra News Agency said the king would travel.", '2001-04-02')).toEqual([
      ["Jordan's official Petra News Agency", 'JORMED'],
    ]);
  });

  it('gives each country of "the governments of both X and Y" its government', () => {
    expect(codes('The governments of both France and Germany rejected the plan.', '2003-02-10')).toEqual([
      ['governments of both France', 'FRAGOV'],
      ['Germany', 'DEUGOV'],
    ]);
  });
});

describe('titles of ministers and former holders', () => {
  it('reads a treasurer and an attorney general as the government of the country in the story', () => {
    expect(
      codes(
        'Prime Minister John Howard backed the plan. Treasurer Peter Costello and Attorney General Daryl Williams voted for it.',
        '1998-02-13',
      ),
    ).toEqual([
      ['Prime Minister John Howard', 'AUSGOV'],
      ['Treasurer Peter Costello', 'AUSGOV'],
      ['Attorney General Daryl Williams', 'AUSGOV'],
    ]);
  });

  it('reads "Former prime minister" in lower case before a name as a past holder (ELI)', () => {
    expect(codes('Former prime minister Paul Keating welcomed the result.', '1998-02-13')).toEqual([
      ['Former prime minister Paul Keating', 'AUSELI'],
    ]);
  });
});

describe('plural titles composed already', () => {
  it('reads "The presidents of Poland and the Czech Republic" once, as each government', () => {
    expect(
      codes(
        'The presidents of Poland and the Czech Republic signed the papers. Aleksander Kwasniewski and Vaclav Havel spoke.',
        '1999-02-27',
      ),
    ).toEqual([
      ['presidents of Poland', 'POLGOV'],
      ['Czech Republic', 'CZEGOV'],
      ['Aleksander Kwasniewski', 'POLGOV'],
      ['Vaclav Havel', 'CZEGOV'],
    ]);
  });
});
