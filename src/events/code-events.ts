import type { Actor, ActorMention, CodedEvent, Doc, EventActor, Place, Timex } from '../model.js';
import { timemlInterval } from '../time/timeml-interval.js';
import { cameoCode } from './cameo-table.js';
import { isOblique, segmentAt, segmentsOf } from './clause.js';
import { dateEvent, narrativeDate } from './event-date.js';
import { modalityOf } from './modality.js';
import { loadPatternBook } from './pattern-book.js';
import { OCCASIONS, findRoles } from './roles.js';
import { TriggerMatcher, removeOverlaps } from './trigger-matcher.js';

let matcher: TriggerMatcher | undefined;
const TOPIC_PREPOSITIONS = new Set(['toward', 'towards', 'regarding', 'concerning', 'on', 'about', 'with']);
const HOST_VERBS = new Set(['hold', 'host', 'organize', 'organise', 'throw', 'stage', 'convene']);

/**
 * Codes the events of a document: trigger patterns matched clause by clause, roles from the clause's
 * shape, then modality, the event's own date, its place, CAMEO/PLOVER/Goldstein, and provenance.
 */
export function codeEvents(
  doc: Doc,
  timexes: readonly Timex[],
  mentions: readonly ActorMention[],
  places: readonly Place[],
): CodedEvent[] {
  matcher ??= new TriggerMatcher(loadPatternBook());
  const tokens = doc.tokens;
  const article = doc.article;
  const narrative = narrativeDate(article, timexes);
  const tokenOf = (t: Timex) => tokens.findIndex((tok) => tok.start >= t.start);
  const events: CodedEvent[] = [];
  let occasionHost: ActorMention | undefined;

  for (const sentence of doc.sentences) {
    const sentenceTimexes = timexes.filter((t) => t.sentence === sentence.index);
    const sentenceMentions = mentions.filter((m) => m.sentence === sentence.index);
    const sentencePlaces = places.filter((p) => p.sentence === sentence.index);
    const segments = segmentsOf(tokens, sentence, sentenceTimexes);
    const first = segments[0];
    const topic = first?.fronted
      ? sentenceMentions.find(
          (m) =>
            m.tokenStart >= first.start &&
            m.tokenEnd <= first.end &&
            TOPIC_PREPOSITIONS.has(tokens[m.tokenStart - 1]?.lower ?? ''),
        )
      : undefined;
    const matches = removeOverlaps(matcher.match(tokens, sentence.tokenStart, sentence.tokenEnd));

    for (const match of matches) {
      const segmentIndex = segmentAt(segments, match.tokenStart);
      const segment = segments[segmentIndex];
      if (!segment) continue;
      const roles = findRoles(doc, match, segments, sentenceMentions, {
        topic,
        occasionHost,
        places: sentencePlaces,
      });
      const sources = roles.sources.flatMap((m) => m.group ?? [m.actor]);
      if (sources.length === 0) continue;
      const code0 = match.pattern.code;
      const place = nearestPlace(sentencePlaces, match.tokenStart, segment);
      let targets: readonly (Actor | null)[] = roles.targets.flatMap((m) => m.group ?? [m.actor]);
      let pairs: [Actor, Actor | null][];
      // Statements and threats by two parties are not addressed to each other; meetings, pledges and deals are.
      const reciprocal = match.pattern.mutual || ['03', '04', '05', '06'].includes(code0.slice(0, 2));
      if (targets.length === 0 && reciprocal && new Set(sources.map((s) => s.country)).size >= 2) {
        // "Lee and Ishiba met", "the two leaders agreed": each did it with the other.
        pairs = sources.flatMap((s) =>
          sources.filter((o) => o.country !== s.country).map((o): [Actor, Actor] => [s, o]),
        );
      } else {
        if (targets.length === 0 && code0.startsWith('042') && place)
          targets = [{ code: place.country, country: place.country, name: place.name, kind: 'country' }];
        // Only a show of force (missile tests, drills) is news without a target; other target-less events are dropped.
        if (targets.length === 0 && code0.startsWith('15')) targets = [null];
        pairs = sources.flatMap((s) => targets.map((t): [Actor, Actor | null] => [s, t]));
      }
      const modality = modalityOf(
        tokens,
        match.tokenStart,
        segment.start,
        match.pattern.modality ?? (code0.startsWith('03') ? 'intended' : undefined),
      );
      const date = dateEvent(
        article,
        match.tokenStart,
        segment,
        segments,
        sentenceTimexes,
        tokenOf,
        narrative,
        modality === 'asserted' || modality === 'intended',
      );
      const interval = timemlInterval(date.value);
      const history = interval !== null && Date.parse(article.published) - Date.parse(interval.end) > 366 * 864e5;
      const triggerStart = tokens[match.tokenStart]!.start;
      const triggerEnd = tokens[match.tokenEnd - 1]!.end;
      for (const [source, target] of pairs) {
        if (target && source.code === target.code) continue;
        if (target && source.country === target.country && source.country !== 'IGO' && !source.role !== !target.role)
          continue;
        const code =
          code0 === '040' && place && target && place.country !== source.country && place.country !== target.country
            ? '044'
            : code0;
        const facts = cameoCode(code);
        events.push({
          article: article.id,
          published: article.published,
          source: eventActor(source),
          target: target ? eventActor(target) : null,
          cameo: code,
          plover: facts.plover,
          goldstein: facts.goldstein,
          quadClass: facts.quadClass,
          modality,
          date,
          history,
          place: place
            ? {
                name: place.name,
                country: place.country,
                ...(place.lat === undefined ? {} : { lat: place.lat }),
                ...(place.lon === undefined ? {} : { lon: place.lon }),
              }
            : null,
          sentence: sentence.index,
          evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
          trigger: article.text.slice(triggerStart, triggerEnd),
          triggerSpan: { start: triggerStart, end: triggerEnd },
          rule: match.pattern.id,
          confidence: confidenceOf(match.pattern.specificity, roles.targetVia, roles.sources),
        });
      }
    }
    occasionHost = hostIn(doc, sentence.tokenStart, sentence.tokenEnd, sentenceMentions) ?? occasionHost;
  }
  return events;
}

function eventActor(actor: Actor): EventActor {
  return { name: actor.name, code: actor.code, country: actor.country };
}

function nearestPlace(
  places: readonly Place[],
  at: number,
  segment: { start: number; end: number },
): Place | undefined {
  return places
    .filter((p) => p.tokenStart >= segment.start && p.tokenEnd <= segment.end)
    .sort((a, b) => Math.abs(a.tokenStart - at) - Math.abs(b.tokenStart - at))[0];
}

// "the Japanese Embassy in Seoul held an event": later "the event" points back to the embassy.
function hostIn(doc: Doc, from: number, to: number, mentions: readonly ActorMention[]): ActorMention | undefined {
  const tokens = doc.tokens;
  for (let i = from; i < to; i++) {
    if (!HOST_VERBS.has(tokens[i]!.lemma)) continue;
    const occasion = tokens.slice(i + 1, Math.min(i + 5, to)).some((t) => OCCASIONS.has(t.lemma));
    if (!occasion) continue;
    const subject = mentions.filter((m) => m.tokenEnd <= i && !isOblique(tokens, m, from)).pop();
    if (subject) return subject;
  }
  return undefined;
}

function confidenceOf(specificity: number, targetVia: string, sources: readonly ActorMention[]): number {
  let c = 0.45 + 0.1 * Math.min(specificity, 3);
  if (targetVia === 'clause' || targetVia === 'passive') c += 0.1;
  if (sources.some((s) => s.via === 'coreference')) c -= 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}
