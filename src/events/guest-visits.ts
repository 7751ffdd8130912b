import type { Actor, Token } from '../model.js';
import type { Draft } from './event-draft.js';

/**
 * The visit a reception tells: "Georgian demonstrators received ministers from the Georgian government" is a
 * visit hosted (043) and, as the guests are said to come from the government, the government's visit to them
 * (042), the two sides the CAMEO codebook gives one encounter. Only guests named with "from" count: "hosted
 * Hashimoto" says who came, not that his party travelled as a party.
 */
export function guestVisits(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    out.push(d);
    if (d.outcome !== 'coded' || !d.code.startsWith('043') || d.modality !== 'asserted') continue;
    const from = d.roles.targets.filter((m) => cameFrom(tokens, m.tokenStart, d.match.tokenEnd));
    if (from.length === 0 || from.length !== d.roles.targets.length) continue;
    const pairs = d.pairs.flatMap(([host, guest]): (readonly [Actor, Actor])[] => (guest ? [[guest, host]] : []));
    if (pairs.length === 0) continue;
    out.push({ ...d, code: '042', pairs, reason: 'the visit of the guests it names as coming from their party' });
  }
  return out;
}

// "… ministers from the Georgian government": "from" (and a determiner) right before the actor, after the trigger.
function cameFrom(tokens: readonly Token[], at: number, after: number): boolean {
  let i = at - 1;
  if (tokens[i]?.pos === 'DET') i--;
  return i >= after && tokens[i]?.lower === 'from';
}
