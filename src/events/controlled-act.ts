import type { ActorMention, Doc, Place } from '../model.js';
import type { Segment } from './clause-bounds.js';
import { type Roles, findRoles } from './roles.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Verbs by which a party asks another to act ("wants Putin to attack", "urged Kenya to send troops"), and
// those by which it requires it ("ordered the army to withdraw", "pressed Iran to release").
const APPEALING = new Set(['want', 'wish', 'like', 'ask', 'urge', 'encourage', 'call', 'invite', 'need', 'expect']);
const DEMANDING = new Set(['order', 'tell', 'demand', 'press', 'pressure', 'push', 'force', 'require']);

// The root of the act asked for → the CAMEO appeal (02x) or demand (10x) sub-code for it.
const ASKED_FOR: Readonly<Record<string, string>> = {
  '04': '6',
  '05': '2',
  '06': '1',
  '07': '3',
  '08': '5',
};

/**
 * The appeal or demand a clause codes when its act is asked of another party: in "Obama wants Putin to attack
 * Switzerland" the attack is Putin's only as wished by Obama, and the CAMEO codebook codes Obama's appeal to
 * Putin (02), or his demand (10) after "ordered", "pressed". Undefined when the act is not the infinitive of a
 * verb of asking with an actor object ("wants to attack" is the subject's own intent).
 *
 * ```ts
 * controlledAct(doc, match, segments, mentions, places); // { code: '020', roles: { sources: [Obama], targets: [Putin] } }
 * ```
 */
export function controlledAct(
  doc: Doc,
  match: TriggerMatch,
  segments: readonly Segment[],
  mentions: readonly ActorMention[],
  places: readonly Place[],
): { readonly code: string; readonly roles: Roles } | undefined {
  const tokens = doc.tokens;
  if (tokens[match.tokenStart - 1]?.lower !== 'to') return undefined;
  const asked = mentions.find((m) => m.tokenEnd === match.tokenStart - 1);
  if (!asked) return undefined;
  let v = asked.tokenStart - 1;
  while (tokens[v]?.pos === 'DET' || tokens[v]?.lower === 'on') v--;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB') return undefined;
  const family = APPEALING.has(verb.lemma) ? '02' : DEMANDING.has(verb.lemma) ? '10' : undefined;
  if (!family) return undefined;
  const asking = findRoles(doc, { pattern: match.pattern, tokenStart: v, tokenEnd: v + 1 }, segments, mentions, {
    places,
  });
  if (asking.sources.length === 0) return undefined;
  const code = `${family}${ASKED_FOR[match.pattern.code.slice(0, 2)] ?? '0'}`;
  return { code, roles: { sources: asking.sources, targets: [asked], targetVia: 'clause' } };
}
