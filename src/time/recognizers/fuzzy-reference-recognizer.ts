import { type TimeRecognizer, textBefore } from '../time-recognizer.js';

const VALUE: Readonly<Record<string, string>> = {
  soon: 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF',
  'in the future': 'FUTURE_REF',
  'in the near future': 'FUTURE_REF',
  'at an early date': 'FUTURE_REF',
  'in the past': 'PAST_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'then current': 'PAST_REF',
  'for the future': 'FUTURE_REF',
  'of the future': 'FUTURE_REF',
  'about the future': 'FUTURE_REF',
  'the future': 'FUTURE_REF',
  'for the near future': 'FUTURE_REF',
  'in the distant future': 'FUTURE_REF',
  'for the distant future': 'FUTURE_REF',
  recently: 'PAST_REF',
  'in recent years': 'PAST_REF',
  formerly: 'PAST_REF',
  previously: 'PAST_REF',
  now: 'PRESENT_REF',
  current: 'PRESENT_REF',
  recent: 'PAST_REF',
  currently: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
};

/** Vague references to the past, present or future: "soon", "in the past", "now" (TimeML *_REF values). */
export const fuzzyReferenceRecognizer: TimeRecognizer = {
  name: 'fuzzy-reference',
  trigger:
    /[Ss]oon|[Ff]uture|early date|[Pp]ast\b|[Rr]ecent|[Ff]ormerly|[Cc]urrent|\b[Nn]ow\b|[Pp]resent|[Tt]hese days|(?:near|short) term/,
  pattern:
    /\b(as soon as possible|soon(?!\s+(?:after|afterwards?|as|thereafter)\b)|(?:in|for|of|about) the (?:near |distant )?future|the future(?=\s*[.,;])|at an early date|in the past|the (?:near|short) term|then current|(?:more\s+)?recently|in recent years|formerly|currently|now|at present|these days|nowadays|current(?=\s+[a-z])(?!\s+(?:year|month|week|quarter|fiscal|account|accounts|price|prices|rate|rates|level|levels)\b)|recent(?=\s+[a-z])(?!\s+(?:days|weeks|months|years|decades|quarters|history)\b))\b/gi,
  extract(m) {
    const phrase = m[1]!.toLowerCase().replace(/^more\s+/, '');
    // "as soon as Tuesday": a conjunction, not a time of its own.
    if (phrase === 'soon' && /\bas\s+$/i.test(textBefore(m.input, m.index, 8))) return null;
    const value = VALUE[phrase];
    if (!value) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, rule: `fuzzy/${phrase}` };
  },
};
