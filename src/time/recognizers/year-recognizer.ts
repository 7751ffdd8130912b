import { type TimeRecognizer, type TimexDraft, textBefore } from '../time-recognizer.js';

// A year next to these reads as a count or a label, not a date ("2,000 troops", "Resolution 1718").
const NOT_AFTER = /(?:\$|€|£|¥|#|No\.|number|resolution|article|flight|route|highway|size)\s*$/i;
const COUNTED =
  /^\s*(?:troops|people|soldiers|attendees|members|workers|km|kilometers|miles|meters|tons|tonnes|dollars|won|yen|yuan|units|cases|votes|seats|residents|refugees|pages|hours|points)\b/i;

/**
 * Bare years and year ranges: "in 1965", "from 1910 to 1945", "1910-1945" (two expressions, as TimeML
 * tags them), "the 1990s" (a decade).
 */
export const yearRecognizer: TimeRecognizer = {
  name: 'year',
  trigger: /\d{4}/,
  // Not inside a number ("2,082.1", "$1995") or a code ("F-1990"); "mid-1996" is a year.
  pattern:
    /(?<![\d,.$])(?<![^d]-)(1[5-9]\d\d|20\d\d)(s)?(?:\s*(?:-|–|to|through|until)\s*(1[5-9]\d\d|20\d\d))?(?![\d,.]\d)\b/g,
  extract(m, context) {
    const text = context.sentence.text;
    const before = textBefore(text, m.index);
    const after = text.slice(m.index + m[0].length);
    if (NOT_AFTER.test(before) || COUNTED.test(after)) return null;
    const drafts: TimexDraft[] = [];
    const first = m[1]!;
    if (m[2]) {
      // "the 1990s" is tagged with its article; "throughout the 1990s" is the span of ten years.
      const article = /\bthe\s+$/i.exec(before);
      const throughout = /\bthroughout\s+(?:the\s+)?$/i.test(before);
      drafts.push({
        start: article ? m.index - before.length + article.index : m.index,
        end: m.index + first.length + 1,
        type: throughout ? 'DURATION' : 'DATE',
        value: throughout ? 'P10Y' : first.slice(0, 3),
        rule: 'year/decade',
      });
      return drafts;
    }
    // "fiscal 1989" is the company's year 1989, tagged whole.
    const fiscal = /\bfiscal\s+$/i.exec(before);
    drafts.push({
      start: fiscal ? m.index - before.length + fiscal.index : m.index,
      end: m.index + first.length,
      type: 'DATE',
      value: first,
      rule: m[3] ? 'year/range-start' : 'year',
    });
    if (m[3]) {
      const end = m.index + m[0].length;
      drafts.push({ start: end - m[3].length, end, type: 'DATE', value: m[3], rule: 'year/range-end' });
    }
    return drafts;
  },
};
