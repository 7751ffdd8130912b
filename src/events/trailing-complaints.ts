import type { ActorMention, Token } from '../model.js';
import { isOblique } from './noun-phrases.js';
import type { Draft } from './event-draft.js';
import { selfDirected } from './self-directed.js';

// Verbs by which a party complains of what the sentence has just said: "…, a rights group protested".
const COMPLAINING = new Set(['protest', 'complain', 'charge', 'allege', 'accuse', 'criticize', 'criticise']);
// What may follow the complaining verb in its attribution: when and where it was made ("here Wednesday", "last
// week", "in a statement"); after a preposition, its phrase.
const TRAILER = new Set(['ADV', 'ADP', 'PROPN', 'NUM', 'PUNCT']);
const TIME_WORDS = new Set([
  'last',
  'this',
  'week',
  'month',
  'year',
  'night',
  'morning',
  'evening',
  'afternoon',
  'today',
]);
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT', 'ADP', 'ADV']);

/**
 * Aims a complaint that trails its sentence at the party the sentence opens with: "Croatian authorities are
 * failing to uphold the rights of refugees, a human rights group protested here Wednesday" is the group's
 * complaint against the Croatian authorities (114), as "…, Kenya said" reports what Kenya said. The complaint
 * must be a verb of its own segment after a comma, with its subject before it and nothing after it but the
 * time and place of the saying; the target is the subject of the sentence's first clause. It stays a verbal
 * complaint, not a street protest (the 141 a non-state source's "protested" is read as elsewhere).
 */
export function trailingComplaints(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  sentenceStart: number,
  sentenceEnd: number,
): readonly Draft[] {
  return drafts.map((d) => {
    if (!/^(11|14)/.test(d.code) || !d.match.pattern.code.startsWith('11')) return d;
    if (d.outcome !== 'no-target' && !(d.outcome === 'coded' && d.pairs.every(([, t]) => !t))) return d;
    const head = tokens[d.match.tokenStart]!;
    if (head.pos !== 'VERB' || !COMPLAINING.has(head.lemma) || d.match.tokenEnd !== d.match.tokenStart + 1) return d;
    if (tokens[d.segment.start - 1]?.text !== ',' || d.segment.start <= sentenceStart) return d;
    const speaker = d.roles.sources[0];
    if (!speaker || speaker.tokenStart < d.segment.start) return d;
    if (!attributionOnly(tokens, d.match.tokenEnd, sentenceEnd)) return d;
    const opening = mentions.find((m) => m.tokenStart >= sentenceStart && m.tokenStart < d.segment.start);
    if (!opening || isOblique(tokens, opening, sentenceStart)) return d;
    const sources = d.roles.sources.flatMap((m) => m.group ?? [m.actor]);
    const targets = opening.group ?? [opening.actor];
    const pairs = sources.flatMap((s) => targets.filter((t) => !selfDirected(s, t)).map((t) => [s, t] as const));
    if (pairs.length === 0) return d;
    return {
      ...d,
      code: d.match.pattern.code,
      pairs,
      outcome: 'coded',
      reason: 'coded with the subject of the clause the complaint trails',
    };
  });
}

function attributionOnly(tokens: readonly Token[], from: number, end: number): boolean {
  let phrase = false;
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    phrase ||= t.pos === 'ADP';
    if (!(phrase ? PHRASE : TRAILER).has(t.pos) && !TIME_WORDS.has(t.lower)) return false;
  }
  return true;
}
