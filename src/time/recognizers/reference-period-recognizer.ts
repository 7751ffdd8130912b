import { formatDay } from '../calendar.js';
import type { TimeContext } from '../time-context.js';
import type { TimeRecognizer } from '../time-recognizer.js';

const ORDINAL: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

// Business news reports on the quarter that ended before publication: it is the reference period that
// "the quarter", "a year earlier" and "the year-ago period" point to.
function reportingQuarter(context: TimeContext): { year: number; quarter: number } {
  const reported = new Date(context.anchor.getTime() - 45 * 864e5);
  return { year: reported.getUTCFullYear(), quarter: Math.floor(reported.getUTCMonth() / 3) + 1 };
}

function talksQuarters(context: TimeContext): boolean {
  return /\bquarter/i.test(context.doc.article.text);
}

/**
 * Periods of business reporting: "the quarter", "the latest quarter", "the latest period", "the
 * year-earlier quarter", "the quarter a year ago", "the corresponding period last year", "a year earlier",
 * "year-ago", "the 1988 third quarter". In an article about quarters, "a year
 * earlier" is the same quarter a year before; elsewhere it is last year.
 */
export const referencePeriodRecognizer: TimeRecognizer = {
  name: 'reference-period',
  trigger: /quarter|period|year[- ](?:ago|earlier)/i,
  pattern:
    /\b(?:(the\s+(?:(?:comparable|corresponding|same)\s+)?)?(?:(year[- ](?:earlier|ago))|(\d{4}))\s+(?:(first|second|third|fourth)[\s-]+)?(quarter|period)|[Tt]he\s+(?:(?:latest|recent|current|same)\s+)?quarter(?!\s+(?:of|century)\b|-to-)(\s+a\s+year\s+(?:ago|earlier))?|[Tt]he\s+latest\s+period|(a\s+year\s+(?:ago|earlier)|year[- ](?:earlier|ago))|(the\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?last\s+year|last\s+year's\s+(?:quarter|period)))\b/gi,
  extract(m, context) {
    const at = { start: m.index, end: m.index + m[0].length };
    const reporting = reportingQuarter(context);
    if (m[5]) {
      const quarter = m[4] ? ORDINAL[m[4].toLowerCase()]! : reporting.quarter;
      const year = m[3] ? Number(m[3]) : m[2] ? reporting.year - 1 : reporting.year;
      // "the 1988 period" without a quarter word names the year unless the article is about quarters.
      if (m[5].toLowerCase() === 'period' && !m[4] && !talksQuarters(context)) {
        return { ...at, type: 'DATE', value: String(year), rule: 'reference-period/year' };
      }
      return { ...at, type: 'DATE', value: `${year}-Q${quarter}`, rule: 'reference-period/quarter' };
    }
    // "the quarter a year ago", "the corresponding period last year", "last year's quarter".
    if (m[6] || m[8]) {
      const value = `${reporting.year - 1}-Q${reporting.quarter}`;
      return { ...at, type: 'DATE', value, rule: 'reference-period/quarter-year-earlier' };
    }
    if (m[7]) {
      if (talksQuarters(context)) {
        return {
          ...at,
          type: 'DATE',
          value: `${reporting.year - 1}-Q${reporting.quarter}`,
          rule: 'reference-period/year-earlier-quarter',
        };
      }
      return {
        ...at,
        type: 'DATE',
        value: String(context.anchor.getUTCFullYear() - 1),
        rule: 'reference-period/year-earlier',
      };
    }
    if (/current/i.test(m[0])) {
      const quarter = Math.floor(context.anchor.getUTCMonth() / 3) + 1;
      const value = `${context.anchor.getUTCFullYear()}-Q${quarter}`;
      return { ...at, type: 'DATE', value, rule: 'reference-period/current-quarter' };
    }
    return {
      ...at,
      type: 'DATE',
      value: `${reporting.year}-Q${reporting.quarter}`,
      rule: 'reference-period/the-quarter',
    };
  },
};

export const dayOf = (context: TimeContext, shift: number): string =>
  formatDay(new Date(context.anchor.getTime() + shift * 864e5));
