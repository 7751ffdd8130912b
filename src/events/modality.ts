import type { Modality, Token } from '../model.js';
import { subordinateClauseStart } from './clause-bounds.js';
import { AFTERMATH } from './noun-phrases.js';
import { ABILITY, ability, managed, offeredChoice, ownSubject, supposedAct, threatenedAct } from './modality-cues.js';

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const HYPOTHETICAL = new Set([
  'could',
  'might',
  'may',
  'would',
  'should',
  'if',
  'possibly',
  'perhaps',
  'unless',
  'whether',
  'can',
  // "North Korea must repeal its decision": what a party must do it has not done.
  'must',
  'ought',
]);
const FUTURE = new Set(['will', "'ll", 'shall']);
const REPORTING = new Set(['say', 'announce', 'tell', 'declare', 'state', 'confirm', 'add', 'indicate', 'insist']);
// Words that govern an infinitive without saying it happened ("agreed to visit", "plans to meet").
const PLAN = new Set(['plan', 'schedule', 'set', 'expect', 'prepare', 'arrange', 'slate', 'due', 'go']);
const INTEND = new Set([
  'want',
  'hope',
  'wish',
  'seek',
  'vow',
  'swear',
  'sworn',
  'consensus',
  'agreement',
  'deal',
  'pledge',
  'promise',
  'intend',
  'desire',
  'eager',
  'willing',
  'offer',
  'agree',
  'commitment',
  'commit',
  'aim',
  'try',
  'attempt',
  'call',
  'urge',
  'need',
  'decide',
  'determined',
  'resolve',
  'propose',
  'eagerness',
  'ready',
  'plea',
  'push',
  'bid',
  'effort',
  'efforts',
  'work',
  'continue',
]);
// Words after which a "that" clause states what is asked for, not what happened.
const DEMANDING = new Set([
  'demand',
  'insist',
  'urge',
  'ask',
  'request',
  'propose',
  'suggest',
  'recommend',
  'require',
  'call',
]);
const FAIL = new Set(['fail', 'refuse', 'decline', 'unable', 'reject']);
// "denied attacking", "denies that its troops crossed": what a party denies is not asserted.
const DENY = new Set(['deny', 'denial']);

/**
 * Whether the event happened, from the words before its trigger in its clause: negation ("haven't
 * been able to"), hypothesis ("could", "if"), plans ("will", "scheduled to") and intentions ("vowed to",
 * "agreed to"). `fallback` is the pattern's own modality (root 03 is an expression of intent).
 */
export function modalityOf(
  tokens: readonly Token[],
  triggerStart: number,
  clauseStart: number,
  fallback?: Modality,
): Modality {
  return modalityReading(tokens, triggerStart, clauseStart, fallback).modality;
}

/** A modality with the word that decided it: the verb governing the trigger's infinitive, or a modal. */
export interface ModalityReading {
  readonly modality: Modality;
  /** Lemma of the verb or adjective that governs "to <trigger>" ("agree", "refuse", "plan"), if any. */
  readonly governor?: string;
  /** The modal or future auxiliary before the trigger ("will", "would", "could"), if any. */
  readonly auxiliary?: string;
}

const MODIFIER_POS = new Set(['ADV', 'AUX', 'PART', 'DET', 'ADJ']);
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ']);

/**
 * The word that governs "to" at `to`, walking back over modifiers and short prepositional phrases ("agreed
 * in principle on Saturday to provide", "agreed with Japan to build").
 */
function governorBefore(window: readonly Token[], to: number): Token | undefined {
  for (let j = to - 1; j >= 0; j--) {
    const t = window[j]!;
    if (INTEND.has(t.lemma) || PLAN.has(t.lemma) || FAIL.has(t.lemma) || ABILITY.has(t.lower)) return t;
    if (MODIFIER_POS.has(t.pos)) continue;
    if (PHRASE_POS.has(t.pos)) {
      let a = j - 1;
      while (a >= 0 && a >= j - 3 && PHRASE_POS.has(window[a]!.pos)) a--;
      if (a >= 0 && window[a]!.pos === 'ADP') {
        j = a;
        continue;
      }
    }
    return t;
  }
  return undefined;
}

// "is prepared to impose" commits, as "is ready to" does; "prepared to attend" only plans.
function governorLemma(window: readonly Token[], governor: Token): string {
  const before = window[window.indexOf(governor) - 1];
  return governor.lemma === 'prepare' && before?.lemma === 'be' ? 'prepared' : governor.lemma;
}

