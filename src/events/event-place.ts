import type { Place, Token } from '../model.js';
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
