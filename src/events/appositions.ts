import type { ActorMention, Token } from '../model.js';
import type { Segment } from './clause-bounds.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Appositions that name the party of the act's object when the clause itself does not.

// Words by which an apposition says which party a person belongs to.
const BELONGING = new Set([
  'member',
  'leader',
  'official',
  'commander',
  'supporter',
  'activist',
  'spokesman',
  'founder',
]);

// "…, a member of the Islamist Hamas movement": the party of an apposition that opens right after the clause
// of the act, when the act's object is a person the clause does not tie to a party.
export function appositionParty(
  tokens: readonly Token[],
  segments: readonly Segment[],
  segment: Segment,
  match: TriggerMatch,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  const next = segments[segments.indexOf(segment) + 1];
  if (!next?.parenthetical || next.start > segment.end + 1) return undefined;
  // The object runs to the end of the clause: no other verb stands between.
  for (let i = match.tokenEnd; i < segment.end; i++) if (tokens[i]!.pos === 'VERB') return undefined;
  let i = next.start;
  if (tokens[i]?.text === ',') i++;
  if (!APPOSITIVE.has(tokens[i]?.lower ?? '')) return undefined;
  const noun = tokens.slice(i + 1, i + 4).findIndex((t) => BELONGING.has(t.lemma));
  if (noun < 0 || tokens[i + 2 + noun]?.lower !== 'of') return undefined;
  const from = i + 3 + noun;
  return mentions.find((m) => m.tokenStart >= from && m.tokenStart <= from + 4 && m.tokenEnd <= next.end);
}
const APPOSITIVE = new Set(['a', 'an', 'the']);

// "rejected calls by Kofi Annan, UN secretary-general, to adopt reforms": a name the knowledge base lacks, at the
// end of the act's clause, with a short apposition that names the body the person speaks for.
export function appositionOfName(
  tokens: readonly Token[],
  segments: readonly Segment[],
  segment: Segment,
  match: TriggerMatch,
  mentions: readonly ActorMention[],
): ActorMention | undefined {
  const k = segments.indexOf(segment);
  const next = segments[k + 1];
  if (!next || !segments[k + 2] || next.start !== segment.end + 1 || next.end - next.start > 5) return undefined;
  if (tokens[segment.end - 1]?.pos !== 'PROPN' || mentions.some((m) => m.tokenEnd === segment.end)) return undefined;
  // The name is the act's object or the object of a preposition in its phrase.
  let i = segment.end - 1;
  while (i >= match.tokenEnd && tokens[i]!.pos === 'PROPN') i--;
  if (i !== match.tokenEnd - 1 && tokens[i]?.pos !== 'ADP') return undefined;
  if (tokens.slice(next.start, next.end).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return mentions.find((m) => m.tokenStart >= next.start && m.tokenEnd <= next.end);
}
