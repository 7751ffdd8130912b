import type { TimeRecognizer } from '../time-recognizer.js';
import { MONTH_PATTERN, monthNumber } from '../time-recognizer.js';
import { pad } from './anchoring.js';

const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const DECADES: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
const SEASON: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORD = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** "ninety-six" → 96, "twelve" → 12, "oh five" → 5. */
function twoDigits(text: string): number {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words[0] === 'oh') return ONES[words[1]!] ?? 0;
  if (TEENS[words[0]!] !== undefined) return TEENS[words[0]!]!;
  return (TENS[words[0]!] ?? 0) + (words[1] ? (ONES[words[1]] ?? 0) : 0);
}

/**
 * Years as broadcast transcripts spell them: "nineteen ninety-six" (1996), "the year two thousand" (2000),
 * "January nineteen ninety-seven" (1997-01), "the winter of nineteen ninety-four" (1994-WI); and spelled
 * decades, "the nineties" (199). "Two thousand" alone is a count, so it needs "the year" before it.
 */
export const spelledYearRecognizer: TimeRecognizer = {
  name: 'spelled-year',
  trigger: /ineteen |ighteen |thousand|[efhnrx]ties\b/,
  pattern: new RegExp(
    `\\b(?:(${MONTH_PATTERN})\\s+|(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+of\\s+)?(?:(eighteen|nineteen)\\s+((?:${TENS_WORD})(?:[\\s-](?:${ONES_WORD}))?|${TEEN_WORD}|oh\\s+(?:${ONES_WORD}))|the\\s+year\\s+two\\s+thousand(?:\\s+and\\s+(${ONES_WORD}|${TEEN_WORD}))?)\\b|\\bthe\\s+(?:(early|mid|late)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`,
    'gi',
  ),
  extract(m, context) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (m[7]) {
      // A spelled decade of the century the article is written in (or the one before, if still ahead).
      const digit = DECADES[m[7].toLowerCase()]!;
      const year = context.anchor.getUTCFullYear();
      let century = Math.floor(year / 100);
      if (century * 100 + digit * 10 > year) century -= 1;
      const mod = m[6] ? { early: 'START', mid: 'MID', late: 'END' }[m[6].toLowerCase()] : undefined;
      return { ...at, type: 'DATE', value: `${century}${digit}`, ...(mod ? { mod } : {}), rule: 'spelled-year/decade' };
    }
    const year = m[3] ? TEENS[m[3].toLowerCase()]! * 100 + twoDigits(m[4]!) : 2000 + (m[5] ? twoDigits(m[5]) : 0);
    if (m[1]) {
      const month = monthNumber(m[1]);
      return { ...at, type: 'DATE', value: `${year}-${pad(month)}`, rule: 'spelled-year/month' };
    }
    if (m[2]) {
      return { ...at, type: 'DATE', value: `${year}-${SEASON[m[2].toLowerCase()]!}`, rule: 'spelled-year/season' };
    }
    return { ...at, type: 'DATE', value: String(year), rule: 'spelled-year' };
  },
};