/** {@link modalityOf}, with the words that decided it (the modality recoder needs them). */
export function modalityReading(
  tokens: readonly Token[],
  triggerStart: number,
  clauseStart: number,
  fallback?: Modality,
): ModalityReading {
  if (presupposed(tokens, triggerStart)) return { modality: 'asserted' };
  const dated = timePossessive(tokens, triggerStart);
  if (dated) return { modality: dated };
  // "warned that US air strikes against Iraq could do serious harm": an act named as the subject of a modal is
  // only supposed.
  const modal = modalPredicate(tokens, triggerStart);
  if (modal) return { modality: 'hypothetical', auxiliary: modal };
  if (offeredChoice(tokens, triggerStart) || supposedAct(tokens, triggerStart)) return { modality: 'hypothetical' };
  // "the threat of NATO air strikes": the strikes are threatened (a 13 threat, as "threatened to strike" is).
  if (threatenedAct(tokens, triggerStart)) return { modality: 'intended', governor: 'threaten' };
  // "stopped providing escorts", "ceased supplying arms": the act no longer happens.
  const stopped = stoppedBy(tokens, triggerStart);
  if (stopped) return { modality: 'negated', governor: stopped };
  const floor = Math.max(clauseStart, triggerStart - 15);
  if (providedBy(tokens, triggerStart, floor)) return { modality: 'planned' };
  // "expressed his desire … as the embassy held an event to mark 60 years since the two countries
  // normalized relations": what the main clause wishes or plans stops at a subordinate clause's opener.
  const opener = subordinateClauseStart(tokens, floor, triggerStart);
  if (opener < 0) return readWindow(tokens, triggerStart, floor, fallback);
  const inner = readWindow(tokens, triggerStart, opener, fallback);
  // "will sign the accord when Putin visits Beijing", "must agree before they disarm": a clause of time in
  // the present tense takes the main clause's modality (it is as future or as hypothetical as that clause).
  if (inner.modality !== 'asserted' || !TEMPORAL.has(tokens[opener]!.lower) || past(tokens[triggerStart]!))
    return inner;
  const main = readWindow(tokens, opener, floor, undefined);
  if (main.modality !== 'asserted') return main;
  // "the statement comes a day before Sarkozy heads to Beijing": what a present-tense clause after "before"
  // or "until" tells has not happened yet when the main clause's act takes place.
  const trigger = tokens[triggerStart]!;
  const finite = trigger.pos === 'VERB' && !trigger.lower.endsWith('ing');
  return finite && NOT_YET.has(tokens[opener]!.lower) ? { ...inner, modality: 'planned' } : inner;
}

const NOT_YET = new Set(['before', 'until']);

// Verbs of aspect: what they govern is done (begun, carried on), not wished.
const ASPECTUAL = new Set(['continue', 'keep', 'resume', 'begin', 'start']);

// Whether the verb at `governor` is itself an infinitive ("to continue", "to keep").
function governedInfinitive(window: readonly Token[], governor: Token): boolean {
  const at = window.indexOf(governor);
  return window.slice(Math.max(0, at - 3), at).some((t) => t.lower === 'to');
}

// "the plan calls for the withdrawal of", "the accord provides for the release of": what a plan or agreement
// provides is yet to be done. (An actor that "calls for" an act demands it: the 10 patterns read that.)
const PROVIDING = new Set(['call', 'provide', 'envisage', 'envision', 'foresee', 'stipulate']);
const DOCUMENTS = new Set(
  'plan plans proposal proposals agreement accord deal resolution draft blueprint initiative package treaty timetable roadmap'.split(
    ' ',
  ),
);

function providedBy(tokens: readonly Token[], triggerStart: number, floor: number): boolean {
  for (let i = triggerStart - 1; i > floor && i > triggerStart - 6; i--) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !PROVIDING.has(t.lemma)) continue;
    for (let j = i - 1; j >= floor && j >= i - 2; j--) if (DOCUMENTS.has(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

// "highlight yesterday's tour", "after last week's summit", "ahead of tomorrow's talks": an event noun owned
// by a time is told as past or as coming, whatever verb governs it.
function timePossessive(tokens: readonly Token[], triggerStart: number): Modality | undefined {
  if (tokens[triggerStart]!.pos !== 'NOUN') return undefined;
  let i = triggerStart - 1;
  while (i > triggerStart - 3 && tokens[i]?.pos === 'ADJ') i--;
  if (tokens[i]?.text !== "'s" && tokens[i]?.text !== '’s') return undefined;
  const time = tokens[i - 1]?.lower;
  const modifier = tokens[i - 2]?.lower;
  if (time === 'yesterday' || (modifier === 'last' && PERIODS.has(time ?? ''))) return 'asserted';
  if (time === 'tomorrow' || (modifier === 'next' && PERIODS.has(time ?? ''))) return 'planned';
  return undefined;
}

const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'night']);

