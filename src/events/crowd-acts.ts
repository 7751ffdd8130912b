import type { Actor, Token } from '../model.js';
import { GATHERINGS } from './role-phrases.js';
import type { TriggerMatch } from './trigger-matcher.js';

const STATE_OR_BODY = new Set(['GOV', 'MIL', 'DIP', 'LEG', 'JUD', 'COP', 'SPY', 'IGO', 'NGO']);

/**
 * What an act is when a crowd does it, as the CAMEO codebook files dissent by people outside the state:
 * protesting is demonstrating (141), not an official complaint (114): "thousands of Nigerians converged to
 * protest the violations"; so is protesting that a rally or march is held for ("were converging for a rally in
 * Lagos to protest the violations").
 *
 * (Property destroyed by protesters as a violent protest, 145, was measured: with the domestic target a protest
 * takes, "prisoners rioted …, setting fire to their mattresses" became a second riot; left as 17.)
 */
export function crowdCode(
  code: string,
  match: TriggerMatch,
  sources: readonly Actor[],
  tokens: readonly Token[],
  floor: number,
): string {
  if (sources.length === 0) return code;
  if (
    code === '114' &&
    match.pattern.id === '114/protest' &&
    (sources.every(popular) || rallyPurpose(tokens, match.tokenStart, floor))
  )
    return '141';
  return code;
}

// "a rally in Lagos to protest": "to" before the trigger, and a gathering a few words before that.
function rallyPurpose(tokens: readonly Token[], at: number, floor: number): boolean {
  if (tokens[at - 1]?.lower !== 'to') return false;
  for (let i = at - 2; i >= Math.max(floor, at - 7); i--) if (GATHERINGS.has(tokens[i]!.lemma)) return true;
  return false;
}

// People, parties and groups outside the state and international bodies.
function popular(actor: Actor): boolean {
  return actor.role !== undefined && !STATE_OR_BODY.has(actor.role) && actor.country !== 'IGO';
}
