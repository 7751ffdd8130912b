import type { Actor, ActorMention, Token } from '../model.js';
import { type Draft, rejectDraft } from './event-draft.js';
import { GATHERINGS } from './role-phrases.js';
import { selfDirected } from './self-directed.js';

// Giving and working with a party: an act of these roots done "to help defend X" is done for X.
const BENEFITING = /^(03[0-3]|05|06|07)/;
// Verbs that move people or goods somewhere: the purpose of the move is carried out where it goes.
const MOVES = new Set(['send', 'dispatch', 'deploy', 'fly', 'travel', 'go', 'come', 'return', 'head', 'rush']);
// Words that may open a purpose clause before its act: "to help defend", "in order to inspect".
const PURPOSE_LEAD = new Set(['help', 'assist']);

/**
 * Targets that a purpose clause supplies, across the words between it and the act it serves:
 *
 * - an act of giving or cooperating with no target takes the target of its purpose: "is willing to send
 *   material to help defend Saudi Arabia" is aid for Saudi Arabia, and the defence is its aim, not an act;
 * - an act in a purpose clause with no target of its own is done where the move it serves goes: "sent
 *   21 inspectors to Bosnia on Wednesday to investigate" investigates Bosnia.
 *
 * Both need the purpose clause in the same comma segment, with the same subject, and no other verb between
 * (an intervening verb starts a clause the purpose may belong to instead).
 */
export function purposeTargets(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): readonly Draft[] {
  // Only a sentence with a purpose clause ("to" before a trigger) has anything to give.
  if (!drafts.some((d) => purposeOpens(tokens, d.match.tokenStart))) return drafts;
  const aims = new Map<Draft, string>();
  const out = drafts.map((d) => {
    const open = d.outcome === 'no-target' || (d.outcome === 'coded' && d.pairs.every(([, t]) => !t));
    if (!open || d.roles.sources.length === 0) return d;
    const sources = () => d.roles.sources.flatMap((m) => m.group ?? [m.actor]);
    // "agreed to allow access": an infinitive after a trigger that ends on "to" is what is agreed, not a purpose.
    const content = tokens[d.match.tokenEnd - 1]?.lower === 'to';
    const served = BENEFITING.test(d.code) && !content ? purposeOf(d, drafts, tokens) : undefined;
    if (served) {
      const given = retarget(
        d,
        sources(),
        served.targets,
        `the target of its purpose ${served.draft.match.pattern.id}`,
      );
      if (given !== d) aims.set(served.draft, d.match.pattern.id);
      return given;
    }
    if (!purposeOpens(tokens, d.match.tokenStart)) return d;
    const goal = destination(tokens, d, mentions);
    return goal ? retarget(d, sources(), goal.group ?? [goal.actor], 'the destination of the move it serves') : d;
  });
  if (aims.size === 0) return out;
  return out.map((d, i) => {
    const by = aims.get(drafts[i]!);
    return by ? rejectDraft(d, 'duplicate', `the aim of ${by}, which takes its target`) : d;
  });
}

// Acts that press a claim: a protest, a threat, a show of force, a sanction, coercion or violence.
const PRESSING = /^(1[3-9]|20)/;
// Claims: demands and appeals, and for a protest the grievance it airs ("to protest the decision", "to show
// their disapproval for X").
const CLAIMS = /^(02|10)/;
const GRIEVANCES = /^11/;
const PROTESTS = /^14/;
const DEFIANCE = '128/in-defiance';

/**
 * Folds a claim made in a purpose clause into the act that presses it: "staged demonstrations to demand
 * reforms", "would blockade Paris to demand an end to the reform", "protested to demand the resignation of the
 * Ugandan ambassador" are one protest or threat, as CAMEO codes a demonstration by what it demands; so is the
 * grievance a protest airs ("began a hunger strike to protest the decision", "blocked a road to show their
 * disapproval for X's policies"). The act
 * takes the claim's target when it names none of its own (a protest aimed only at the government at home),
 * and the claim is not coded apart. The purpose clause's subject is the act's, whatever actor stands between.
 */
export function foldPurposeClaims(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  const claims = drafts.filter(
    (e) =>
      e.outcome === 'coded' &&
      (((CLAIMS.test(e.code) || GRIEVANCES.test(e.match.pattern.code)) &&
        (purposeOpens(tokens, e.match.tokenStart) || trailingParticiple(tokens, e) || gatheringClaim(tokens, e))) ||
        // "blocked streets in Hong Kong in defiance of Chinese authorities": the protest defies them.
        e.match.pattern.id === DEFIANCE),
  );
  if (claims.length === 0) return drafts;
  const folded = new Map<Draft, Draft>();
  for (const claim of claims) {
    const act = drafts
      .filter(
        (d) =>
          (d.outcome === 'coded' &&
            PRESSING.test(d.code) &&
            (CLAIMS.test(claim.code) || PROTESTS.test(d.code)) &&
            d.match.tokenEnd <= claim.match.tokenStart &&
            (d.segment === claim.segment
              ? adjoining(tokens, d.match.tokenEnd, claim.match.tokenStart - 1)
              : participleOf(tokens, d, claim) ||
                // "staged rallies against Abbas, saying he must resign": the claim a protest's participle makes.
                (PROTESTS.test(d.code) &&
                  trailingParticiple(tokens, claim) &&
                  d.segment.end === claim.segment.start - 1 &&
                  sameSources(d, claim)))) ||
          // "rioted following a peaceful demonstration calling for the removal of X": what the gathering called for.
          (PROTESTS.test(d.code) && gatheringClaim(tokens, claim) && sameSources(d, claim)),
      )
      .pop();
    if (act) folded.set(claim, act);
  }
  if (folded.size === 0) return drafts;
  return drafts.map((d) => {
    const act = folded.get(d);
    if (act) return rejectDraft(d, 'duplicate', `the claim ${act.match.pattern.id} presses, coded with it`);
    const claim = [...folded].find(([, a]) => a === d)?.[0];
    // At home: aimed at no one, or a demonstration in its own country ("marched in Nairobi": the government
    // there); a blockade of one's own capital is aimed at it.
    const home = d.code.startsWith('14') && d.pairs.every(([s, t]) => t?.country === s.country);
    const domestic = home || d.reason.includes('domestic') || d.pairs.every(([, t]) => !t);
    if (!claim || !domestic) return d;
    const targets = [...new Set(claim.pairs.map(([, t]) => t).filter((t) => t !== null))];
    const sources = [...new Set(d.pairs.map(([s]) => s))];
    return targets.length
      ? retarget(d, sources, targets, `the target of the claim it presses (${claim.match.pattern.id})`)
      : d;
  });
}

