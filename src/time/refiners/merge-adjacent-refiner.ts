import type { TimeRefiner, TimexDraft } from '../time-recognizer.js';

/**
 * Joins expressions that name one time together: a clock time and its day ("9 a.m. Tuesday",
 * "noon Thursday", "10 p.m. Wednesday") become one TIME on that day; a weekday before a full date
 * ("Monday, Oct. 26") joins the date.
 */
export const mergeAdjacentRefiner: TimeRefiner = {
  name: 'merge-adjacent',
  refine(drafts, context) {
    const text = context.sentence.text;
    const sorted = [...drafts].sort((a, b) => a.start - b.start);
    const out: TimexDraft[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1];
      const gap = b ? text.slice(a.end, b.start) : '';
      if (b && /^[\s,]*$/.test(gap) && gap.length <= 2) {
        const clock = a.rule === 'clock-time' ? a : b.rule === 'clock-time' ? b : undefined;
        const day = clock === a ? b : a;
        if (clock && day.rule.startsWith('weekday')) {
          const time = clock.value.slice(clock.value.indexOf('T'));
          out.push({ start: a.start, end: b.end, type: 'TIME', value: day.value.slice(0, 10) + time, rule: 'merge/clock-day' });
          i++;
          continue;
        }
        if (a.rule.startsWith('weekday') && b.rule.startsWith('explicit-date') && /-\d{2}-\d{2}$/.test(b.value)) {
          out.push({ ...b, start: a.start });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
