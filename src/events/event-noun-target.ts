import type { Actor, ActorMention, Token } from '../model.js';
import type { Draft } from './event-draft.js';

/** An act of force or threat coded earlier in the article: who did it, and the nouns its trigger used. */
export interface PastAct {
  readonly source: Actor;
  readonly root: string;
  readonly words: ReadonlySet<string>;
  readonly sentence: number;
}

// Nouns that name an act of force, and the CAMEO roots such an act is coded in when the earlier trigger
// used another word ("the attack" after "shelled the town").
const ACT_NOUNS: Readonly<Record<string, readonly string[]>> = {
  launch: ['15', '13', '18', '19'],
  test: ['15', '13'],
  attack: ['18', '19', '20'],
  strike: ['18', '19'],
  airstrike: ['19'],
  bombing: ['18', '19', '20'],
  shelling: ['19'],
  assault: ['18', '19'],
  invasion: ['19'],
  incursion: ['19', '15'],
  killing: ['18', '19', '20'],
  provocation: ['13', '15', '18', '19'],
  crackdown: ['17'],
  seizure: ['17', '19'],
  detention: ['17'],
  arrest: ['17'],
};
const LEADS = new Set(['the', 'this', 'these', 'that', 'those', 'such', 'latest', 'recent', 'last']);
// Acts looked back for: criticism, accusation, rejection and protest of them (roots 11, 12, 14).
const JUDGING = /^1[124]/;
const LOOK_BACK = 4;

/**
 * "North Korea fired two missiles on Friday. Kim strongly condemned the launches": criticism of an act named
 * by a definite noun right after the trigger is aimed at whoever did that act, when the article coded it
 * in the last few sentences. Returns the draft coded with that target, or the draft unchanged.
 */
export function eventNounTarget(draft: Draft, tokens: readonly Token[], acts: readonly PastAct[]): Draft {
  if (draft.outcome !== 'no-target' || !JUDGING.test(draft.code)) return draft;
  const noun = actNounAfter(tokens, draft.match.tokenEnd);
  if (!noun) return draft;
  const sentence = tokens[draft.match.tokenStart]!.sentence;
  const roots = ACT_NOUNS[noun]!;
  const act = acts.findLast(
    (a) =>
      a.sentence >= sentence - LOOK_BACK && a.sentence <= sentence && (a.words.has(noun) || roots.includes(a.root)),
  );
  if (!act) return draft;
  const sources = draft.roles.sources.flatMap((m) => m.group ?? [m.actor]);
  const pairs = sources
    .filter((s) => s.country !== act.source.country)
    .map((s): readonly [Actor, Actor] => [s, act.source]);
  if (pairs.length === 0) return draft;
  return { ...draft, pairs, outcome: 'coded', reason: `aimed at the agent of "the ${noun}" coded before` };
}

// The act noun of "the launches", "this latest ICBM launch", "such provocations" right after the trigger.
function actNounAfter(tokens: readonly Token[], from: number): string | undefined {
  if (!LEADS.has(tokens[from]?.lower ?? '')) return undefined;
  for (let i = from + 1; i < from + 5 && tokens[i]; i++) {
    const t = tokens[i]!;
    if (Object.hasOwn(ACT_NOUNS, t.lemma) && t.pos === 'NOUN') return t.lemma;
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET'].includes(t.pos) && !LEADS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** The acts of force and threat a coded draft adds to the article's memory. */
export function pastActsOf(draft: Draft, tokens: readonly Token[], sentence: number): PastAct[] {
  if (draft.outcome !== 'coded' || !/^(1[3-9]|20)/.test(draft.code)) return [];
  const words = new Set<string>();
  for (let i = draft.match.tokenStart; i < draft.match.tokenEnd; i++) words.add(tokens[i]!.lemma);
  const seen = new Set<string>();
  const out: PastAct[] = [];
  for (const [source] of draft.pairs) {
    if (seen.has(source.code)) continue;
    seen.add(source.code);
    out.push({ source, root: draft.code.slice(0, 2), words, sentence });
  }
  return out;
}

/** Acts named by a noun with their agent ("the DPRK's February 26 and March 4 ballistic missile launches"). */
export function possessedActs(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  sentence: number,
): PastAct[] {
  const out: PastAct[] = [];
  for (const m of mentions) {
    if (tokens[m.tokenEnd]?.text !== "'s" && tokens[m.tokenEnd]?.text !== '’s') continue;
    for (let i = m.tokenEnd + 1; i < m.tokenEnd + 10 && tokens[i]?.sentence === sentence; i++) {
      const t = tokens[i]!;
      if (t.pos === 'NOUN' && Object.hasOwn(ACT_NOUNS, t.lemma)) {
        out.push({ source: m.actor, root: ACT_NOUNS[t.lemma]![0]!, words: new Set([t.lemma]), sentence });
        break;
      }
      if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ'].includes(t.pos)) break;
    }
  }
  return out;
}
