import type { CodedEvent, EventDate, Token } from '../model.js';

// How many sentences back a noun may point to the act it names again ("The DPRK's launch of this ICBM …").
const REACH = 3;
const POSSESSIVE = new Set(["'s", '’s']);

/**
 * The date of an act told again by a noun: "… condemn the launch of an ICBM by the DPRK on 12 July. … The DPRK's
 * launch of this ICBM threatened …" — the second launch is the first, on 12 July, not an act of the statement's
 * day. Only an event noun with no time of its own takes it, from an event of the same source, code and target
 * that a time expression dated a few sentences before.
 *
 * ```ts
 * dateOfRepeatedAct(events, { source, target, cameo, sentence: 4 }, tokens[head], tokens[head - 1], date) // { value: '2023-07-12', … }
 * ```
 */
export function dateOfRepeatedAct(
  earlier: readonly CodedEvent[],
  act: {
    readonly source: string;
    readonly target: string | undefined;
    readonly cameo: string;
    readonly sentence: number;
  },
  head: Token,
  before: Token | undefined,
  date: EventDate,
): EventDate {
  // "the DPRK's launch": the tagger may read a noun after a possessive or an article as a verb.
  const noun = head.pos === 'NOUN' || (before !== undefined && (before.pos === 'DET' || POSSESSIVE.has(before.text)));
  if (date.source !== 'publication' || !noun) return date;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e.sentence < act.sentence - REACH) break;
    if (
      e.date.source === 'text' &&
      e.cameo === act.cameo &&
      e.source.code === act.source &&
      e.target?.code === act.target
    )
      return { ...e.date, via: 'narrative' };
  }
  return date;
}
