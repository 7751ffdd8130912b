import type { ActorMention, Token } from '../model.js';
import { isOblique } from './noun-phrases.js';
import type { Draft } from './event-draft.js';
import { recodeForModality } from './modality-recode.js';

const SAYING = new Set(['say', 'announce', 'declare', 'state', 'tell', 'insist', 'stress']);
const BE = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'remain']);
// Words that may stand between the act's phrase and "out of the question" ("is currently", "remains totally").
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
// Beyond this many tokens the act's phrase is too long to be the subject of "out of the question".
const MAX_SUBJECT = 10;

/**
 * An act a speaker declares "out of the question" is the speaker's refusal of it: "US authorities said that
 * removing the sanctions on Burma is currently out of the question" refuses to ease the sanctions on Burma
 * (1244), aimed at whom the act would be done to.
 */
export function ruledOutActs(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  sentenceStart: number,
): readonly Draft[] {
  return drafts.map((d) => {
    if ((d.outcome !== 'no-source' && d.outcome !== 'coded') || d.roles.targets.length === 0) return d;
    const out = ruledOutAfter(tokens, d.match.tokenEnd);
    if (out < 0) return d;
    const speaker = speakerBefore(tokens, mentions, d.match.tokenStart, sentenceStart);
    if (!speaker) return d;
    const code = recodeForModality(d.code, { modality: 'negated', governor: 'refuse' });
    if (!code.startsWith('12')) return d;
    const targets = d.roles.targets.flatMap((m) => m.group ?? [m.actor]);
    const pairs = targets.filter((t) => t.code !== speaker.actor.code).map((t) => [speaker.actor, t] as const);
    if (pairs.length === 0) return d;
    return {
      ...d,
      code,
      pairs,
      modality: 'asserted',
      outcome: 'coded',
      reason: 'declared out of the question by the speaker',
    };
  });
}

// The index of "out" in "is (currently) out of the question" after the act's phrase, or -1.
function ruledOutAfter(tokens: readonly Token[], from: number): number {
  for (let i = from; i < Math.min(tokens.length, from + MAX_SUBJECT); i++) {
    if (!BE.has(tokens[i]!.lower)) continue;
    let j = i + 1;
    while (tokens[j] && BETWEEN.has(tokens[j]!.pos) && tokens[j]!.lower !== 'out') j++;
    const words = tokens.slice(j, j + 4).map((t) => t.lower);
    return words.join(' ') === 'out of the question' ? j : -1;
  }
  return -1;
}

// The subject of the verb of saying the act is reported under ("US authorities said (yesterday) that …").
function speakerBefore(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  at: number,
  sentenceStart: number,
): ActorMention | undefined {
  for (let i = at - 1; i >= sentenceStart; i--) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !SAYING.has(t.lemma)) continue;
    return mentions.filter((m) => m.tokenEnd <= i && !isOblique(tokens, m, sentenceStart)).pop();
  }
  return undefined;
}
