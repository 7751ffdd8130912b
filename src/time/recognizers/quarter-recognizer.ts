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
  last: 4,
};

/**
 * Quarters and halves of a year: "the third quarter", "third-quarter profit", "the first half of 2025",
 * "Q2" (2025-Q3, 2025-H1). Without a year, the latest such period that has begun by the publication date.
 */
export const quarterRecognizer: TimeRecognizer = {
  name: 'quarter',
  trigger: /quarter|half|Q[1-4]/i,
  pattern:
    /\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)|Q([1-4]))(?:\s+(?:of\s+)?(?:(fiscal\s+)?(\d{4})))?\b/gi,
  extract(m, context) {
    const kind = m[2]?.toLowerCase() === 'half' ? 'H' : 'Q';
    const n = m[3] ? Number(m[3]) : ORDINAL[m[1]!.toLowerCase()]!;
    if (kind === 'H' && n > 2) return null;
    const year = m[5] ? Number(m[5]) : yearIn(context, (kind === 'Q' ? (n - 1) * 3 : (n - 1) * 6) + 1);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: `${year}-${kind}${n}`,
      rule: `quarter/${kind}`,
    };
  },
};
