import { describe, expect, it } from 'vitest';
import { segment } from '../../src/text/segment.js';
import { tagTimes, tagTimesInText } from '../../src/time/tag-times.js';
import { expectTimex, timexesOf } from '../helpers/domain.js';

// 2025-11-12 is a Wednesday in the fourth quarter.
const WEDNESDAY = '2025-11-12';

describe('quarters, halves and business reference periods', () => {
  it('names quarters and halves, with or without a year', () => {
    expectTimex('Profit rose in the third quarter and fell in the first half of 2024.', WEDNESDAY, [
      { text: 'the third quarter', type: 'DATE', value: '2025-Q3' },
      { text: 'the first half of 2024', type: 'DATE', value: '2024-H1' },
    ]);
  });

  it('reads "a year earlier" as the same quarter last year in an article about quarters', () => {
    expectTimex('Sales rose 5% in the quarter from a year earlier.', WEDNESDAY, [
      { text: 'the quarter', type: 'DATE', value: '2025-Q3' },
      { text: 'a year earlier', type: 'DATE', value: '2024-Q3' },
    ]);
  });

  it('reads "a year earlier" as last year elsewhere', () => {
    expectTimex('Turnout was higher than a year earlier.', WEDNESDAY, [
      { text: 'a year earlier', type: 'DATE', value: '2024' },
    ]);
  });
});

describe('sets', () => {
  it('codes recurring times with quant EVERY', () => {
    const rows = timexesOf('Envoys meet every week, and the committee reports each July.', WEDNESDAY);
    expect(rows).toEqual([
      { text: 'every week', type: 'SET', value: 'P1W' },
      { text: 'each July', type: 'SET', value: 'XXXX-07' },
    ]);
  });

  it('"twice a year" is how often, not how long', () => {
    expectTimex('The ministers meet twice a year.', WEDNESDAY, [{ text: 'a year', type: 'SET', value: 'P1Y' }]);
  });
});

describe('seasons, holidays and parts of day', () => {
  it('anchors seasons and holidays on the dateline', () => {
    expectTimex('Talks resumed last summer and will end by Christmas.', WEDNESDAY, [
      { text: 'last summer', type: 'DATE', value: '2024-SU' },
      { text: 'Christmas', type: 'DATE', value: '2025-12-25' },
    ]);
  });

  it('dates Thanksgiving by its rule, the fourth Thursday of November', () => {
    expectTimex('The leaders spoke on Thanksgiving Day.', '2025-12-01', [
      { text: 'Thanksgiving Day', type: 'DATE', value: '2025-11-27' },
    ]);
  });

  it('reads parts of the day around the dateline', () => {
    expectTimex('Shelling began last night and stopped this morning.', WEDNESDAY, [
      { text: 'last night', type: 'TIME', value: '2025-11-11TNI' },
      { text: 'this morning', type: 'TIME', value: '2025-11-12TMO' },
    ]);
  });

  it('joins a clock time to its day', () => {
    expectTimex('The deadline expired at 9 a.m. Tuesday.', WEDNESDAY, [
      { text: '9 a.m. Tuesday', type: 'TIME', value: '2025-11-11T09:00' },
    ]);
  });
});

describe('modifiers', () => {
  it('widens months and decades with early, late and mid', () => {
    const rows = timexesOf('Fighting flared in late November, as in the early 1990s.', WEDNESDAY);
    expect(rows.map((r) => [r.text, r.value])).toEqual([
      ['late November', '2025-11'],
      ['the early 1990s', '199'],
    ]);
  });
});

