import type { TimeRecognizer } from '../time-recognizer.js';
import type { Direction } from '../time-context.js';
import { formatDay, parseDay, shiftDays } from '../calendar.js';
import { dayFrom } from './anchoring.js';

const PUBLICATION =
  /^\s+(?:Times|Telegraph|Express|Mail|Herald|Post|Mirror|Observer|Independent|Tribune|Star|Journal|Night Live|Bloody)\b/;
const PART: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "Thursday", "last Friday", "next Monday", "Thursday morning": the nearest such day before the
 * publication date in a past clause ("said on Thursday"), after it in a future one ("will hold ...
 * Thursday"). "each Thursday" and "Monday nights" are sets.
 */
export const weekdayRecognizer: TimeRecognizer = {
  name: 'weekday',
  trigger: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
  pattern:
    /\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Ee]ach|[Ee]very|[Tt]he\s+previous|[Tt]he\s+following)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(s)?\b(?:\s+(morning|afternoon|evening|night)(s)?\b)?/g,
  extract(m, context) {
    const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const modifier = m[1]?.toLowerCase().replace(/^the\s+/, '');
    // "The Sunday Times", "Saturday Night Live": a weekday inside a name.
    if (PUBLICATION.test(m.input.slice(m.index + m[0].length))) return null;
    const at = { start: m.index, end: m.index + m[0].length };
    const part = m[4] ? `T${PART[m[4].toLowerCase()]!}` : '';
    if (modifier === 'each' || modifier === 'every' || m[3] || m[5]) {
      return {
        ...at,
        type: 'SET',
        value: `XXXX-WXX-${target === 0 ? 7 : target}${part}`,
        quant: 'EVERY',
        rule: 'weekday/set',
      };
    }
    if (modifier === 'previous' || modifier === 'following') {
      // "The previous Friday": the one before the day the story is about, not before the dateline.
      const anchor = parseDay(context.narrativeDay ?? context.published);
      const from = anchor.getUTCDay();
      const delta = modifier === 'previous' ? -((from - target + 7) % 7 || 7) : (target - from + 7) % 7 || 7;
      return { ...at, type: 'DATE', value: formatDay(shiftDays(anchor, delta)) + part, rule: `weekday/${modifier}` };
    }
    // "from Monday to Wednesday", "visits China Monday and Tuesday": the second day of a range, or of a
    // pair that starts today or later, follows the first ("statements made Friday and Thursday", told in
    // the past, need not).
    const first = modifier ? null : COORDINATED.exec(m.input.slice(0, m.index));
    if (first) {
      const from = WEEKDAYS.indexOf(first[1]!.toLowerCase());
      const start = daysTo(from, undefined, context, m.index - first[0].length);
      const pair = first[2] === 'and' || first[2] === 'or';
      if (!pair || start.delta > 0 || (start.delta === 0 && start.direction !== 'past')) {
        const delta = start.delta + ((target - from + 7) % 7 || 7);
        return {
          ...at,
          type: 'DATE',
          value: dayFrom(context, delta) + part,
          rule: `weekday/${pair ? 'pair' : 'range'}-end`,
        };
      }
    }
    const { delta, direction } = daysTo(target, modifier, context, m.index);
    // "test-fired a missile early Saturday, local time", filed on Friday in Washington: the place's own clock is
    // a day ahead of the dateline's, so a day told in local time may be the day after publication.
    if (!modifier && delta === -6 && LOCAL_TIME.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30)))
      return { ...at, type: 'DATE', value: dayFrom(context, 1) + part, rule: 'weekday/local-time' };
    // "Thursday night" is the night of that day (2025-07-03TNI); TimeBank annotators mostly typed it DATE.
    return { ...at, type: 'DATE', value: dayFrom(context, delta) + part, rule: `weekday/${direction}` };
  },
};

const LOCAL_TIME = /^(?:\s+(?:morning|afternoon|evening|night))?,?\s*(?:\(\s*)?local time\b/i;
const COORDINATED = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s*(and|or|to|through|until|-|–)\s*$/;

// "until 9 a.m. Tuesday", "by Friday": a deadline, when what is due by then follows ("to sign") or the clause
// names one ("extended its deadline until"), is the coming day whatever the tense of the granting verb.
const DEADLINE_BEFORE =
  /\b(?:until|till|by)\s+(?:(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)(?:\s+[A-Z]{3})?\s+)?$/;
const DEADLINE_AFTER = /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+to\s+[a-z]+/;
// "has given the relatives until", "have until": time granted looks ahead.
const GRANTED = /\b(?:has|have|gives?|given)\b[^.;]*$/i;
const DEADLINE_NAMED = /\b(?:deadlines?|ultimatum)\b[^.;]*$/i;
// "Wednesday's ruling": the possessive names an occurrence the story already knows, the one before, unless the
// clause itself looks ahead ("will attend Sunday's summit"); a "would" of reported speech ("said they would get
// around Wednesday's ruling") is the future of the saying, not of the day.
const POSSESSIVE = /^['’]s\s+[a-z]/;

function clauseDirection(context: Parameters<TimeRecognizer['extract']>[1], offset: number): Direction | undefined {
  const text = context.sentence.text;
  const before = text.slice(Math.max(0, offset - 200), offset);
  const after = text.slice(offset).replace(/^[A-Za-z]+/, '');
  if (DEADLINE_BEFORE.test(before)) {
    const clause = before.replace(DEADLINE_BEFORE, '');
    if (DEADLINE_NAMED.test(clause)) return 'future';
    // "held the suspects until Tuesday to question them": after a plain past the infinitive is a purpose.
    const granted = context.direction(offset) !== 'past' || GRANTED.test(clause);
    if (granted && DEADLINE_AFTER.test(after)) return 'future';
  }
  if (POSSESSIVE.test(after) && /^(?:would|'d)$/i.test(context.cue(offset) ?? '')) return 'past';
  return undefined;
}

// Days from the publication date to the weekday `target`, on the side the modifier or the tense gives.
function daysTo(
  target: number,
  modifier: string | undefined,
  context: Parameters<TimeRecognizer['extract']>[1],
  offset: number,
): { delta: number; direction: string } {
  const today = context.anchor.getUTCDay();
  const direction =
    modifier === 'next' || modifier === 'coming'
      ? 'future'
      : modifier === 'last' || modifier === 'past'
        ? 'past'
        : (clauseDirection(context, offset) ?? context.direction(offset));
  if (direction === 'future') {
    const delta = (target - today + 7) % 7;
    return { delta: modifier === 'next' && delta === 0 ? 7 : delta, direction };
  }
  const delta = -((today - target + 7) % 7);
  return { delta: modifier === 'last' && delta === 0 ? -7 : delta, direction };
}
