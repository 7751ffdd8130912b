import { describe, expect, it } from 'vitest';
import { expectNoTimex, expectTimex, extractFrom, timexesOf } from '../helpers/domain.js';

// Datelines are chosen away from the sample corpus's: 2025-03-14 is a Friday.
const FRIDAY = '2025-03-14';

describe('explicit dates', () => {
  it('normalizes full dates, abbreviated months included', () => {
    expectTimex('The accord was signed on June 22, 1965, and took effect on Dec. 18, 1965.', FRIDAY, [
      { text: 'June 22, 1965', type: 'DATE', value: '1965-06-22' },
      { text: 'Dec. 18, 1965', type: 'DATE', value: '1965-12-18' },
    ]);
  });

  it('reads ISO dates and month-year expressions', () => {
    expectTimex('The talks took place on 2025-03-02, a year after those of March 2024.', FRIDAY, [
      { text: '2025-03-02', type: 'DATE', value: '2025-03-02' },
      // TimeML tags the span before "after" as a duration; "after" is a signal, not part of it.
      { text: 'a year', type: 'DURATION', value: 'P1Y' },
      { text: 'March 2024', type: 'DATE', value: '2024-03' },
    ]);
  });

  it('gives a day without a year the year its clause points to', () => {
    // Published in February: a past "June 4" is last year's, a future one this year's.
    expectTimex('The minister took office on June 4.', '2025-02-10', [
      { text: 'June 4', type: 'DATE', value: '2024-06-04' },
    ]);
    expectTimex('The minister will take office on June 4.', '2025-02-10', [
      { text: 'June 4', type: 'DATE', value: '2025-06-04' },
    ]);
    // Published in September: the June just gone.
    expectTimex('The minister took office on June 4.', '2025-09-10', [
      { text: 'June 4', type: 'DATE', value: '2025-06-04' },
    ]);
  });

  it('carries a future day past the year end', () => {
    expectTimex('The envoy will arrive on Feb. 3.', '2025-11-20', [
      { text: 'Feb. 3', type: 'DATE', value: '2026-02-03' },
    ]);
  });

  it('rejects a day that does not exist', () => {
    expect(timexesOf('The ceasefire began on February 30, 2025.', FRIDAY).map((t) => t.value)).not.toContain(
      '2025-02-30',
    );
  });
});

describe('weekdays follow the tense of their clause', () => {
  it('looks back in a past clause', () => {
    expectTimex('Officials said on Thursday that the talks had stalled.', FRIDAY, [
      { text: 'Thursday', type: 'DATE', value: '2025-03-13' },
    ]);
  });

  it('looks ahead in a future clause', () => {
    expectTimex('The two sides will hold talks on Thursday.', FRIDAY, [
      { text: 'Thursday', type: 'DATE', value: '2025-03-20' },
    ]);
  });

  it('honours "last" and "next" whatever the tense', () => {
    expectTimex('Officials met last Monday and will meet again next Monday.', FRIDAY, [
      { text: 'last Monday', type: 'DATE', value: '2025-03-10' },
      { text: 'next Monday', type: 'DATE', value: '2025-03-17' },
    ]);
  });
});

describe('periods relative to the dateline', () => {
  it('resolves last week, last month and next year', () => {
    expectTimex('The ministry said last week that prices rose last month and would fall next year.', FRIDAY, [
      { text: 'last week', type: 'DATE', value: '2025-W10' },
      { text: 'last month', type: 'DATE', value: '2025-02' },
      { text: 'next year', type: 'DATE', value: '2026' },
    ]);
  });

  it('resolves "this" to the dateline\'s own week, month and year', () => {
    expectTimex('Delegates arrive this week, vote this month and report this year.', FRIDAY, [
      { text: 'this week', type: 'DATE', value: '2025-W11' },
      { text: 'this month', type: 'DATE', value: '2025-03' },
      { text: 'this year', type: 'DATE', value: '2025' },
    ]);
  });

  it('marks "earlier this month" as the start of the month', () => {
    expectTimex('The agency reported earlier this month that the dam had cracked.', FRIDAY, [
      { text: 'earlier this month', type: 'DATE', value: '2025-03', mod: 'START' },
    ]);
  });

  it('counts "N days ago" back from the dateline', () => {
    expectTimex('Five people were hurt three days ago.', FRIDAY, [
      { text: 'three days ago', type: 'DATE', value: '2025-03-11' },
    ]);
    expectTimex('The border closed 10 days ago.', '2025-01-05', [
      { text: '10 days ago', type: 'DATE', value: '2024-12-26' },
    ]);
  });

  it('tags "soon" as a future reference', () => {
    expectTimex('The envoy will travel there soon.', FRIDAY, [{ text: 'soon', type: 'DATE', value: 'FUTURE_REF' }]);
  });
});

