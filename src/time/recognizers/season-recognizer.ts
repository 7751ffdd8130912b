import type { TimeRecognizer } from '../time-recognizer.js';

const SEASON: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
// Seasons start around the third month of each quarter; a season has "begun" from then.
const FIRST_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Seasons with a modifier or a year: "this summer", "last fall", "the spring of 1998" (1998-SP). */
export const seasonRecognizer: TimeRecognizer = {
  name: 'season',
  trigger: /[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter/,
  pattern:
    /\b(?:((?:the\s+)?(?:early|late)|this\s+past|this|last|next|the)\s+(spring|summer|fall|autumn|winter)(?!\s+(?:of|\d)\b)|(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(\d{4}))\b/gi,
  extract(m, context) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (m[4]) return { ...at, type: 'DATE', value: `${m[4]}-${SEASON[m[3]!.toLowerCase()]}`, rule: 'season/year' };
    const season = SEASON[m[2]!.toLowerCase()]!;
    const which = m[1]!
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^the (?=early|late)/, '');
    // "The fall" is as often a drop ("the fall in prices") as the season.
    if (which === 'the' && season === 'FA') return null;
    const year = context.anchor.getUTCFullYear();
    const month = context.anchor.getUTCMonth() + 1;
    const begun = month >= FIRST_MONTH[season]!;
    let y = year;
    if (which === 'last') y = year - 1;
    else if (which === 'next') y = begun ? year + 1 : year;
    // "this past spring" is the latest one that has begun; so is "the summer", unless the clause looks ahead.
    else if (which === 'the' && context.direction(m.index) === 'future') y = begun ? year + 1 : year;
    else if (which === 'this past' || which === 'the') y = begun ? year : year - 1;
    else if (which === 'this' || which === 'early' || which === 'late') y = year;
    const mod = which === 'early' ? { mod: 'START' } : which === 'late' ? { mod: 'END' } : {};
    return { ...at, type: 'DATE', value: `${y}-${season}`, ...mod, rule: `season/${which.replace(' ', '-')}` };
  },
};
