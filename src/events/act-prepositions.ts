import type { Token } from '../model.js';

/** The prepositions by which an act names its target when its pattern names none that fit. */

// "a meeting between X and Y", "mediation among the republics": the parties of the act.
const ADDRESSED = new Set(['to', 'toward', 'towards', 'with', 'against', 'between', 'among']);
const AIMED = new Set([...ADDRESSED, 'at', 'on', 'upon', 'into']);
// Rejecting what a party proposed lands on that party ("rejected an offer from Afghanistan").
const JUDGED = new Set([...ADDRESSED, 'by', 'from']);
// A demand or appeal for an act lands on whoever is to do it: "demanded an admission by Moscow", "the
// withdrawal of Serbian forces", "support from the Assembly".
const ASKED = new Set([...ADDRESSED, 'by', 'from', 'of']);
const INVESTIGATED = new Set([...ADDRESSED, 'by', 'into']);
const FROM_ADDRESSED = new Set([...ADDRESSED, 'from']);

/** The prepositions that name the target of an act of this kind when its pattern names none that fit. */
export function genericPrepositions(code: string): ReadonlySet<string> {
  // Force lands "at", "on", "into" its target; words and deals are addressed "to", "with", "against".
  // Disapproval and rejection also land on the doer of what is condemned ("condemned the launch by X").
  const root = code.slice(0, 2);
  if (root === '11' || root === '12') return JUDGED;
  // An investigation lands on whoever is suspected: "investigating crimes by X", "an inquiry into X".
  if (root === '09') return INVESTIGATED;
  // Yielding and cutting ties are done to whoever the troops, demands or envoys come from: "acceded to
  // demands from X", "returned weapons seized from X", "withdrew inspectors from X".
  if (root === '08' || root === '16') return FROM_ADDRESSED;
  if (root === '02' || root === '10') return ASKED;
  return ['13', '14', '15', '17', '18', '19', '20'].includes(root) ? AIMED : ADDRESSED;
}

// What a protest is "against" or "over" may be an act its "by" phrase names the doer of.
const PROTESTED = new Set(['against', 'over']);
const PROTESTED_PHRASE = new Set(['NOUN', 'ADJ', 'DET', 'PROPN', 'NUM']);
const MAX_PROTESTED_PHRASE = 7;

/**
 * Whether the actor mentioned from `start` did what a protest is against: "demonstrations against the alleged human
 * rights violations by the Israeli military" are aimed at the military, as "protested the killings by X" is.
 */
export function protestedAgent(tokens: readonly Token[], start: number, code: string): boolean {
  if (!code.startsWith('14')) return false;
  let by = start - 1;
  while (by > start - 3 && (tokens[by]?.pos === 'DET' || tokens[by]?.pos === 'ADJ')) by--;
  if (tokens[by]?.lower !== 'by') return false;
  for (let i = by - 1, n = 0; i >= 0 && n <= MAX_PROTESTED_PHRASE; i--, n++) {
    const t = tokens[i]!;
    if (PROTESTED.has(t.lower)) return n > 0;
    // "the alleged violations": a participle before its noun describes it.
    if (!PROTESTED_PHRASE.has(t.pos) && !t.lower.endsWith('ed')) return false;
  }
  return false;
}
