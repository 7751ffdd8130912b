import type { Token } from '../model.js';

// Words around a trigger that settle its modality before the clause's verbs are read.

const NOMINATIVE = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

// The index in `window` of a personal pronoun that is the subject of the word after the window ("he had"),
// or the window's length.
export function ownSubject(window: readonly Token[]): number {
  let i = window.length - 1;
  while (i >= 0 && (window[i]!.pos === 'AUX' || window[i]!.pos === 'ADV' || window[i]!.pos === 'PART')) i--;
  return i >= 0 && NOMINATIVE.has(window[i]!.lower) ? i : window.length;
}

const CHOICES = new Set(['choice', 'choices', 'option', 'options', 'alternative', 'alternatives']);

// "the stark choice of backing out of Kuwait or launching new attacks": the acts a choice is between are
// only open to the chooser, the second as much as the first.
export function offeredChoice(tokens: readonly Token[], triggerStart: number): boolean {
  const trigger = tokens[triggerStart]!;
  if (!trigger.lower.endsWith('ing')) return false;
  for (let i = triggerStart - 1; i >= 1 && i > triggerStart - 12; i--) {
    const t = tokens[i]!;
    if (t.sentence !== trigger.sentence || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.pos === 'AUX')
      return false;
    if ((t.lower === 'of' || t.lower === 'between') && CHOICES.has(tokens[i - 1]!.lower)) return true;
  }
  return false;
}

const THREAT_NOUNS = new Set(['threat', 'threats', 'menace', 'spectre', 'specter']);
const THREAT_PHRASE = new Set(['DET', 'PROPN', 'ADJ', 'NUM', 'PART']);

// "the threat of NATO air strikes against Milosevic", "threats of military action": an act of force named as what
// a threat holds out is threatened, not done. The act's noun opens the trigger; its owner and adjectives may
// stand between "of" and it.
export function threatenedAct(tokens: readonly Token[], triggerStart: number): boolean {
  const trigger = tokens[triggerStart]!;
  if (trigger.pos !== 'NOUN' && trigger.pos !== 'ADJ') return false;
  for (let i = triggerStart - 1; i >= 1 && i >= triggerStart - 5; i--) {
    const t = tokens[i]!;
    if (t.lower === 'of') return THREAT_NOUNS.has(tokens[i - 1]!.lower);
    if (!THREAT_PHRASE.has(t.pos) && t.text !== "'s") return false;
  }
  return false;
}

// "is able to deploy", "has the capacity to strike", "were capable of deploying 300,000 troops": what a party can
// do it has not done (as with "can", "could"); "was able to evacuate" in the past tense says it managed to.
export const ABILITY = new Set(['able', 'capable', 'capability', 'capabilities', 'capacity', 'ability']);
export function ability(window: readonly Token[], governor: Token | undefined): boolean {
  const n = window.length;
  if (n >= 2 && window[n - 1]!.lower === 'of' && ABILITY.has(window[n - 2]!.lower)) return true;
  if (!governor || !ABILITY.has(governor.lower)) return false;
  return !managed(window, governor);
}

/**
 * "managed to reach an agreement", "was able to send troops", "has been able to evacuate": the source did the act
 * (a past ability is an achievement); "will be able to", "is able to" stay abilities.
 */
export function managed(window: readonly Token[], governor: Token | undefined): boolean {
  if (!governor) return false;
  if (governor.lemma === 'manage') return true;
  const at = window.indexOf(governor);
  return (
    governor.lower === 'able' && /^(?:was|were|been)$/.test(window[at - 1]?.lower ?? '') && !futureBeen(window, at - 1)
  );
}

// "will have been able to", "would have been able to": not yet, or not at all.
function futureBeen(window: readonly Token[], been: number): boolean {
  return (
    window[been]?.lower === 'been' && /^(?:will|would|could|might|may|should)$/.test(window[been - 2]?.lower ?? '')
  );
}

// "will respond to an Iraqi attack on Jordan", "would retaliate against any invasion", "to deter a Chinese attack":
// an act named with an indefinite article as what a reaction would answer is supposed, not done (and no threat of
// its agent's); "responded to the Iraqi attack" names one that happened.
const REACTIONS = new Set(['respond', 'retaliate', 'react', 'reply', 'defend', 'guard', 'protect']);
const REACTING_TO = new Set(['to', 'against', 'for']);
const WARDING_OFF = new Set(['repel', 'deter', 'prevent', 'counter', 'resist', 'repulse', 'forestall']);
const INDEFINITE = new Set(['a', 'an', 'any']);

export function supposedAct(tokens: readonly Token[], triggerStart: number): boolean {
  if (tokens[triggerStart]!.pos !== 'NOUN') return false;
  let determiner: string | undefined;
  for (let i = triggerStart - 1; i >= 1 && i >= triggerStart - 6; i--) {
    const t = tokens[i]!;
    if (t.pos === 'DET') determiner ??= t.lower;
    else if (REACTING_TO.has(t.lower) && t.pos === 'ADP')
      return INDEFINITE.has(determiner ?? '') && REACTIONS.has(tokens[i - 1]!.lemma);
    else if (t.pos === 'VERB') return INDEFINITE.has(determiner ?? '') && WARDING_OFF.has(t.lemma);
    else if (!THREAT_PHRASE.has(t.pos) && t.text !== "'s") return false;
  }
  return false;
}