describe('the text-only path', () => {
  it('finds the same expressions as the tokenized path on running news text', () => {
    const text =
      'South Korea and Japan signed the treaty on June 22, 1965. Lee said on Thursday that talks would resume next week. ' +
      'The ministers met last month in Tokyo, in ties that have lasted more than 60 years.';
    const published = '2025-07-04';
    const plain = tagTimesInText(text, published).map((t) => [t.text, t.value, t.start]);
    const tokenized = tagTimes(segment({ id: 'a', published, text })).map((t) => [t.text, t.value, t.start]);
    expect(plain).toEqual(tokenized);
    expect(plain.map((t) => t[1])).toEqual(['1965-06-22', '2025-07-03', '2025-W28', '2025-06', 'P60Y']);
  });
});

describe('anchoring on the narrative', () => {
  it('reads "the next day" and "the following week" from the last day the story named', () => {
    expectTimex(
      'The envoys met on March 3, 2019. The next day they signed, and the following week they left.',
      WEDNESDAY,
      [
        { text: 'March 3, 2019', type: 'DATE', value: '2019-03-03' },
        { text: 'The next day', type: 'DATE', value: '2019-03-04' },
        { text: 'the following week', type: 'DATE', value: '2019-W10' },
      ],
    );
  });

  it('falls back on the dateline when the story named no day', () => {
    expectTimex('The next day, the ministers will meet again.', WEDNESDAY, [
      { text: 'The next day', type: 'DATE', value: '2025-11-13' },
    ]);
  });
});

describe('coordinated weekdays', () => {
  it('reads the second day of "Monday and Tuesday" as the day after the first, not a week before', () => {
    // 2013-07-29 is a Monday; a trip that starts today ends tomorrow.
    expectTimex('The envoy visits China Monday and Tuesday. The talks ran from Wednesday to Friday.', '2013-07-29', [
      { text: 'Monday', type: 'DATE', value: '2013-07-29' },
      { text: 'Tuesday', type: 'DATE', value: '2013-07-30' },
      { text: 'Wednesday', type: 'DATE', value: '2013-07-24' },
      { text: 'Friday', type: 'DATE', value: '2013-07-26' },
    ]);
  });

  it('reads a past pair each on its own ("statements made Friday and Thursday")', () => {
    // 1998-02-06 is a Friday.
    expectTimex('These are statements made Friday and Thursday by the lawyers.', '1998-02-06', [
      { text: 'Friday', type: 'DATE', value: '1998-02-06' },
      { text: 'Thursday', type: 'DATE', value: '1998-02-05' },
    ]);
  });
});

describe('days of the month in words', () => {
  it('reads spoken dates: "February the twelfth", "the first of May", "July the 4th"', () => {
    expectTimex(
      'We met in Washington on February the twelfth. The treaty was signed on the first of May, 2024, and took effect on July the 4th.',
      WEDNESDAY,
      [
        { text: 'February the twelfth', type: 'DATE', value: '2025-02-12' },
        { text: 'the first of May, 2024', type: 'DATE', value: '2024-05-01' },
        { text: 'July the 4th', type: 'DATE', value: '2025-07-04' },
      ],
    );
  });

  it('reads compound ordinals and refuses days a month does not have', () => {
    expectTimex('The vote is on the twenty-first of November; nothing happened on February the thirtieth.', WEDNESDAY, [
      { text: 'the twenty-first of November', type: 'DATE', value: '2025-11-21' },
      { text: 'February', type: 'DATE', value: '2025-02' },
    ]);
  });

  it('leaves the verbs "march" and "may" alone', () => {
    expect(timexesOf('Protesters march the first mile; they may the second time refuse.', WEDNESDAY)).toEqual([]);
  });
});

describe('spans counted before an event', () => {
  it('"two days before the summit" is a span of two days; "two days before." is not tagged', () => {
    expectTimex('The talks came two days before the summit opened. Aid arrived two days before.', WEDNESDAY, [
      { text: 'two days', type: 'DURATION', value: 'P2D' },
    ]);
  });

  it('a clock time counted back from an event is not a span', () => {
    expect(timexesOf('Polls closed at 6 a.m. ten days before the count.', WEDNESDAY).map((t) => t.type)).toEqual([
      'TIME',
    ]);
  });
});
