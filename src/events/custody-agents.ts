import type { ActorMention, Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import { isOblique } from './noun-phrases.js';
import type { Roles } from './roles.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Abuse whose agent the custody names: violence, unconventional violence, mass violence.
const ABUSE = /^(18|19|20)/;
// Beyond this many tokens after the act a custody phrase belongs to something else.
const MAX_CUSTODY_DISTANCE = 8;

/**
 * The keeper of a person hurt in custody, and whom it hurt: in "a Palestinian prisoner died as a result of torture
 * while in Israeli police custody" (or "in the custody of X", "in X's custody") the Israeli police tortured the
 * prisoner. Undefined unless the act is violence with no agent named and a custody phrase follows it in its clause.
 *
 * ```ts
 * custodyAgent(tokens, match, segment, mentions); // { agent: <Israeli police>, victims: [<Palestinian>] }
 * ```
 */
export function custodyAgent(
  tokens: readonly Token[],
  match: TriggerMatch,
  segment: Segment,
  mentions: readonly ActorMention[],
): { readonly agent: ActorMention; readonly victims: readonly ActorMention[] } | undefined {
  if (!ABUSE.test(match.pattern.code)) return undefined;
  const end = Math.min(segment.end, match.tokenEnd + MAX_CUSTODY_DISTANCE);
  let custody = -1;
  for (let i = match.tokenEnd; i < end; i++) if (tokens[i]!.lemma === 'custody') custody = i;
  if (custody < 0) return undefined;
  const agent = mentions.find(
    (m) =>
      // "in Israeli police custody", "in Israel's custody"
      m.tokenEnd === custody ||
      (m.tokenEnd === custody - 1 && tokens[custody - 1]!.text === "'s") ||
      // "in the custody of Israeli police"
      (tokens[custody + 1]?.lower === 'of' && m.tokenStart >= custody + 2 && m.tokenStart <= custody + 3),
  );
  if (!agent) return undefined;
  // Whoever the clause's subject is, the one held.
  const victims = mentions.filter(
    (m) => m.tokenStart >= segment.start && m.tokenEnd <= match.tokenStart && !isOblique(tokens, m, segment.start),
  );
  return { agent, victims: victims.slice(0, 1) };
}

/**
 * The roles once a custody phrase is read: "died of torture while in Israeli police custody" makes the keeper the
 * source and the one held (the clause's subject, if no other) the target.
 */
export function withCustodian(
  found: Roles,
  tokens: readonly Token[],
  match: TriggerMatch,
  segment: Segment,
  mentions: readonly ActorMention[],
): Roles {
  const keeper = custodyAgent(tokens, match, segment, mentions);
  if (!keeper || found.sources.some((s) => s.actor.code === keeper.agent.actor.code)) return found;
  const targets = found.targets.length ? found.targets : found.sources.length ? found.sources : keeper.victims;
  return { ...found, sources: [keeper.agent], targets };
}
