import type { TimeRecognizer } from '../time-recognizer.js';
import { dayOf } from './reference-period-recognizer.js';

const PART: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Parts of the publication day or the one before: "this morning", "last night", "tonight", "overnight". */
export const partOfDayRecognizer: TimeRecognizer = {
  name: 'part-of-day',
  trigger: /morning|afternoon|evening|night/,
  pattern: /\b(?:(this|yesterday|tomorrow|last)\s+(morning|afternoon|evening|night)|(tonight|overnight))\b/gi,
  extract(m, context) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (m[3]) {
      const word = m[3].toLowerCase();
      // TimeML gold writes "tonight" as the day itself and "overnight" as the night.
      return word === 'tonight'
        ? { ...at, type: 'DATE', value: dayOf(context, 0), rule: 'part-of-day/tonight' }
        : { ...at, type: 'TIME', value: `${dayOf(context, 0)}TNI`, rule: 'part-of-day/overnight' };
    }
    const which = m[1]!.toLowerCase();
    const part = PART[m[2]!.toLowerCase()]!;
    const shift = which === 'yesterday' || (which === 'last' && part === 'NI') ? -1 : which === 'tomorrow' ? 1 : 0;
    if (which === 'last' && part !== 'NI') return null;
    return { ...at, type: 'TIME', value: `${dayOf(context, shift)}T${part}`, rule: `part-of-day/${which}` };
  },
};
