import type { ActorMention, Doc, Place, Token } from '../model.js';
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

// Verbs whose object performs the infinitive after it: "allow them to fly back", "forced the boy to leave".
const LETTING = new Set([
  ...APPEALING,
  ...DEMANDING,
  'allow',
  'permit',
  'enable',
  'help',
  'persuade',
  'convince',
  'get',
  'lead',
]);
const OBJECT_WORDS = new Set(['NOUN', 'DET', 'ADJ', 'NUM', 'PRON']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);

/**
 * Whether the trigger is the infinitive of a verb whose object acts and that object is no actor: "U.S.
 * authorities promised to allow them to fly back to Cuba" is the flight of "them" (the father and the boy),
 * not of the authorities, so the clause's subject is not its source. False when an actor is the object
 * ({@link controlledAct} codes the asking) or no object stands between the verb and "to".
 *
 * ```ts
 * unnamedPerformer(tokens, match, mentions); // true for "allow them to fly back to Cuba"
 * ```
 */
export function unnamedPerformer(
  tokens: readonly Token[],
  match: TriggerMatch,
  mentions: readonly ActorMention[],
): boolean {
  const to = match.tokenStart - 1;
  if (tokens[to]?.lower !== 'to') return false;
  let k = to - 1;
  const last = k;
  while (k > to - 5 && OBJECT_WORDS.has(tokens[k]?.pos ?? '')) {
    const t = tokens[k]!;
    if (t.pos === 'PRON' && !OBJECT_PRONOUNS.has(t.lower)) return false;
    k--;
  }
  if (k === last || mentions.some((m) => m.tokenStart <= last && m.tokenEnd > k)) return false;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && LETTING.has(verb.lemma);
}
