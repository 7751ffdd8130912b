import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

const codes = (text: string, day: string) => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('a monarch named with the realm', () => {
  it('reads the realm alone as the country, not as the king', () => {
    expect(
      codes('King Hussein of Jordan flew to Cairo. Trucks crossed into Syria from Jordan on Monday.', '1990-08-20'),
    ).toEqual([
      ['King Hussein', 'JORGOV'],
      ['Jordan', 'JOR'],
      ['Syria', 'SYR'],
      ['Jordan', 'JOR'],
    ]);
  });
});

describe('Ireland and Northern Ireland', () => {
  it('reads "the Irish Republic" as Ireland and "northern Ireland" as part of the United Kingdom', () => {
    expect(codes('Police in the Irish Republic arrested two men.', '1998-03-22')).toEqual([
      ['Police in the Irish Republic', 'IRLCOP'],
    ]);
    expect(codes('The Irish Republic protested.', '1998-03-22')).toEqual([['Irish Republic', 'IRL']]);
    expect(codes('The northern Ireland police blamed the RUC reservists.', '1998-02-16')).toEqual([
      ['northern Ireland police', 'GBRCOP'],
      ['RUC', 'GBRCOP'],
    ]);
  });

  it('reads "IRA" as the Irish Republican Army only in a story about Northern Ireland', () => {
    expect(codes('Sinn Fein said the IRA would keep its truce.', '1998-02-16')).toEqual([
      ['Sinn Fein', 'GBRPTY'],
      ['IRA', 'GBRREB'],
    ]);
    expect(codes('Savers moved money into an IRA before the deadline.', '1989-10-30')).toEqual([]);
  });
});

describe("a group's officers", () => {
  it('learns an officer named with the group and a title, and the surname after', () => {
    expect(
      codes(
        'Sinn Fein chairman Mitchell McLaughlin said the party would appeal. McLaughlin spoke in Belfast.',
        '1998-02-16',
      ),
    ).toEqual([
      ['Sinn Fein chairman Mitchell McLaughlin', 'GBRPTY'],
      ['McLaughlin', 'GBRPTY'],
    ]);
    expect(codes('Hamas spokesman Sami Abu Zuhri rejected the offer.', '2014-07-20')).toEqual([
      ['Hamas spokesman Sami Abu Zuhri', 'PSEREB'],
    ]);
  });

  it("codes a known leader out of office as the group's", () => {
    expect(codes('The Khmer Rouge leader Pol Pot was put on trial.', '1997-07-26')).toEqual([
      ['The Khmer Rouge leader Pol Pot', 'KHMREB'],
    ]);
  });
});

describe("seats and bodies that are not a country's own", () => {
  it('reads the capital of a land that became a state as its government only after independence', () => {
    expect(codes('Pristina rejected the plan.', '1998-03-06')).toEqual([]);
    expect(codes('Pristina rejected the plan.', '2012-03-06')).toEqual([['Pristina', 'UNKGOV']]);
  });

  it('reads an international court after a demonym as that court', () => {
    expect(codes('Judges heard a Libyan World Court case on Friday.', '1998-02-27')).toEqual([
      ['World Court', 'IGOICJ'],
    ]);
  });
});

describe('wire datelines', () => {
  it('reads a dateline whose mark follows the agency without a space as no actor', () => {
    expect(codes('ROME (AP)_ Italy protested on Friday.', '1998-02-27')).toEqual([['Italy', 'ITA']]);
    expect(codes('CAIRO, Egypt (AP)_ Officials met on Friday.', '1998-02-27')).toEqual([]);
  });
});

describe('ships named after people', () => {
  it('reads a carrier named after a president, set off by a dash and an article, as no person', () => {
    expect(codes('Officials said a fourth carrier -- the John F. Kennedy -- could sail soon.', '1990-08-13')).toEqual(
      [],
    );
  });
});
