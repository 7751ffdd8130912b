import type { Token } from '../model.js';
import type { TriggerMatch } from './trigger-matcher.js';

// Passive voice: the subject of a passive is the target of the act, its "by" phrase the source.
const BE = new Set(['be', 'get', 'being']);
// The tagger reads some participles as adjectives ("is being pressured/ADJ by").
const participle = (t: Token): boolean =>
  (t.pos === 'VERB' || (t.pos === 'ADJ' && t.lower.endsWith('ed'))) && t.lower !== t.lemma && !t.lower.endsWith('ing');
const ALWAYS_TRANSITIVE = new Set([
  'kill',
  'wound',
  'injure',
  'arrest',
  'detain',
  'abduct',
  'kidnap',
  'execute',
  'torture',
]);
// Verbs that ask someone to act: "was invited to join", "were urged to withdraw" are passives of the asking,
// whose subject is the one asked (unlike "was scheduled to attend", whose subject attends).
const ASKING = new Set([
  'invite',
  'urge',
  'ask',
  'request',
  'encourage',
  'press',
  'pressure',
  'persuade',
  'advise',
  'order',
  'instruct',
  'warn',
  'tell',
]);
const BETWEEN_BE_AND_PARTICIPLE = new Set(['ADV', 'PART', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
// The words of a "by" phrase's noun phrase ("by the European Union", "by 300 French advisers").
const AGENT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

// Adverbs without "-ly" that may stand between a noun and the participle of its reduced relative clause
// ("troops long trained by", "a policy once praised by").
const BARE_ADVERBS = new Set(['long', 'once', 'often', 'much', 'well']);
const adverbial = (t: Token | undefined): boolean =>
  t !== undefined && ((t.pos === 'ADV' && t.lower.endsWith('ly')) || BARE_ADVERBS.has(t.lower));

/**
 * Where the words before the participle at `at` end once its adverbs are set aside: "Kenyan troops recently
 * praised by the EU" gives the index of "recently", so that `tokens[result - 1]` is the noun the participle
 * follows; `at` itself when no adverb stands before it.
 *
 * ```ts
 * participleHost(tokens, praised); // the index just past "troops"
 * ```
 */
export function participleHost(tokens: readonly Token[], at: number): number {
  let i = at;
  while (i > 0 && adverbial(tokens[i - 1])) i--;
  return i;
}

/**
 * "Somali police criticized by the EU arrested …": a participle between a noun and a "by" phrase, with the
 * clause's own verb right after that phrase, is a passive relative clause on the noun (a simple past would
 * leave no verb to follow: "Ethiopia criticized Eritrea by name"). Adverbs may stand between the noun and
 * the participle ("Somali police widely criticized by the EU").
 */
function reducedRelative(tokens: readonly Token[], match: TriggerMatch): boolean {
  const by = tokens[match.tokenEnd];
  if (match.tokenEnd - match.tokenStart !== 1 || by?.lower !== 'by') return false;
  if (!NOMINAL.has(tokens[participleHost(tokens, match.tokenStart) - 1]?.pos ?? '')) return false;
  let i = match.tokenEnd + 1;
  while (tokens[i]?.sentence === by.sentence && AGENT_PHRASE.has(tokens[i]!.pos)) i++;
  if (i === match.tokenEnd + 1) return false;
  // "… by Washington have also shelled": auxiliaries and adverbs before the verb.
  while (tokens[i]?.sentence === by.sentence && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'ADV')) i++;
  const verb = tokens[i];
  return verb?.sentence === by.sentence && verb.pos === 'VERB' && !verb.lower.endsWith('ing');
}

/**
 * "was attacked", "has been blown up", "were reportedly killed": a form of "be" (or "get") before an
 * inflected verb. "is scheduled to attend", "was forced to" are not passives of the trigger: their
 * subject does the infinitive's act.
 */
export function isPassive(tokens: readonly Token[], match: TriggerMatch, floor: number): 'full' | 'reduced' | false {
  const head = tokens[match.tokenStart]!;
  // "a mortar bomb was fired": the pattern spans the passive itself.
  const last = tokens[match.tokenEnd - 1]!;
  if (match.tokenEnd - match.tokenStart > 1 && participle(last) && BE.has(tokens[match.tokenEnd - 2]?.lemma ?? ''))
    return 'full';
  // "has been put", "was hit": a participle spelled as its base form, right after a form of "be".
  const bare = head.pos === 'VERB' && head.lower === head.lemma && BE.has(tokens[match.tokenStart - 1]?.lemma ?? '');
  if (!participle(head) && !bare) return false;
  const infinitive = tokens[match.tokenEnd]?.lower === 'to' || tokens[match.tokenStart + 1]?.lower === 'to';
  if (infinitive && !ASKING.has(head.lemma)) return false;
  // "ten Russian soldiers killed in Ukraine": a reduced passive after its noun, for verbs that always take an
  // object ("rebels attacked at dawn" is active).
  const after = tokens[match.tokenEnd];
  if (
    ALWAYS_TRANSITIVE.has(head.lemma) &&
    match.tokenEnd - match.tokenStart === 1 &&
    ['NOUN', 'PROPN'].includes(tokens[match.tokenStart - 1]?.pos ?? '') &&
    (after === undefined || after.pos === 'ADP' || after.pos === 'PUNCT')
  )
    return 'reduced';
  if (reducedRelative(tokens, match)) return 'reduced';
  for (let i = match.tokenStart - 1; i >= Math.max(floor, match.tokenStart - 4); i--) {
    const t = tokens[i]!;
    if (BE.has(t.lemma)) return 'full';
    if (!BETWEEN_BE_AND_PARTICIPLE.has(t.pos)) return false;
  }
  return false;
}
