import type { ActorMention, Token } from '../model.js';
import type { Draft } from './event-draft.js';
import { selfDirected } from './self-directed.js';

// Acts that cut ties, embargo or sanction (CAMEO 16): aimed at a state even when they name its agents only.
const REDUCING = /^16/;

/**
 * A sanction on people the text names only by what they do takes the party they do it for: "sanctioned two
 * entities and six individuals involved in operations … to generate revenue for the DPRK's government" is a
 * sanction on the DPRK, as the CAMEO codebook codes measures against a state's agents and fronts. The party is
 * the first actor after the trigger, in its sentence, governed by "for" or "on behalf of".
 */
export function sanctionedParty(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): readonly Draft[] {
  return drafts.map((d) => {
    if (d.outcome !== 'no-target' || !REDUCING.test(d.code) || d.roles.sources.length === 0) return d;
    const party = servedParty(tokens, mentions, d.match.tokenEnd);
    if (!party) return d;
    const sources = d.roles.sources.flatMap((m) => m.group ?? [m.actor]);
    const pairs = sources.flatMap((s) =>
      (party.group ?? [party.actor]).filter((t) => !selfDirected(s, t)).map((t) => [s, t] as const),
    );
    return pairs.length
      ? { ...d, pairs, outcome: 'coded', reason: 'coded with the party its sanctioned people work for' }
      : d;
  });
}

function servedParty(tokens: readonly Token[], mentions: readonly ActorMention[], from: number) {
  const sentence = tokens[from - 1]!.sentence;
  for (let i = from; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    const behalf = t.lower === 'behalf' && tokens[i + 1]?.lower === 'of';
    if (t.lower !== 'for' && !behalf) continue;
    let at = behalf ? i + 2 : i + 1;
    if (tokens[at]?.pos === 'DET') at++;
    const party = mentions.find((m) => m.tokenStart === at);
    if (party) return party;
  }
  return undefined;
}
