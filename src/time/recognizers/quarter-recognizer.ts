import type { TimeRecognizer } from '../time-recognizer.js';
import { yearIn } from './anchoring.js';

const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/**
 * Quarters and halves of a year: "the third quarter", "third-quarter profit", "the first half of 2025",
 * "Q2", "the fiscal first quarter", "next year's first quarter", "the last half of 1989" (2025-Q3,
 * 2025-H1, 2026-Q1, 1989-H2). Without a year, the latest such period that has begun by the publication
 * date.
 */
export const quarterRecognizer: TimeRecognizer = {
  name: 'quarter',
  trigger: /[Qq]uarter|[Hh]alf|Q[1-4]/,
  pattern:
    /\b(?:(this|last|next)\s+year's\s+|the\s+)?(?:fiscal[\s-]+)?(?:(first|second|third|fourth|last|1st|2nd|3rd|4th)([\s-]+)(quarter|half)|Q([1-4]))(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(\d{4})))?\b/gi,
  extract(m, context) {
    const kind = m[4]?.toLowerCase() === 'half' ? 'H' : 'Q';
    const ordinal = m[2]?.toLowerCase();
    // "The last quarter" is the one before this; only "the last half of 1989" names a fixed part of a year.
    if (ordinal === 'last' && (kind === 'Q' || !m[6])) return null;
    const n = m[5] ? Number(m[5]) : ordinal === 'last' ? 2 : ORDINAL[ordinal!]!;
    if (kind === 'H' && n > 2) return null;
    const pubYear = context.anchor.getUTCFullYear();
    const relative = m[1]?.toLowerCase();
    const year = m[6]
      ? Number(m[6])
      : relative
        ? pubYear + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0)
        : yearIn(context, (kind === 'Q' ? (n - 1) * 3 : (n - 1) * 6) + 1);
    // "the third-quarter loss": an adjective, which TimeML tags without the article.
    const article = !relative && m[3] === '-' ? /^the\s+/i.exec(m[0]) : null;
    return {
      start: m.index + (article ? article[0].length : 0),
      end: m.index + m[0].length,
      type: 'DATE',
      value: `${year}-${kind}${n}`,
      rule: `quarter/${kind}`,
    };
  },
};
