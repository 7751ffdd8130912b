import { describe, expect, it } from 'vitest';
import { expectTimex, timexesOf } from '../helpers/domain.js';

// The TimeML conventions TempEval-3's gold follows (TimeBank, AQUAINT), family by family.
// 1989-10-30 is a Monday in the fourth quarter; 1998-03-01 a Sunday.
const MONDAY = '1989-10-30';
const SUNDAY = '1998-03-01';

describe('tense of the clause', () => {
  it('"will succeed ... Feb. 1" looks ahead: "succeed" is no past tense', () => {
    expectTimex('Mr. Schwarz will succeed Mr. Davison Feb. 1.', MONDAY, [
      { text: 'Feb. 1', type: 'DATE', value: '1990-02-01' },
    ]);
  });

  it('"payable" and "effective" date what is still to come', () => {
    expectTimex('The dividend is payable Jan. 2 to stock of record Dec. 15.', MONDAY, [
      { text: 'Jan. 2', type: 'DATE', value: '1990-01-02' },
      { text: 'Dec. 15', type: 'DATE', value: '1989-12-15' },
    ]);
  });

  it('"had been due to" looks back', () => {
    expectTimex('The offer had been due to expire Friday.', MONDAY, [
      { text: 'Friday', type: 'DATE', value: '1989-10-27' },
    ]);
  });

  it('"as soon as" and "would" look ahead', () => {
    expectTimex('The group would leave as soon as Tuesday.', MONDAY, [
      { text: 'Tuesday', type: 'DATE', value: '1989-10-31' },
    ]);
  });
});

describe('spelled-out years, decades and centuries', () => {
  it('reads years as broadcasts say them', () => {
    expectTimex('Keating was convicted in nineteen ninety-one; the goal is the year two thousand.', SUNDAY, [
      { text: 'nineteen ninety-one', type: 'DATE', value: '1991' },
      { text: 'the year two thousand', type: 'DATE', value: '2000' },
    ]);
  });

  it('joins a month or a season to a spelled year', () => {
    expectTimex('January nineteen ninety-seven was colder than the winter of nineteen ninety-four.', SUNDAY, [
      { text: 'January nineteen ninety-seven', type: 'DATE', value: '1997-01' },
      { text: 'the winter of nineteen ninety-four', type: 'DATE', value: '1994-WI' },
    ]);
  });

  it('spelled decades and named centuries', () => {
    expectTimex('Numbers fell through the nineties, the worst of the 20th century.', SUNDAY, [
      { text: 'the nineties', type: 'DATE', value: '199' },
      { text: 'the 20th century', type: 'DATE', value: '19' },
    ]);
  });

  it('an adjectival century leaves out the article', () => {
    expectTimex('They restored the 11th-century temple.', SUNDAY, [
      { text: '11th-century', type: 'DATE', value: '10' },
    ]);
  });
});

describe('parts of a named day', () => {
  it('"Thursday night" is that night', () => {
    expectTimex('The site was closed Thursday night.', '1999-02-06', [
      { text: 'Thursday night', type: 'DATE', value: '1999-02-04TNI' },
    ]);
  });

  it('a clock time joins a date, and takes the day its sentence names', () => {
    expectTimex('The offer runs until 5 p.m. EST Nov. 9.', MONDAY, [
      { text: '5 p.m. EST Nov. 9', type: 'TIME', value: '1989-11-09T17:00' },
    ]);
    expectTimex('The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', '1998-08-08', [
      { text: '10:35 a.m.', type: 'TIME', value: '1998-08-07T10:35' },
      { text: 'Friday', type: 'DATE', value: '1998-08-07' },
    ]);
  });

  it('"around" makes a time approximate and belongs to it', () => {
    expectTimex('The men came in around 7:15 p.m.', '1998-02-12', [
      { text: 'around 7:15 p.m.', type: 'TIME', value: '1998-02-12T19:15', mod: 'APPROX' },
    ]);
  });
});

describe('business reporting periods', () => {
  it('fiscal years and quarters keep "fiscal" in the span', () => {
    expectTimex('In fiscal 1989 it earned more than in the fiscal first quarter.', MONDAY, [
      { text: 'fiscal 1989', type: 'DATE', value: '1989' },
      { text: 'the fiscal first quarter', type: 'DATE', value: '1989-Q1' },
    ]);
  });

  it('a quarter of a named year', () => {
    expectTimex("It could start in next year's first quarter, after the last half of 1989.", MONDAY, [
      { text: "next year's first quarter", type: 'DATE', value: '1990-Q1' },
      { text: 'the last half of 1989', type: 'DATE', value: '1989-H2' },
    ]);
  });

  it('an adjectival quarter or duration leaves out the article', () => {
    expectTimex('A factor in the third-quarter loss was the eight-year war.', MONDAY, [
      { text: 'third-quarter', type: 'DATE', value: '1989-Q3' },
      { text: 'eight-year', type: 'DURATION', value: 'P8Y' },
    ]);
  });

  it('"the year ended ..." is twelve months; "the full year" is the year reported on', () => {
    expectTimex('For the year ended Sept. 30 it earned $4 million; sales for the full year rose.', MONDAY, [
      { text: 'the year', type: 'DURATION', value: 'P1Y' },
      { text: 'Sept. 30', type: 'DATE', value: '1989-09-30' },
      { text: 'the full year', type: 'DATE', value: '1989' },
    ]);
  });

  it('"by year-end" and "earlier in the year"', () => {
    expectTimex('Sales slowed earlier in the year and should recover by year-end.', MONDAY, [
      { text: 'earlier in the year', type: 'DATE', value: '1989', mod: 'START' },
      { text: 'year-end', type: 'DATE', value: '1989', mod: 'END' },
    ]);
  });

  it('the latest period, and the same quarter a year back', () => {
    expectTimex(
      'Profit in the latest period rose from the quarter a year ago and from the corresponding period last year.',
      MONDAY,
      [
        { text: 'the latest period', type: 'DATE', value: '1989-Q3' },
        { text: 'the quarter a year ago', type: 'DATE', value: '1988-Q3' },
        { text: 'the corresponding period last year', type: 'DATE', value: '1988-Q3' },
      ],
    );
  });
});

