import type {
  Actor,
  ActorMention,
  CodedEvent,
  Doc,
  EventActor,
  EventDate,
  Place,
  Sentence,
  Timex,
  Token,
} from '../model.js';
import { timemlInterval } from '../time/timeml-interval.js';
import { cameoCode } from './cameo-table.js';
import { segmentsOf } from './clause-bounds.js';
import type { DiagnosticCollector } from './coding-diagnostics.js';
import { meetingParties } from './meeting-parties.js';
import { pronounSubject } from './pronoun-subject.js';
import { refineSentence } from './sentence-refiners.js';
import { diagnosticOf, reportOverlaps } from './draft-diagnostics.js';
import { hostIn } from './occasion-host.js';
import { type Draft, draftEvent } from './event-draft.js';
import { type PastAct, eventNounTarget, pastActsOf, possessedActs } from './event-noun-target.js';
import { dateEvent, narrativeDate } from './event-date.js';
import { dateOfRepeatedAct } from './repeated-acts.js';
import { loadPatternBook } from './pattern-book.js';
import { type TriggerMatch, TriggerMatcher, removeOverlaps } from './trigger-matcher.js';

let matcher: TriggerMatcher | undefined;
const TOPIC_PREPOSITIONS = new Set(['toward', 'towards', 'regarding', 'concerning', 'on', 'about', 'with']);
const TIME_CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'until']);

/**
 * Codes the events of a document: trigger patterns matched clause by clause, roles from the clause's
 * shape, modality (which may recode the act: "will visit" is an intent to meet), the event's own date,
 * its place, CAMEO/PLOVER/Goldstein, and provenance. Then sentence-level refiners drop what a careful
 * coder would not code: "said" when the said clause carries its own event, sports and business uses of
 * conflict verbs, and a headline or caption that repeats a sentence already coded.
 *
 * Pass a `collector` to learn, for every candidate trigger, why it was or was not coded.
 *
 * ```ts
 * const seen = collectDiagnostics();
 * const events = codeEvents(doc, timexes, mentions, places, seen);
 * seen.diagnostics.filter((d) => d.outcome !== 'coded'); // the reasons for what was left out
 * ```
 */
export function codeEvents(
  doc: Doc,
  timexes: readonly Timex[],
  mentions: readonly ActorMention[],
  places: readonly Place[],
  collector?: DiagnosticCollector,
): CodedEvent[] {
  matcher ??= new TriggerMatcher(loadPatternBook());
  const tokens = doc.tokens;
  const article = doc.article;
  const narrative = narrativeDate(article, timexes);
  // Dating asks for a time expression's token many times per event: look each up once, by bisection.
  const tokenIndex = new Map<Timex, number>();
  const tokenOf = (t: Timex) => {
    let index = tokenIndex.get(t);
    if (index === undefined) {
      index = firstTokenFrom(tokens, t.start);
      tokenIndex.set(t, index);
    }
    return index;
  };
  const events: CodedEvent[] = [];
  // Acts of force coded so far, which "condemned the launches" may be aimed at.
  const pastActs: PastAct[] = [];
  const codedSentences = new Set<string>();
  let occasionHost: ActorMention | undefined;
  let lastMeeting: readonly [Actor, Actor] | undefined;

  // Each sentence's time expressions, actors and places, gathered once rather than filtered per sentence.
  const timexesBySentence = bySentence(timexes);
  const mentionsBySentence = bySentence(mentions);
  const placesBySentence = bySentence(places);

  let previous: { readonly sentence: Sentence; readonly mentions: readonly ActorMention[] } | undefined;
  for (const sentence of doc.sentences) {
    const sentenceTimexes = timexesBySentence.get(sentence.index) ?? NONE;
    // "It accused Kuwait": a sentence-initial "It" is the country or organization that opened the sentence before.
    const sentenceMentions = pronounSubject(doc, sentence, mentionsBySentence.get(sentence.index) ?? NONE, previous);
    previous = { sentence, mentions: sentenceMentions };
    const sentencePlaces = placesBySentence.get(sentence.index) ?? NONE;
    const segments = segmentsOf(tokens, sentence, sentenceTimexes);
    const first = segments[0];
    // "On relations with Japan, ...": a fronted phrase names what the sentence is about; a clause of time
    // ("After meeting with Kenyan police, ...") names an act of its own.
    const topic =
      first?.fronted && !TIME_CLAUSE_OPENERS.has(tokens[first.start]!.lower)
        ? sentenceMentions.find(
            (m) =>
              m.tokenStart >= first.start &&
              m.tokenEnd <= first.end &&
              TOPIC_PREPOSITIONS.has(tokens[m.tokenStart - 1]?.lower ?? ''),
          )
        : undefined;
    const all = matcher.match(tokens, sentence.tokenStart, sentence.tokenEnd);
    const matches = removeOverlaps(all.filter((m) => !datedWord(tokens, m, sentenceTimexes)));
    if (collector) reportOverlaps(doc, sentence.index, all, matches, collector);

    let drafts: readonly Draft[] = matches.map((match) =>
      draftEvent(doc, match, segments, sentenceMentions, sentencePlaces, { topic, occasionHost }),
    );
    drafts = refineSentence(drafts, {
      tokens,
      sentence,
      mentions: sentenceMentions,
      places: sentencePlaces,
      timexes: sentenceTimexes,
      codedSentences,
      lastMeeting,
    });
    lastMeeting = meetingParties(drafts, lastMeeting);

    pastActs.push(...possessedActs(tokens, sentenceMentions, sentence.index));
    for (const drafted of drafts) {
      const draft = eventNounTarget(drafted, tokens, pastActs);
      pastActs.push(...pastActsOf(draft, tokens, sentence.index));
      const { match, segment } = draft;
      let produced = 0;
      if (draft.outcome === 'coded') {
        const date = dateEvent(
          article,
          tokens,
          match.tokenStart,
          segment,
          segments,
          sentenceTimexes,
          tokenOf,
          narrative,
          draft.modality === 'asserted' || draft.modality === 'intended',
          draft.modality === 'asserted' ? firstVerb(tokens, match.tokenStart, match.tokenEnd) : undefined,
        );
        const interval = timemlInterval(date.value);
        // "Kerry meets separately Monday with …": a simple present dated after publication tells a schedule.
        const modality =
          draft.modality === 'asserted' &&
          date.source === 'text' &&
          interval !== null &&
          interval.start > article.published &&
          futurate(tokens, match.tokenStart, match.tokenEnd)
            ? 'planned'
            : draft.modality;
        const triggerStart = tokens[match.tokenStart]!.start;
        const triggerEnd = tokens[match.tokenEnd - 1]!.end;
        const place = draft.place;
        for (const [source, target] of draft.pairs) {
          const code =
            draft.code === '040' &&
            place &&
            target &&
            place.country !== source.country &&
            place.country !== target.country
              ? '044'
              : draft.code;
          const facts = cameoCode(code);
          // "The DPRK's launch of this ICBM": an act named again keeps the date it was told with.
          const own = dateOfRepeatedAct(
            events,
            { source: source.code, target: target?.code, cameo: code, sentence: sentence.index },
            tokens[match.tokenStart]!,
            tokens[match.tokenStart - 1],
            date,
          );
          produced++;
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
            date: own,
            history: isHistory(own, article.published),
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
            rule: ruleId(match.pattern.id, draft.code),
            confidence: confidenceOf(match.pattern.specificity, draft.roles.targetVia, draft.roles.sources),
          });
        }
      }
      collector?.add(diagnosticOf(doc, sentence.index, draft, produced));
    }
    occasionHost = hostIn(doc, sentence.tokenStart, sentence.tokenEnd, sentenceMentions) ?? occasionHost;
  }
  return events;
}