describe('arithmetic across a year boundary', () => {
  it('puts "last month" of a January article in December of the year before', () => {
    expectTimex('Exports fell last month.', '2025-01-10', [{ text: 'last month', type: 'DATE', value: '2024-12' }]);
  });

  it('puts "next month" of a December article in January of the year after', () => {
    expectTimex('The tariff takes effect next month.', '2025-12-15', [
      { text: 'next month', type: 'DATE', value: '2026-01' },
    ]);
  });

  it('gives "next week" near new year the ISO week of the next year', () => {
    // 2025-12-29 is a Monday that already belongs to ISO week 2026-W01.
    expectTimex('The leaders will meet next week.', '2025-12-29', [
      { text: 'next week', type: 'DATE', value: '2026-W02' },
    ]);
    // 2025-12-22 is in 2025-W52; the week after is 2026-W01.
    expectTimex('The leaders will meet next week.', '2025-12-22', [
      { text: 'next week', type: 'DATE', value: '2026-W01' },
    ]);
  });

  it('gives "last week" early in January the last ISO week of the year before', () => {
    expectTimex('Officials met last week.', '2025-01-02', [{ text: 'last week', type: 'DATE', value: '2024-W52' }]);
  });

  it('keeps "last year" tied to the dateline\'s year, not to the ISO week\'s', () => {
    // 2024-12-30 falls in ISO week 2025-W01, but its year is 2024.
    expectTimex('The talks happen this week; officials met last year.', '2024-12-30', [
      { text: 'this week', type: 'DATE', value: '2025-W01' },
      { text: 'last year', type: 'DATE', value: '2023' },
    ]);
  });
});

describe('durations', () => {
  it('writes amounts of time as TimeML periods', () => {
    expectTimex('The ban lasts 30 days and ends a feud of 60 years.', FRIDAY, [
      { text: '30 days', type: 'DURATION', value: 'P30D' },
      { text: '60 years', type: 'DURATION', value: 'P60Y' },
    ]);
  });

  it('keeps a qualifier as the modifier', () => {
    expectTimex('The dispute has lasted more than two decades.', FRIDAY, [
      { text: 'more than two decades', type: 'DURATION', value: 'P20Y', mod: 'MORE_THAN' },
    ]);
  });
});

describe('years and year ranges', () => {
  it('tags "from 1910 to 1945" as two years', () => {
    expectTimex('The region was occupied from 1910 to 1945.', FRIDAY, [
      { text: '1910', type: 'DATE', value: '1910' },
      { text: '1945', type: 'DATE', value: '1945' },
    ]);
  });

  it('tags "1910-1945" as two years as well', () => {
    expectTimex("It followed the empire's 1910-1945 rule.", FRIDAY, [
      { text: '1910', type: 'DATE', value: '1910' },
      { text: '1945', type: 'DATE', value: '1945' },
    ]);
  });

  it('tags a decade with its article, as TimeBank draws it', () => {
    expectTimex('Trade boomed in the 1990s.', FRIDAY, [{ text: 'the 1990s', type: 'DATE', value: '199' }]);
  });
});

describe('what is not a time expression', () => {
  it('leaves counts alone', () => {
    expectNoTimex('Some 1,000 attendees gathered.', FRIDAY);
    expectNoTimex('The army deployed 2000 troops to the border.', FRIDAY);
    expectNoTimex('The town has 1995 residents.', FRIDAY);
  });

  it('leaves the verb "may" alone', () => {
    expectNoTimex('He said the talks may resume.', FRIDAY);
    expectNoTimex('Officials may visit the site.', FRIDAY);
  });

  it('still reads the month May where it is one', () => {
    expectTimex('The treaty was signed on May 5, 2020.', FRIDAY, [
      { text: 'May 5, 2020', type: 'DATE', value: '2020-05-05' },
    ]);
  });
});

describe('offsets', () => {
  it('points every expression at its place in the article text, across paragraphs', () => {
    const text = 'Ministers met on Thursday.\n\nThey will meet again next month.';
    const { timexes } = extractFrom(text, FRIDAY);
    expect(timexes.map((t) => [t.text, t.sentence])).toEqual([
      ['Thursday', 0],
      ['next month', 1],
    ]);
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
