import { type TimeRecognizer, textBefore } from '../time-recognizer.js';

const PERIOD: Readonly<Record<string, string>> = {
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  quarterly: 'P3M',
  hourly: 'PT1H',
  day: 'P1D',
  week: 'P1W',
  month: 'P1M',
  year: 'P1Y',
  quarter: 'P1Q',
  hour: 'PT1H',
  night: 'P1D',
  morning: 'P1D',
};

/** Recurring times (TimeML SET, quant EVERY): "daily", "every week", "each year", "annually". */
export const setRecognizer: TimeRecognizer = {
  name: 'set',
  trigger: /[Dd]aily|[Ww]eekly|[Mm]onthly|[Aa]nnually|[Yy]early|[Hh]ourly|[Ee]very |[Ee]ach /,
  pattern:
    /\b(?:(daily|weekly|monthly|annually|yearly|hourly)|(?:every|each)\s+(day|week|month|quarter|year|hour|night|morning))\b/gi,
  extract(m) {
    const word = (m[1] ?? m[2]!).toLowerCase();
    // "a daily newspaper" is a SET in TimeML too; "the daily" (a paper) is not a time.
    if (
      m[1] &&
      /\bthe\s+$/i.test(textBefore(m.input, m.index, 8)) &&
      !/^\s+\w/.test(m.input.slice(m.index + m[0].length))
    )
      return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'SET',
      value: PERIOD[word]!,
      quant: 'EVERY',
      rule: 'set',
    };
  },
};
