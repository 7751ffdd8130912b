import type { Token } from '../model.js';
import { type Draft, rejectDraft } from './event-draft.js';
import { coordinatedPredicate } from './roles.js';

// Verbs that turn down what their object names: a request, a demand, an offer, a plan, an act.
const REJECTING = new Set(['reject', 'refuse', 'decline', 'dismiss', 'rebuff', 'spurn', 'repudiate', 'snub', 'turn']);
// Acceding to a demand (083) takes the demand, and what it asks for, as its own content.
const ACCEDING = new Set(['083/accede-demands', '083/meet-demands']);

function turnsDown(d: Draft, tokens: readonly Token[]): boolean {
  if (d.outcome !== 'coded' && d.outcome !== 'no-target') return false;
  if (ACCEDING.has(d.match.pattern.id)) return true;
  return d.match.pattern.code.startsWith('12') && REJECTING.has(tokens[d.match.tokenStart]!.lemma);
}

/**
 * Drops what a rejection or an acceptance names as its object: in "Chile rejected Peru's request to
 * extradite the suspects" the event is the rejection (12); the request is the reason for it and the
 * extradition did not happen, so neither is coded on its own. The object runs from the rejecting verb to a
 * verb coordinated with it ("rejected the demand and attacked Uganda" keeps the attack). An act recoded
 * as a refusal (12, "refused to meet") is the rejection itself and stays.
 */
export function dropRejectedContent(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  if (drafts.length < 2) return drafts;
  const rejections = drafts.filter((d) => turnsDown(d, tokens));
  if (rejections.length === 0) return drafts;
  return drafts.map((d) => {
    if (d.outcome !== 'coded' || d.code.startsWith('12')) return d;
    const by = rejections.find(
      (r) =>
        r !== d &&
        r.segment === d.segment &&
        d.match.tokenStart > r.match.tokenStart &&
        d.match.tokenStart < coordinatedPredicate(tokens, r.match.tokenEnd, r.segment.end),
    );
    return by
      ? rejectDraft(d, 'no-source', `what ${by.match.pattern.id} turns down or takes up, not an act of its own`)
      : d;
  });
}
