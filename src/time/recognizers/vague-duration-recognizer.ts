import type { TimeRecognizer } from '../time-recognizer.js';

const UNIT: Readonly<Record<string, string>> = {
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'DE',
  centurie: 'C',
  hour: 'TH',
  minute: 'TM',
};

/**
 * Durations with no count: "for weeks", "in the coming years", "over months" (PXW, PXY, PXM), "a couple of
 * years" (P2Y, APPROX).
 */
export const vagueDurationRecognizer: TimeRecognizer = {
  name: 'vague-duration',
  trigger: /(?:or|er|in|he|ng)\s+(?:days|weeks|months|years|decades|centuries|hours|minutes)\b|couple/,
  pattern:
    /\b(?:(?:for|over|within)\s+(?:the\s+)?|(?=coming\s))((?:coming\s+)?(days|weeks|months|years|decades|centuries|hours|minutes))\b|\b((?:the\s+(?:next|past|last)\s+)?a?\s*couple\s+of\s+(days|weeks|months|years|hours))\b/gi,
  extract(m) {
    if (m[1]) {
      const start = m.index + m[0].indexOf(m[1]);
      const unit = UNIT[m[2]!.toLowerCase().replace(/s$/, '')]!;
      const value = unit.startsWith('T') ? `PTX${unit.slice(1)}` : `PX${unit}`;
      return { start, end: start + m[1].length, type: 'DURATION', value, rule: 'vague-duration' };
    }
    if (m[3]) {
      const unit = UNIT[m[4]!.toLowerCase().replace(/s$/, '')]!;
      const start = m.index + m[0].indexOf(m[3].trimStart());
      const text = m[3].trimStart();
      const value = unit.startsWith('T') ? `PT2${unit.slice(1)}` : `P2${unit}`;
      return { start, end: start + text.length, type: 'DURATION', value, mod: 'APPROX', rule: 'vague-duration/couple' };
    }
    return null;
  },
};
