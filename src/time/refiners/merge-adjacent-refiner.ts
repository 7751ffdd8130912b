import type { TimeRefiner, TimexDraft } from '../time-recognizer.js';

/**
 * Joins expressions that name one time together: a clock time and its day ("9 a.m. Tuesday",
 * "noon Thursday", "5 p.m. EST Nov. 9") become one TIME on that day; a weekday before a full date
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
        const dated =
          day.rule.startsWith('weekday') || (day.rule.startsWith('explicit-date') && /-\d{2}-\d{2}$/.test(day.value));
        if (clock && dated) {
          const time = clock.value.slice(clock.value.indexOf('T'));
          out.push({
            start: a.start,
            end: b.end,
            type: 'TIME',
            value: day.value.slice(0, 10) + time,
            rule: 'merge/clock-day',
          });
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
    return anchorClocks(out);
  },
};

// A clock time in a sentence that names one day is on that day: "at 10:35 a.m. (0735 GMT) Friday".
function anchorClocks(drafts: readonly TimexDraft[]): readonly TimexDraft[] {
  if (!drafts.some((d) => d.rule === 'clock-time')) return drafts;
  const days = new Set(
    drafts
      .filter((d) => d.type === 'DATE' && /^(?:weekday|explicit-date|relative\/(?:yesterday|tomorrow))/.test(d.rule))
      .map((d) => d.value.slice(0, 10))
      .filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)),
  );
  if (days.size !== 1) return drafts;
  const [day] = days;
  return drafts.map((d) =>
    d.rule === 'clock-time'
      ? { ...d, value: day + d.value.slice(d.value.indexOf('T')), rule: 'clock-time/sentence-day' }
      : d,
  );
}
