import type { Token } from '../model.js';
import { nextClauseOpener } from './clause-bounds.js';
import { type Draft, rejectDraft } from './event-draft.js';
import { coordinatedPredicate } from './conjuncts.js';

// Verbs that turn down what their object names: a request, a demand, an offer, a plan, an act.
const REJECTING = new Set(['reject', 'refuse', 'decline', 'dismiss', 'rebuff', 'spurn', 'repudiate', 'snub', 'turn']);
// Acceding to a demand (083) takes the demand, and what it asks for, as its own content.
const ACCEDING = new Set(['083/accede-demands', '083/meet-demands']);
// Verbs of accusing and charging: what they name is alleged, not established.
const ACCUSING = new Set(['accuse', 'allege', 'alleged', 'alleges', 'charge', 'blame', 'indict']);
const ATTRIBUTIVE = 'a participle used as an adjective';
// Verbs of agreeing: what is agreed to is a commitment, not yet an act ("agreed that they should cooperate").
const AGREEING = new Set(['agree', 'accept']);
const GENERIC_AGREEMENT = '030/agree-to';

/**
 * The roots whose acts the content of `d` may still be coded as: a demand, an appeal, an agreement, an
 * accusation or a rejection, with what it asks for, settles, alleges or turns down as its object. Undefined for
 * any other act.
 */
function contentHolder(d: Draft, tokens: readonly Token[]): readonly string[] | undefined {
  const lemma = tokens[d.match.tokenStart]!.lemma;
  // "were charged with killing a soldier", "accused Uganda of shelling": what is charged is alleged, whoever
  // brings the charge (a passive may name no one).
  if (ACCUSING.has(lemma) && /^(11|173)/.test(d.match.pattern.code) && d.reason !== ATTRIBUTIVE)
    return [d.match.pattern.code.slice(0, 2)];
  if (d.outcome !== 'coded' && d.outcome !== 'no-target') return undefined;
  // "would not meet demands to release prisoners": a refused concession is a rejection, and so may its content be.
  if (ACCEDING.has(d.match.pattern.id)) return [d.code.slice(0, 2)];
  if (d.match.pattern.code.startsWith('12') && REJECTING.has(lemma)) return ['12'];
  // "demanded that the US cancel plans to sell ...", "said the US must be ready to mediate ...": what a demand
  // or an appeal asks for has not happened (the demand keeps its code when the asked act is recoded as it).
  if (/^(10|02)/.test(d.code)) return [d.code.slice(0, 2)];
  if (d.match.pattern.code.startsWith('03') && AGREEING.has(lemma)) return ['03'];
  // "signed an agreement to increase trade": what an agreement provides for is its content (and, like what is
  // agreed to, may stand as the intent it is: "reached an agreement to share water data").
  if (d.code.startsWith('057')) return ['05', '03'];
  return undefined;
}

/**
 * Drops what a demand, an appeal, an agreement or a rejection names as its content: in "Chile rejected Peru's
 * request to extradite the suspects" the event is the rejection (12); the request is the reason for it and the
 * extradition did not happen. In "China demanded that the US cancel plans to sell weapons to Taiwan" the event
 * is the demand; in "the officials agreed that their countries should cooperate" the agreement. The content
 * runs from the holding verb to a verb coordinated with it ("rejected the demand and attacked Uganda" keeps
 * the attack) or to a clause of its own ("demanded a truce after rebels shelled the town" keeps the
 * shelling). An act recoded as the holder itself ("refused to meet" as a rejection, "agreed to withdraw" as
 * an intent, "urged X to attack" as an appeal) stays.
 */