describe('periods named relative to the dateline', () => {
  it('"over the weekend" is the one just past; "ahead of the weekend" the next', () => {
    expectTimex('Officials met over the weekend.', MONDAY, [
      { text: 'the weekend', type: 'DATE', value: '1989-W43-WE' },
    ]);
    expectTimex('Traders sold ahead of the weekend.', '1989-10-25', [
      { text: 'the weekend', type: 'DATE', value: '1989-W43-WE' },
    ]);
  });

  it('decades back from the dateline', () => {
    expectTimex('A decade ago they were rivals; wages fell in the last decade.', '1999-03-12', [
      { text: 'A decade ago', type: 'DATE', value: '1989' },
      { text: 'the last decade', type: 'DATE', value: '198' },
    ]);
  });

  it('"a few years ago" is some year of the decade or so before', () => {
    expectTimex('The machines were removed a few years ago.', '1998-02-12', [
      { text: 'a few years ago', type: 'DATE', value: '199X' },
    ]);
  });

  it('"the past year" is last year, as TimeBank reads it', () => {
    expectTimex('Hate groups grew over the past year.', '1998-03-03', [
      { text: 'the past year', type: 'DATE', value: '1997' },
    ]);
  });

  it('"or so" widens the expression and makes it approximate', () => {
    expectTimex('Plants will close over the next year or so.', MONDAY, [
      { text: 'the next year or so', type: 'DATE', value: '1990', mod: 'APPROX' },
    ]);
  });

  it('modifiers of "yesterday" are part of it', () => {
    expectTimex('Officials were unavailable late yesterday.', MONDAY, [
      { text: 'late yesterday', type: 'DATE', value: '1989-10-29', mod: 'END' },
    ]);
  });

  it('"mid-1996" and "the early 1980s" take their modifiers', () => {
    expectTimex('The group split in mid-1996; its stock peaked in the early 1980s.', SUNDAY, [
      { text: 'mid-1996', type: 'DATE', value: '1996', mod: 'MID' },
      { text: 'the early 1980s', type: 'DATE', value: '198', mod: 'START' },
    ]);
  });

  it('"last" before a capitalised month, weekday or holiday', () => {
    expectTimex('Last April the deal fell through; two helicopters crashed last February.', SUNDAY, [
      { text: 'Last April', type: 'DATE', value: '1997-04' },
      { text: 'last February', type: 'DATE', value: '1997-02' },
    ]);
    expectTimex('He was found last Thanksgiving.', '2000-02-10', [
      { text: 'last Thanksgiving', type: 'DATE', value: '1999-11-25' },
    ]);
  });

  it('"the previous Friday" is a week before the Friday the story is about', () => {
    expectTimex('Shares fell on Friday, Oct. 27. They were down 4.5% from the previous Friday.', MONDAY, [
      { text: 'Friday, Oct. 27', type: 'DATE', value: '1989-10-27' },
      { text: 'the previous Friday', type: 'DATE', value: '1989-10-20' },
    ]);
  });

  it('seasons with "this past" or a bare article', () => {
    expectTimex('It closed the unit this past spring and hired over the summer.', MONDAY, [
      { text: 'this past spring', type: 'DATE', value: '1989-SP' },
      { text: 'the summer', type: 'DATE', value: '1989-SU' },
    ]);
  });
});

describe('vague references and durations', () => {
  it('"as soon as possible" and "the near term" are future references', () => {
    expectTimex('It will sell the unit as soon as possible, though not in the near term.', MONDAY, [
      { text: 'as soon as possible', type: 'DATE', value: 'FUTURE_REF' },
      { text: 'the near term', type: 'DATE', value: 'FUTURE_REF' },
    ]);
  });

  it('"about" before a counted duration stays out; "coming" stays in', () => {
    expectTimex('She spent about five hours there and will return in the coming weeks.', MONDAY, [
      { text: 'five hours', type: 'DURATION', value: 'PT5H' },
      { text: 'coming weeks', type: 'DURATION', value: 'PXW' },
    ]);
  });

  it('"throughout" a period is its whole span', () => {
    const rows = timexesOf('Profit should rise throughout the fiscal year and throughout the 1990s.', MONDAY);
    expect(rows.map((r) => [r.text, r.type])).toEqual([
      ['the fiscal year', 'DURATION'],
      ['the 1990s', 'DURATION'],
    ]);
  });
});
