import { type TimeRecognizer, textBefore } from '../time-recognizer.js';
import { pad } from './anchoring.js';

/** Clock times on the publication day: "10:35 a.m.", "3 p.m. EST", "noon", "midnight" (TIME 2025-07-04T10:35). */
export const clockTimeRecognizer: TimeRecognizer = {
  name: 'clock-time',
  trigger: /\d|[Nn]oon|[Mm]id(?:night|day)/,
  pattern:
    /\b(?:(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|(\d{1,2}):(\d{2})(?!\d)|(noon|midnight|midday))(?:\s+(?:EST|EDT|GMT|UTC|PST|PDT|CST|CDT|KST|JST))?/gi,
  extract(m, context) {
    let hour: number;
    let minute = 0;
    if (m[6]) {
      // "High Noon", the film and the idiom.
      if (/\bhigh\s+$/i.test(textBefore(context.sentence.text, m.index, 12))) return null;
      hour = m[6].toLowerCase() === 'midnight' ? 24 : 12;
    } else if (m[3]) {
      hour = Number(m[1]);
      minute = m[2] ? Number(m[2]) : 0;
      const pm = m[3].toLowerCase().startsWith('p');
      if (hour < 1 || hour > 12) return null;
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    } else {
      hour = Number(m[4]);
      minute = Number(m[5]);
      // "2:1" scores and "10:35" ratios are common; a bare clock needs a time word near it.
      if (!/\b(?:at|by|until|before|after|around|from)\s+$/i.test(textBefore(context.sentence.text, m.index, 12)))
        return null;
    }
    if (hour > 24 || minute > 59) return null;
    const end = m.index + m[0].length;
    return {
      start: m.index,
      end,
      type: 'TIME',
      value: `${context.published}T${pad(hour)}:${pad(minute)}`,
      rule: 'clock-time',
    };
  },
};