export function dropActContent(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  if (drafts.length === 0) return drafts;
  const holders = drafts.flatMap((d) => {
    const roots = contentHolder(d, tokens);
    return roots === undefined ? [] : [{ d, roots }];
  });
  if (
    holders.length === 0 &&
    !drafts.some(
      (d) => suspected(tokens, d.match.tokenStart) || aimedAt(tokens, d.match.tokenStart) || punishedFor(tokens, d),
    )
  )
    return drafts;
  const kept = drafts.map((d) => {
    if (d.outcome !== 'coded') return d;
    if (suspected(tokens, d.match.tokenStart))
      return rejectDraft(d, 'no-source', 'what someone is suspected or accused of, not an established act');
    if (punishedFor(tokens, d))
      return rejectDraft(d, 'no-source', 'the offence a punishment is for ("jailed for helping"), not an act told');
    if (aimedAt(tokens, d.match.tokenStart))
      return rejectDraft(d, 'no-source', 'the aim of a thing named before it ("a trip aimed at"), not an act');
    const by = holders.find(
      ({ d: h, roots }) =>
        h !== d &&
        !roots.some((r) => d.code.startsWith(r)) &&
        d.match.tokenStart > h.match.tokenStart &&
        (h.segment === d.segment
          ? d.match.tokenStart < contentEnd(tokens, h)
          : continuesContent(tokens, h, d) && d.match.tokenStart < contentEnd(tokens, { ...h, segment: d.segment })),
    );
    return by
      ? rejectDraft(d, 'no-source', `what ${by.d.match.pattern.id} asks for, settles or turns down, not an act`)
      : d;
  });
  return kept.map((d) =>
    d.match.pattern.id === GENERIC_AGREEMENT &&
    (d.outcome === 'coded' || d.outcome === 'no-target') &&
    heldAct(tokens, d, kept)
      ? rejectDraft(d, 'overlapped', 'the act agreed to is coded as the intent it is')
      : d,
  );
}

// "agreed to withdraw its troops" is the intent to withdraw (0356), not a commitment to an act unnamed.
function heldAct(tokens: readonly Token[], h: Draft, drafts: readonly Draft[]): boolean {
  const end = contentEnd(tokens, h);
  return drafts.some(
    (d) =>
      d !== h &&
      (d.outcome === 'coded' || d.outcome === 'no-target') &&
      d.segment === h.segment &&
      d.match.tokenStart >= h.match.tokenEnd &&
      d.match.tokenStart < end,
  );
}

function contentEnd(tokens: readonly Token[], h: Pick<Draft, 'match' | 'segment'>): number {
  const from = Math.max(h.match.tokenEnd, h.segment.start + 2);
  const end = coordinatedPredicate(tokens, from, h.segment.end);
  return nextClauseOpener(tokens, from, end);
}

// "alleged that France was aware of the preparations, and that the French military … took part in the killing":
// a segment that opens with "and that" carries on the content of the verb before it.
function continuesContent(tokens: readonly Token[], h: Draft, d: Draft): boolean {
  const first = tokens[d.segment.start];
  return (
    d.segment.start > h.segment.end &&
    (first?.lower === 'and' || first?.lower === 'or') &&
    tokens[d.segment.start + 1]?.lower === 'that'
  );
}

// Words that make what follows their "of" an allegation: "suspected (by the West) of blowing up a plane",
// "on suspicion of spying", "accused of".
const SUSPICION = new Set(['suspect', 'suspected', 'suspicion', 'accuse', 'accused', 'accusation', 'allegation']);

// Whether the act at `at` is named as what someone is suspected or accused of: "suspected by the West of
// blowing up a Pan Am plane".
function suspected(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.lower !== 'of') return false;
  for (let i = at - 2; i >= Math.max(0, at - 7); i--) {
    const t = tokens[i]!;
    if (SUSPICION.has(t.lower) || SUSPICION.has(t.lemma)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
  }
  return false;
}

// Verbs of punishing: what someone is jailed or sentenced "for" is the offence as the court or the police hold it.
const PUNISHING = new Set(
  'jail imprison sentence convict fine punish arrest detain execute hang deport expel prosecute'.split(' '),
);
const IN_PUNISHMENT = new Set(['ADP', 'DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'ADV', 'PART']);

// Whether the act of `d` is a gerund named as what someone was punished for: "a court jailed a student for two
// years for helping militants join an armed group", "were arrested for throwing stones".
function punishedFor(tokens: readonly Token[], d: Draft): boolean {
  const at = d.match.tokenStart;
  if (tokens[at - 1]?.lower !== 'for' || !tokens[at]!.lower.endsWith('ing')) return false;
  for (let i = at - 2; i >= Math.max(0, at - 10); i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') return PUNISHING.has(t.lemma);
    if (!IN_PUNISHMENT.has(t.pos)) return false;
  }
  return false;
}

// "a regional trip aimed at pushing for a ceasefire", "talks designed to end the war": what a thing is meant for.
function aimedAt(tokens: readonly Token[], at: number): boolean {
  const a = tokens[at - 2]?.lower;
  const b = tokens[at - 1]?.lower;
  return (a === 'aimed' && b === 'at') || (b === 'to' && (a === 'designed' || a === 'meant'));
}
