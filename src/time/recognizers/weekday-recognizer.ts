import type { TimeRecognizer } from '../time-recognizer.js';
import { dayFrom } from './anchoring.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "Thursday", "last Friday", "next Monday": the nearest such day before the publication date in a
 * past clause ("said on Thursday"), after it in a future one ("will hold ... Thursday").
 */
export const weekdayRecognizer: TimeRecognizer = {
  name: 'weekday',
  pattern:
    /\b(?:(last|next|this|coming|past)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s+(?:nights|mornings|evenings|afternoons)\b)/g,
  extract(m, context) {
    const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const today = context.anchor.getUTCDay();
    const modifier = m[1]?.toLowerCase();
    const direction =
      modifier === 'next' || modifier === 'coming'
        ? 'future'
        : modifier === 'last' || modifier === 'past'
          ? 'past'
          : context.direction(m.index);
    let delta: number;
    if (direction === 'future') {
      delta = (target - today + 7) % 7;
      if (modifier === 'next' && delta === 0) delta = 7;
    } else {
      delta = -((today - target + 7) % 7);
      if (modifier === 'last' && delta === 0) delta = -7;
    }
    const part = m[3] ? { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[m[3].toLowerCase()] : undefined;
    const value = dayFrom(context, delta) + (part ? `T${part}` : '');
    // TimeML leaves "last"/"next" inside the expression but a bare weekday stands alone.
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: part ? 'TIME' : 'DATE',
      value,
      rule: `weekday/${direction}`,
    };
  },
};