const SUPPOSING_MODALS = new Set(['could', 'would', 'might', 'may']);
const SUBJECT_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);

// The modal an event noun is the subject of ("strikes against Iraq could", "an attack on Seoul would"), past
// its own phrase of up to eight words; none when a verb, a clause or a list comes first.
function modalPredicate(tokens: readonly Token[], triggerStart: number): string | undefined {
  const head = tokens[triggerStart]!;
  if (head.pos !== 'NOUN') return undefined;
  for (let i = triggerStart + 1; i < triggerStart + 9; i++) {
    const t = tokens[i];
    if (!t || t.sentence !== head.sentence) return undefined;
    // "the strikes may have killed civilians" doubts what the strikes did, not that they happened.
    if (t.pos === 'AUX' || t.pos === 'VERB')
      return SUPPOSING_MODALS.has(t.lower) && tokens[i + 1]?.lower !== 'have' ? t.lower : undefined;
    if (!SUBJECT_PHRASE.has(t.pos) || t.lower === 'that' || t.lower === 'which') return undefined;
  }
  return undefined;
}

const STOPPING = new Set(['stop', 'cease', 'halt', 'quit', 'suspend', 'discontinue']);

// The verb of stopping right before a gerund trigger (an adverb may stand between), if any.
function stoppedBy(tokens: readonly Token[], triggerStart: number): string | undefined {
  const trigger = tokens[triggerStart]!;
  if (trigger.pos !== 'VERB' || !trigger.lower.endsWith('ing')) return undefined;
  let i = triggerStart - 1;
  while (tokens[i]?.pos === 'ADV' && i > triggerStart - 3) i--;
  const verb = tokens[i];
  return verb && verb.sentence === trigger.sentence && STOPPING.has(verb.lemma) ? verb.lemma : undefined;
}

// "sanctions imposed after its 1990 invasion of Kuwait", "anger over Russia's annexation", "will use its
// occupation of Kuwait": an event noun with its agent, in a phrase of time, cause or topic or the object
// of a verb that takes it as given, is told as a fact, whatever the clause around it wishes or denies
// ("will not lift the sanctions ..."). Not one the words call prospective ("its planned visit"), nor one
// asked for, feared or prevented.
const PRESUPPOSING = new Set(['after', 'since', 'following', 'despite', 'over', 'amid', 'of']);
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', "'s", '’s']);
const PROSPECTIVE = new Set([
  'planned',
  'proposed',
  'expected',
  'possible',
  'potential',
  'intended',
  'scheduled',
  'upcoming',
  'threatened',
  'alleged',
  'future',
  'promised',
]);

function presupposed(tokens: readonly Token[], triggerStart: number): boolean {
  const head = tokens[triggerStart]!.pos;
  if (head !== 'NOUN' && head !== 'ADJ') return false;
  let i = triggerStart - 1;
  while (i > triggerStart - 4 && (tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'NUM')) {
    if (PROSPECTIVE.has(tokens[i]!.lower)) return false;
    i--;
  }
  const mark = tokens[i];
  // "to help victims of terrorist attacks": what left victims happened.
  if (mark?.lower === 'of' && AFTERMATH.has(tokens[i - 1]?.lower ?? '')) return true;
  if (!mark || !POSSESSIVE.has(mark.lower)) return false;
  // The possessor: a pronoun, or a name before "'s" ("Russia's", "the Soviet Union's").
  let j = i - 1;
  if (mark.pos !== 'PRON') while (j > i - 5 && (tokens[j]?.pos === 'PROPN' || tokens[j]?.pos === 'DET')) j--;
  const governor = tokens[j];
  if (!governor || governor.sentence !== tokens[triggerStart]!.sentence) return false;
  if (PRESUPPOSING.has(governor.lower)) return true;
  // "use its occupation of Kuwait", "condemned Russia's invasion"; not "demanded Israel's withdrawal".
  return (
    governor.pos === 'VERB' &&
    ![INTEND, PLAN, DEMANDING, FAIL, DENY, NOT_PRESUPPOSING].some((words) => words.has(governor.lemma))
  );
}

