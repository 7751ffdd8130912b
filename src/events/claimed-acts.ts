import type { ActorMention, Token } from '../model.js';
import { isOblique } from './noun-phrases.js';
import type { Draft } from './event-draft.js';

// Verbs by which a party puts an act on record as a fact it vouches for.
const CLAIM = new Set(['claim', 'admit', 'acknowledge']);
// Force and coercion: acts a party claims as its own or accuses another of.
const FORCE = /^(17|18|19|20)/;

/**
 * What a claim of force is, as the CAMEO codebook files it: a party that claims it attacked claims
 * responsibility (015, aimed at the victim: "the US claimed that they had attacked Iraq"), and the act is told
 * as that claim, as for "claimed responsibility for an attack"; a party that claims another attacked accuses
 * that party (112: "Kenya claimed that Somali rebels had attacked Uganda" is Kenya's accusation of the
 * rebels), and the act, only alleged, is not coded as having happened.
 */
export function claimedForce(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): readonly Draft[] {
  if (!drafts.some((d) => d.outcome === 'coded' && FORCE.test(d.code))) return drafts;
  return drafts.flatMap((d): Draft | Draft[] => {
    if (d.outcome !== 'coded' || !FORCE.test(d.code) || d.modality !== 'asserted') return d;
    const claim = claimBefore(tokens, d);
    if (claim < 0) return d;
    const speaker = mentions.filter(
      (m) => m.tokenStart >= d.segment.start && m.tokenEnd <= claim && !isOblique(tokens, m, d.segment.start),
    );
    const by = speaker[speaker.length - 1];
    if (!by) return d;
    // The act a party claims as its own is told as its claim, not as an act the report asserts.
    const own = d.pairs.every(([s]) => s.country === by.actor.country);
    if (own) return { ...d, code: '015', reason: `${d.reason}; claimed as its own act` };
    const accused = [...new Map(d.pairs.map(([s]) => [s.code, s])).values()];
    const pairs = accused.map((a) => [by.actor, a] as const);
    return { ...d, code: '112', pairs, reason: `${d.reason}; an accusation by the party that claims it` };
  });
}

// Between a claim and its act: "that", the act's subject and its auxiliaries ("claimed that they had").
const CLAUSE_HEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'AUX', 'ADV', 'NUM', 'PART', 'CCONJ']);

// The claim verb whose clause the act heads: "claimed (that) Somali rebels had attacked", not "claimed the
// town after its troops attacked" (a phrase and another clause stand between).
function claimBefore(tokens: readonly Token[], d: Draft): number {
  for (let i = d.match.tokenStart - 1; i >= d.segment.start; i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && CLAIM.has(t.lemma)) return i;
    if (!CLAUSE_HEAD.has(t.pos) && t.lower !== 'that') return -1;
  }
  return -1;
}
