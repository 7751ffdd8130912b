import type { ActorMention, Place, Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import { conjunctBounds } from './conjuncts.js';
import type { TriggerMatch } from './trigger-matcher.js';

// The place right after the trigger ("heading to Nairobi", "arrived in Seoul"), else the place of the trigger's own
// predicate nearest the trigger (the first of equals): "toured Dar es Salaam and met Kenyan police" places no
// meeting in Tanzania. This runs for every candidate. A place may run past the segment's end when its own comma
// cut it ("in Washington, D.C.", "in Arusha, Tanzania").
export function nearestPlace(
  tokens: readonly Token[],
  places: readonly Place[],
  match: TriggerMatch,
  segment: Segment,
): Place | undefined {
  const at = match.tokenStart;
  let best: Place | undefined;
  let bounds: [number, number] | undefined;
  for (const p of places) {
    if (p.tokenStart < segment.start || p.tokenStart >= segment.end) continue;
    if (p.tokenStart >= match.tokenEnd && p.tokenStart <= match.tokenEnd + 2) return p;
    bounds ??= conjunctBounds(tokens, at, segment);
    if (p.tokenStart < bounds[0] || p.tokenStart >= bounds[1]) continue;
    if (!best || Math.abs(p.tokenStart - at) < Math.abs(best.tokenStart - at)) best = p;
  }
  return best;
}

// Buildings and seats that stand somewhere, so that a place after them says where they are: "the Japanese embassy
// in Beijing" is Japan's embassy located in China. After a person ("killed three soldiers in Baghdad") the place
// may as well say where the act happened, so people are left out.
const SEATS = new Set([
  'embassy',
  'embassies',
  'consulate',
  'consulates',
  'legation',
  'mission',
  'missions',
  'office',
  'offices',
  'headquarters',
  'base',
  'bases',
  'compound',
  'residence',
  'building',
  'chancery',
]);
const LOCATING = new Set(['in', 'at', 'near', 'outside', 'inside']);
const MODIFYING = new Set(['DET', 'ADJ']);

/**
 * Whether `place` is the place of the seat that `m` names, in a locative phrase on its noun ("the Japanese embassy
 * in Beijing", "the US embassy building in Nairobi", "the British consulate in the southern city of Basra" when
 * the gazetteer found the city), rather than a phrase of the clause: the place tells where the seat stands, not
 * who acted on it. The seat's word may end the mention or follow it.
 *
 * ```ts
 * locatesSeat(tokens, embassy, beijing); // true for "attacked the Japanese embassy in Beijing"
 * ```
 */
export function locatesSeat(tokens: readonly Token[], m: ActorMention, place: Place): boolean {
  let i = m.tokenEnd - 1;
  let seat = SEATS.has(tokens[i]!.lower);
  while (tokens[i + 1]?.pos === 'NOUN' && i + 1 < place.tokenStart) {
    i++;
    if (SEATS.has(tokens[i]!.lower)) seat = true;
  }
  if (!seat || !LOCATING.has(tokens[i + 1]?.lower ?? '')) return false;
  i += 2;
  while (i < place.tokenStart && MODIFYING.has(tokens[i]!.pos)) i++;
  return i === place.tokenStart;
}