const NONE: readonly never[] = [];

function bySentence<T extends { readonly sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(item.sentence);
    if (list) list.push(item);
    else out.set(item.sentence, [item]);
  }
  return out;
}

// A recoded event names both codes: "036/042-visit" is pattern 042/visit coded as an intent (036).
function ruleId(patternId: string, code: string): string {
  return patternId.startsWith(`${code}/`) ? patternId : `${code}/${patternId.replace('/', '-')}`;
}

function eventActor(actor: Actor): EventActor {
  return { name: actor.name, code: actor.code, country: actor.country };
}

function confidenceOf(specificity: number, targetVia: string, sources: readonly ActorMention[]): number {
  let c = 0.45 + 0.1 * Math.min(specificity, 3);
  if (targetVia === 'clause' || targetVia === 'passive') c += 0.1;
  if (sources.some((s) => s.via === 'coreference')) c -= 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

/** The index of the first token starting at or after `offset` (-1 when none), as `findIndex` would give. */
function firstTokenFrom(tokens: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

// "will join NATO on March 12": a pattern's first or last word inside a time expression is a date, not the
// word ("march", "may").
function datedWord(tokens: readonly Token[], match: TriggerMatch, timexes: readonly Timex[]): boolean {
  if (timexes.length === 0) return false;
  const first = tokens[match.tokenStart]!;
  const last = tokens[match.tokenEnd - 1]!;
  return timexes.some(
    (t) => (first.start >= t.start && first.end <= t.end) || (last.start >= t.start && last.end <= t.end),
  );
}

// The trigger's verb ("condemn" in "strongly condemn"), whose tense says when an asserted act took place.
function firstVerb(tokens: readonly Token[], start: number, end: number): number | undefined {
  for (let i = start; i < end; i++) if (tokens[i]!.pos === 'VERB') return i;
  return undefined;
}

// Whether the act's verb is a simple present ("meets", "visit"), which with a time after the publication day is the
// present of a schedule, as in "the committee meets Tuesday".
function futurate(tokens: readonly Token[], start: number, end: number): boolean {
  const at = firstVerb(tokens, start, end);
  const verb = at === undefined ? undefined : tokens[at]!;
  if (!verb || /(?:ed|ing)$/.test(verb.lower) || !(verb.lower === verb.lemma || verb.lower === `${verb.lemma}s`))
    return false;
  const before = tokens[at! - 1];
  return !before || (before.pos !== 'AUX' && before.pos !== 'PART' && before.lower !== 'to');
}

// An event whose date ends more than a year before publication is history, not news of the day.
function isHistory(date: EventDate, published: string): boolean {
  const interval = timemlInterval(date.value);
  return interval !== null && Date.parse(published) - Date.parse(interval.end) > 366 * 864e5;
}
