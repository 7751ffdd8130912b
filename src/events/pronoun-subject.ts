import type { ActorMention, Doc, Sentence, Token } from '../model.js';
import { mentionOver } from '../actors/mention.js';

// "It seems", "It remains to be seen", "It came as": verbs whose "it" stands for no party.
const EXPLETIVE = new Set(['seem', 'appear', 'remain', 'follow', 'take', 'come', 'happen', 'mean', 'matter', 'look']);
// Between "It" and its verb: adverbs, negation, and auxiliaries other than "be" ("It was reported that" is no party).
const BETWEEN = new Set(['ADV', 'PART']);
// An antecedent may open on a determiner or an adjective ("The Iraqi government", "The United Nations").
const LEADING = new Set(['DET', 'ADJ']);
// Words after a subject that make it one of several or a possessor ("Iraq and Iran", "Iraq's army").
const NOT_ALONE = new Set(['and', 'or', ',', "'s", '’s']);

/**
 * The subject of a sentence, when an actor opens it alone and is a country or an organization: "Iraq massed
 * troops", "The United Nations met". Undefined when a person opens it, or a phrase stands before the actor.
 */
function openingSubject(tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[]) {
  const first = mentions.find((m) => m.sentence === sentence.index);
  if (!first || first.group) return undefined;
  if (first.actor.kind !== 'country' && first.actor.kind !== 'organization') return undefined;
  for (let i = sentence.tokenStart; i < first.tokenStart; i++) if (!LEADING.has(tokens[i]!.pos)) return undefined;
  return NOT_ALONE.has(tokens[first.tokenEnd]?.lower ?? '') ? undefined : first;
}

/**
 * "Iraq massed troops near the border. It accused Kuwait of stealing oil": a sentence that opens on "It" as the
 * subject of its verb goes on with the country or organization that opened the sentence before. The pronoun is
 * given that actor as a mention of its own (resolved by coreference), so the roles read it as the subject; the
 * sentence's mentions are returned with it, else unchanged. Only event coding sees this mention.
 */
export function pronounSubject(
  doc: Doc,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  previous: { readonly sentence: Sentence; readonly mentions: readonly ActorMention[] } | undefined,
): readonly ActorMention[] {
  const tokens = doc.tokens;
  const it = tokens[sentence.tokenStart];
  if (!previous || it?.text !== 'It' || it.pos !== 'PRON') return mentions;
  if (mentions.some((m) => m.tokenStart === sentence.tokenStart)) return mentions;
  let i = sentence.tokenStart + 1;
  while (
    i < sentence.tokenEnd &&
    (BETWEEN.has(tokens[i]!.pos) || (tokens[i]!.pos === 'AUX' && tokens[i]!.lemma !== 'be'))
  )
    i++;
  const verb = tokens[i];
  if (verb?.pos !== 'VERB' || EXPLETIVE.has(verb.lemma)) return mentions;
  const antecedent = openingSubject(tokens, previous.sentence, previous.mentions);
  if (!antecedent) return mentions;
  const mention = mentionOver(doc, sentence.tokenStart, sentence.tokenStart + 1, antecedent.actor, 'coreference');
  return [mention, ...mentions];
}
