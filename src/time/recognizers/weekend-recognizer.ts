import { formatWeek, shiftDays } from '../calendar.js';
import { type TimeRecognizer, textBefore } from '../time-recognizer.js';

/**
 * "The weekend" in news is the one just past ("over the weekend", said on a Monday) unless the clause
 * looks ahead ("ahead of the weekend", "will ... over the weekend"): `2025-W27-WE`.
 */
export const weekendRecognizer: TimeRecognizer = {
  name: 'weekend',
  trigger: /weekend/,
  pattern: /\b[Tt]he\s+weekend\b(?!s)/g,
  extract(m, context) {
    const ahead = /\b(?:ahead\s+of|before|until|by)\s+$/i.test(textBefore(m.input, m.index));
    const future = ahead || context.direction(m.index) === 'future';
    const day = context.anchor.getUTCDay();
    // Saturday of the weekend meant: the coming one, or the last one that has begun.
    const saturday = future ? (6 - day + 7) % 7 : -((day + 1) % 7);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: `${formatWeek(shiftDays(context.anchor, saturday))}-WE`,
      rule: `weekend/${future ? 'next' : 'last'}`,
    };
  },
};
