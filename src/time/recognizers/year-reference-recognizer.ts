import type { TimeRecognizer } from '../time-recognizer.js';

/**
 * The year a report is about, named without a number: "the year", "the fiscal year", "the full year",
 * "the current fiscal year", "earlier in the year", "year-end". With "ended"/"ending" after it ("the year
 * ended Sept. 30") it is a twelve-month span (DURATION P1Y), as TimeBank annotates it; else the
 * publication year ("the latest fiscal year", already closed, is the one before). "The year before",
 * "the year-ago quarter" and "the year of ..." are left to other rules or untagged.
 */
export const yearReferenceRecognizer: TimeRecognizer = {
  name: 'year-reference',
  trigger: /year/,
  pattern:
    /\b(?:(?:(earlier|later|early|late)\s+in\s+)?[Tt]he\s+(?:(current|full|latest|entire|whole)\s+)?(?:(fiscal|calendar)\s+)?year(?![-'’]|\s+(?:before|after|earlier|ago|later|of|to|two)\b|s\b)(\s+(?:ended|ending))?|(year[- ]end|year's\s+end))\b/g,
  extract(m, context) {
    const pubYear = context.anchor.getUTCFullYear();
    const at = { start: m.index, end: m.index + m[0].length };
    if (m[5]) {
      // "since year-end" looks back to the close of last year; "by year-end" ahead to this one's. Without
      // a preposition it is an adjective ("year-end results"), left untagged.
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (!/\b(?:by|at|since|before|until|around|after|through|to|from|of|near)\s+$/i.test(before)) return null;
      const since = /\bsince\s+$/i.test(before);
      return {
        ...at,
        type: 'DATE',
        value: String(since ? pubYear - 1 : pubYear),
        mod: 'END',
        rule: 'year-reference/end',
      };
    }
    // "throughout the fiscal year": the twelve months, not the year as a date.
    const throughout = /\bthroughout\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index));
    if (m[4] || (throughout && !m[1])) {
      const end = at.end - (m[4]?.length ?? 0);
      return { start: at.start, end, type: 'DURATION', value: 'P1Y', rule: 'year-reference/ended' };
    }
    const which = m[2]?.toLowerCase();
    // "the year that the wall fell", "the year when": some other year, named by the clause.
    if (!which && !m[3] && /^\s+(?:that|when|in\s+which)\b/.test(m.input.slice(at.end, at.end + 12))) return null;
    const year = which === 'latest' && m[3] ? pubYear - 1 : pubYear;
    const mod = m[1] ? { earlier: 'START', early: 'START', later: 'END', late: 'END' }[m[1].toLowerCase()] : undefined;
    return { ...at, type: 'DATE', value: String(year), ...(mod ? { mod } : {}), rule: 'year-reference' };
  },
};
