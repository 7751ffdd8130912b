import type { TimeRecognizer } from '../time-recognizer.js';

const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/**
 * Centuries by name: "the 20th century", "the eleventh century", "this century", "the last century"
 * (TimeML writes a century as its first two digits: the 20th century is `19`). "The 18th-century
 * house" keeps only "18th-century".
 */
export const centuryRecognizer: TimeRecognizer = {
  name: 'century',
  trigger: /century/,
  pattern:
    /\b(?:(?:the\s+)?(?:(early|mid|late)[\s-]+)?(\d{1,2})(?:st|nd|rd|th)|(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)|(this|last|next|the\s+past|the\s+last|the\s+next))([\s-])century\b/gi,
  extract(m, context) {
    let start = m.index;
    const end = m.index + m[0].length;
    let century: number;
    if (m[4]) {
      const which = m[4].toLowerCase().replace(/^the\s+/, '');
      const current = Math.floor((context.anchor.getUTCFullYear() - 1) / 100) + 1;
      century = which === 'this' ? current : which === 'next' ? current + 1 : current - 1;
      // "The past century" is the hundred years up to now, not the previous calendar century.
      if (/^the\s+past$/i.test(m[4])) return { start, end, type: 'DURATION', value: 'P100Y', rule: 'century/past' };
    } else {
      century = m[2] ? Number(m[2]) : ORDINAL[m[3]!.toLowerCase()]!;
      // An adjective ("the 18th-century house") is tagged without its article.
      const article = /^the\s+/i.exec(m[0]);
      if (m[5] === '-' && article) start += article[0].length;
    }
    if (century < 1 || century > 30) return null;
    const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
    return {
      start,
      end,
      type: 'DATE',
      value: String(century - 1).padStart(2, '0'),
      ...(mod ? { mod } : {}),
      rule: 'century',
    };
  },
};