// Verbs whose object event may not have happened: "awaited China's reply", "to prevent Iran's acquisition".
const NOT_PRESUPPOSING = new Set(
  'await expect anticipate prevent stop block avoid deter oppose fear risk seek want ask'.split(' '),
);

const TEMPORAL = new Set(['when', 'whenever', 'before', 'after', 'until', 'once', 'as']);

function past(t: Token): boolean {
  return t.lower !== t.lemma && !t.lower.endsWith('s') && !t.lower.endsWith('ing');
}

function readWindow(
  tokens: readonly Token[],
  triggerStart: number,
  from: number,
  fallback: Modality | undefined,
): ModalityReading {
  const window = tokens.slice(from, triggerStart);
  let infinitiveGovernor: Token | undefined;
  // "appeared to accept a treaty he had rejected": a trigger with a subject of its own is no infinitive's verb.
  for (let i = ownSubject(window) < window.length ? -1 : window.length - 1; i >= 0; i--) {
    const t = window[i]!;
    if (t.lower !== 'to') continue;
    // "agreed to re-open": the tagger may read the infinitive's "to" as a preposition after a verb of intent.
    const before = window[i - 1]?.lemma ?? '';
    const governed = i === window.length - 1 && (INTEND.has(before) || PLAN.has(before) || FAIL.has(before));
    if (t.pos === 'PART' || governed) {
      infinitiveGovernor = governorBefore(window, i);
      break;
    }
  }
  // One pass over the words before the trigger (this runs for every candidate trigger).
  let negated = false;
  let hypothetical = false;
  let future = false;
  let intends = false;
  let hasTo = false;
  let that = -1;
  let firstWould = -1;
  let reportedBefore = false;
  let reporting = false;
  for (let i = 0; i < window.length; i++) {
    const t = window[i]!;
    const w = t.lower;
    if (NEGATION.has(w) || DENY.has(t.lemma)) negated = true;
    if (INTEND.has(t.lemma)) intends = true;
    if (FUTURE.has(w)) future = true;
    if (w === 'to') hasTo = true;
    else if (w === 'that') that = i;
    if (w === 'would') {
      if (firstWould < 0) {
        firstWould = i;
        reportedBefore = reporting;
      }
    } else if (HYPOTHETICAL.has(w)) hypothetical = true;
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) reporting = true;
  }
  // "said they would boycott": after a verb of saying, "would" is the reported "will", not a hypothesis.
  if (firstWould > 0 && reportedBefore) future = true;
  else if (firstWould >= 0) hypothetical = true;
  let auxiliary: string | undefined;
  for (let i = window.length - 1; i >= 0 && auxiliary === undefined; i--) {
    const w = window[i]!.lower;
    if (FUTURE.has(w) || HYPOTHETICAL.has(w)) auxiliary = w;
  }
  const read = (m: Modality): ModalityReading => ({
    modality: m,
    ...(infinitiveGovernor ? { governor: governorLemma(window, infinitiveGovernor) } : {}),
    ...(auxiliary ? { auxiliary } : {}),
  });
  if (negated || (infinitiveGovernor && FAIL.has(infinitiveGovernor.lemma))) return read('negated');
  if (hypothetical || ability(window, infinitiveGovernor)) return read('hypothetical');
  if (future || (infinitiveGovernor && PLAN.has(infinitiveGovernor.lemma))) return read('planned');
  // "continued to send arms", "continues to supply", "managed to reach": an act carried on or achieved happens,
  // unless that is itself only wished ("wants to continue to"), which another "to" before the verb says.
  if (
    infinitiveGovernor &&
    (ASPECTUAL.has(infinitiveGovernor.lemma) || managed(window, infinitiveGovernor)) &&
    !governedInfinitive(window, infinitiveGovernor)
  )
    return read(fallback ?? 'asserted');
  if (infinitiveGovernor) return read('intended');
  // "demanded that the government release its leader": what is demanded has not happened.
  for (let i = Math.max(0, that - 3); that > 0 && i < that; i++)
    if (DEMANDING.has(window[i]!.lemma)) return read('hypothetical');
  // "..., to adopt reforms": an infinitive whose governor lies outside the clause is not asserted either.
  const last = window[window.length - 1];
  if (last?.lower === 'to' && last.pos === 'PART') return read('intended');
  const modality: Modality = fallback ?? 'asserted';
  return read(intends && modality === 'asserted' && hasTo ? 'intended' : modality);
}