function retarget(d: Draft, sources: readonly Actor[], targets: readonly Actor[], why: string): Draft {
  const pairs = sources.flatMap((s) => targets.filter((t) => !selfDirected(s, t)).map((t) => [s, t] as const));
  return pairs.length ? { ...d, pairs, outcome: 'coded', reason: `coded with ${why}` } : d;
}

// ", saying he must resign", ", demanding the release of ...": a claim made by a participle that opens the
// segment after the act.
function trailingParticiple(tokens: readonly Token[], d: Draft): boolean {
  const head = tokens[d.match.tokenStart]!;
  return d.match.tokenStart === d.segment.start && head.pos === 'VERB' && head.lower.endsWith('ing');
}

// A claim made by a participle right after a gathering ("a peaceful demonstration calling for …").
function gatheringClaim(tokens: readonly Token[], d: Draft): boolean {
  const head = tokens[d.match.tokenStart]!;
  return head.lower.endsWith('ing') && GATHERINGS.has(tokens[d.match.tokenStart - 1]?.lemma ?? '');
}

// "to defend", "to help defend", "in order to investigate": the trigger opens a purpose clause.
function purposeOpens(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  if (PURPOSE_LEAD.has(tokens[i]?.lemma ?? '')) i--;
  return tokens[i]?.lower === 'to' && tokens[i]?.pos === 'PART';
}

// Nothing but the act's own phrase between two triggers: no verb other than the purpose's lead.
function adjoining(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !PURPOSE_LEAD.has(t.lemma)) return false;
    if (t.lower === 'if' || t.lower === 'because' || t.lower === 'while') return false;
  }
  return true;
}

// "marched in Istanbul, burning Serbian flags to protest the killings": a participle phrase right after the
// act's clause goes on describing the act, and its purpose is the act's.
function participleOf(tokens: readonly Token[], act: Draft, claim: Draft): boolean {
  const start = claim.segment.start;
  const lead = tokens[start]!;
  // The tagger reads some such participles as nouns ("burning/NOUN Serbian flags").
  const participle = (lead.pos === 'VERB' || lead.pos === 'NOUN') && lead.lower.endsWith('ing');
  if (!participle || tokens[start - 1]?.text !== ',') return false;
  return (
    act.segment.end >= start - 1 &&
    act.segment.start < start &&
    adjoining(tokens, start + 1, claim.match.tokenStart - 1)
  );
}

function purposeOf(
  d: Draft,
  drafts: readonly Draft[],
  tokens: readonly Token[],
): { targets: readonly Actor[]; draft: Draft } | undefined {
  const purpose = drafts.find(
    (e) =>
      e.outcome === 'coded' &&
      e.segment === d.segment &&
      e.match.tokenStart >= d.match.tokenEnd &&
      purposeOpens(tokens, e.match.tokenStart) &&
      adjoining(tokens, d.match.tokenEnd, e.match.tokenStart) &&
      sameSources(d, e),
  );
  const targets = purpose ? [...new Set(purpose.pairs.map(([, t]) => t).filter((t) => t !== null))] : [];
  return purpose && targets.length ? { targets, draft: purpose } : undefined;
}

function sameSources(a: Draft, b: Draft): boolean {
  const key = (d: Draft) =>
    d.roles.sources
      .map((m) => m.actor.code)
      .sort()
      .join(' ');
  return key(a) === key(b);
}

// The actor a move before the purpose clause goes to: "sent inspectors to Bosnia (on Wednesday) to …".
function destination(tokens: readonly Token[], d: Draft, mentions: readonly ActorMention[]): ActorMention | undefined {
  const subject = d.roles.sources[d.roles.sources.length - 1]!;
  const to = d.match.tokenStart - 1;
  let move = -1;
  for (let i = to - 1; i >= subject.tokenEnd; i--) {
    const t = tokens[i]!;
    if (MOVES.has(t.lemma) && t.pos === 'VERB') {
      move = i;
      break;
    }
  }
  if (move < 0 || !adjoining(tokens, move + 1, to)) return undefined;
  return mentions.find((m) => {
    if (m.tokenStart <= move || m.tokenEnd > to) return false;
    let g = m.tokenStart - 1;
    while (g > move && tokens[g]!.pos === 'DET') g--;
    return tokens[g]?.lower === 'to';
  });
}
