import type { ActorMention, Token } from '../model.js';
import { governorOf } from './noun-phrases.js';

// Verbs that report what someone else did or what happened. "announce", "declare" and "claim" are left out: a
// party announces and claims its own acts ("announced the deployment of troops", "claimed the attack").
const REPORTING = new Set(['say', 'tell', 'report', 'allege', 'state', 'add', 'note', 'confirm', 'insist']);

/**
 * Whether the actor before a verb of reporting is kept out of an act reported after it: "Israel said a
 * mortar bomb was fired at it" does not make Israel the one who fired. The speaker stays the subject when
 * the reported clause opens with a pronoun for it ("Russia said it would attack", "said its forces").
 *
 * ```ts
 * // "Israel said a mortar bomb was fired at it": sources [Israel], trigger at "mortar"
 * reportedAway(tokens, sources, triggerStart); // true
 * ```
 */
export function reportedAway(
  tokens: readonly Token[],
  sources: readonly ActorMention[],
  triggerStart: number,
): boolean {
  const last = sources[sources.length - 1];
  if (!last) return false;
  for (let i = triggerStart - 1; i >= last.tokenEnd; i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) {
      // The pronoun must open the reported clause ("said (that) it would"), not stand later in it ("said a
      // mortar bomb was fired at it … in the first such attack").
      let j = i + 1;
      while (j < triggerStart && (tokens[j]!.lower === 'that' || TIME_OR_PLACE.has(tokens[j]!.pos))) j++;
      return tokens[j]?.pos !== 'PRON';
    }
  }
  return false;
}

// The saying's own time and place ("said on Tuesday that it …").
const TIME_OR_PLACE = new Set(['ADP', 'PROPN', 'NUM', 'ADV']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const VERB_GROUP = new Set(['ADV', 'AUX', 'PART']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
// Force or talks named in an adverbial phrase are the subject's own ("wounded two soldiers in a bomb attack",
// "visits China for talks with officials"); a visit there is the object's as often ("hosted Wang Yi for a
// visit").
const FORCE = /^(1[5-9]|20|04[013-6])/;

/**
 * The verb whose object the nearest actor before a trigger is, when the trigger is a later act of that verb's
 * subject: a verb coordinated with it ("Russia attacked Ukraine and killed ten civilians") or force named in
 * an adverbial phrase after its object ("guerrillas wounded two soldiers in a bomb attack"). Nothing when
 * another verb stands between (the actor is then that verb's), or when the verb reports ("Kenya said Uganda
 * attacked": the actor after "said" opens a clause of its own).
 *
 * ```ts
 * // "Afghan rebels kidnapped Russian advisers and exploded bombs": source Russian advisers, trigger "exploded"
 * objectVerb(tokens, source, triggerStart, code, segmentStart); // the index of "kidnapped"
 * ```
 */
export function objectVerb(
  tokens: readonly Token[],
  source: ActorMention,
  triggerStart: number,
  code: string,
  segmentStart: number,
): number | undefined {
  const head = tokens[triggerStart]!;
  let before = triggerStart - 1;
  while (before > source.tokenEnd && VERB_GROUP.has(tokens[before]!.pos)) before--;
  const coordinated = head.pos === 'VERB' && COORDINATORS.has(tokens[before]?.lower ?? '');
  let k = triggerStart - 1;
  while (k >= source.tokenEnd && NOUN_PHRASE.has(tokens[k]!.pos)) k--;
  const adverbial = head.pos === 'NOUN' && FORCE.test(code) && k >= source.tokenEnd && tokens[k]!.pos === 'ADP';
  if (!coordinated && !adverbial) return undefined;
  // The actor must be the object of the verb right before: "tighten sanctions and impose", after "support a
  // resolution that aims to", coordinates with "tighten", not with "support".
  if (tokens.slice(source.tokenEnd, triggerStart).some((t) => t.pos === 'VERB')) return undefined;
  const verb = governorOf(tokens, source.tokenStart, segmentStart);
  if (!verb || REPORTING.has(verb.lemma)) return undefined;
  const v = tokens.indexOf(verb);
  // "the Vice Minister visits/NOUN China": a present-tense verb after its subject is sometimes tagged a noun.
  const taggedNoun = verb.pos === 'NOUN' && verb.lower.endsWith('s') && tokens[v - 1]?.pos === 'PROPN';
  return verb.pos === 'VERB' || taggedNoun ? v : undefined;
}
