import type { Actor, Place, Token } from '../model.js';
import type { Draft } from './event-draft.js';

// Statements, appeals, demands, criticism, rejections and threats: what a document can do.
const SAYING = /^(01|02|10|11|12|13)/;
const DOCUMENTS = new Set(['report', 'statement', 'communique', 'communiqué', 'declaration', 'study', 'document']);
const ISSUED = new Set(['issued', 'released', 'published', 'distributed', 'circulated']);

/**
 * Gives a statement whose subject is a document issued in a capital, with no author named, the government
 * of that capital as its source, as a capital stands for its government elsewhere ("Tokyo protested"): "a
 * 500-page report released Tuesday in the Rwandan capital alleged that France …" is Rwanda's accusation, "a
 * statement issued in Tehran said …" Iran's. A document issued in any other city names no one.
 */
export function documentSources(
  drafts: readonly Draft[],
  tokens: readonly Token[],
  places: readonly Place[],
  isCapital: (place: Place) => boolean,
): readonly Draft[] {
  if (places.length === 0 || !drafts.some((d) => d.outcome === 'no-source')) return drafts;
  return drafts.map((d) => {
    if (d.outcome !== 'no-source' || !SAYING.test(d.code)) return d;
    const seat = issuingCapital(tokens, d, places, isCapital);
    if (!seat) return d;
    const source: Actor = {
      code: `${seat.country}GOV`,
      country: seat.country,
      name: seat.name,
      role: 'GOV',
      kind: 'organization',
    };
    const targets = d.roles.targets.flatMap((m) => m.group ?? [m.actor]).filter((t) => t.country !== seat.country);
    if (targets.length === 0) return d;
    return {
      ...d,
      pairs: targets.map((t) => [source, t] as const),
      outcome: 'coded',
      reason: `coded with the government of ${seat.name}, where the document was issued`,
    };
  });
}

// The capital in "<document> [issued] [when] in <capital>" before the trigger, in the trigger's segment.
function issuingCapital(
  tokens: readonly Token[],
  d: Draft,
  places: readonly Place[],
  isCapital: (place: Place) => boolean,
): Place | undefined {
  const start = d.segment.start;
  const trigger = d.match.tokenStart;
  const docNoun = tokens.slice(start, trigger).findIndex((t) => DOCUMENTS.has(t.lemma) && t.pos === 'NOUN');
  if (docNoun < 0) return undefined;
  const issued = tokens.slice(start + docNoun + 1, trigger).findIndex((t) => ISSUED.has(t.lower));
  if (issued < 0) return undefined;
  const from = start + docNoun + 1 + issued + 1;
  const place = places.find(
    (p) =>
      p.tokenStart > from && p.tokenEnd <= trigger && tokens.slice(from, p.tokenStart).some((t) => t.lower === 'in'),
  );
  return place && isCapital(place) ? place : undefined;
}
