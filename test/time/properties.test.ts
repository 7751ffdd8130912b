import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, formatWeek, parseDay, shiftDays, shiftWeeks } from '../../src/time/calendar.js';
import { englishTimeConfig } from '../../src/time/configuration.js';
import { tagTimesInText } from '../../src/time/tag-times.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Publication days over two centuries, leap years and year ends included.
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => formatDay(d));

describe('time normalizer properties', () => {
  it('"N days ago" is the publication day minus N days, for any day and any N', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 2, max: 90 }), (published, n) => {
        const [t] = tagTimesInText(`The talks began ${n} days ago.`, published);
        expect(t?.value).toBe(formatDay(shiftDays(parseDay(published), -n)));
      }),
    );
  });

  it('"N weeks ago" is the ISO week N weeks before publication', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 2, max: 20 }), (published, n) => {
        const [t] = tagTimesInText(`The talks began ${n} weeks ago.`, published);
        expect(t?.value).toBe(formatWeek(shiftWeeks(parseDay(published), -n)));
      }),
    );
  });

  it('an explicit date written out round-trips to its own value', () => {
    fc.assert(
      fc.property(day, day, (published, date) => {
        const d = parseDay(date);
        const text = `The treaty was signed on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}.`;
        const [t] = tagTimesInText(text, published);
        expect(t?.value).toBe(date);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), day, (text, published) => {
        const times = tagTimesInText(text, published);
        for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on text made of time words', () => {
    const word = fc.constantFrom(
      'last',
      'next',
      'week',
      'May',
      'June 4',
      '1965',
      'the',
      'quarter',
      'ago',
      'two',
      'Thursday',
      'a year',
      '-',
      ',',
      '1/2',
      'early',
      'that day',
      'noon',
      'every',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 25 }), day, (words, published) => {
        const text = words.join(' ');
        const times = tagTimesInText(text, published);
        for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 500 },
    );
  });
});

// Every phrase a recognizer's full pattern matches must pass its cheap trigger, or the gate would hide it.
const GATED = [
  'over the past decade',
  'the last decade',
  'A decade ago',
  'every quarter',
  'nineteen ninety-six',
  'Nineteen ninety-six',
  'the year two thousand',
  'through the nineties',
  'the Sixties',
  'the 20th century',
  'the 18th-century house',
  'the fiscal year ended Sept. 30',
  'by year-end',
  "by year's end",
  'over the weekend',
  'the next day',
  'The following week',
  '10:35 a.m.',
  '10 A.M.',
  'at noon',
  'Midnight',
  'the eight-year war',
  '2 1/2 years',
  'for weeks',
  'in the coming years',
  'over the years',
  'a couple of days',
  'as soon as possible',
  'in the near term',
  'then current',
  'More recently',
  'this past spring',
  'the previous Friday',
  'last Thanksgiving',
  "next year's first quarter",
  'the latest period',
  'the corresponding period last year',
  'Q3',
  'late yesterday',
  'three years ago',
  'Each July',
  'Daily',
];

describe('trigger gates', () => {
  it('let through every phrase their pattern matches', () => {
    for (const recognizer of englishTimeConfig.recognizers) {
      for (const phrase of GATED) {
        recognizer.pattern.lastIndex = 0;
        const matched = recognizer.pattern.test(phrase);
        recognizer.pattern.lastIndex = 0;
        if (matched && recognizer.trigger) {
          expect(recognizer.trigger.test(phrase), `${recognizer.name} trigger on "${phrase}"`).toBe(true);
        }
      }
    }
  });
});
