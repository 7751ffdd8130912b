import type { Article, EventDate, Timex, Token } from '../model.js';
import { granularityOf } from '../time/calendar.js';
import type { Segment } from './clause-bounds.js';
import { timemlInterval } from '../time/timeml-interval.js';
import { conjunctBounds } from './conjuncts.js';

const DATED: ReadonlySet<string> = new Set(['DATE', 'TIME']);
const DATELINE_DASH = /^\s*[-–—]\s/;

/**
 * The event's own date: the time expression of its clause (the nearest one in the trigger's segment),
 * else the one of a relative clause that only says when it is ("a meeting with Noda, which will be on
 * Wednesday"), else the one a fronted "When ..." clause or the rest of the sentence gives, else the
 * narrative's date (the lead's), else the publication date marked as such. Durations and sets never date
 * an event.
 */
export function dateEvent(
  article: Article,
  tokens: readonly Token[],
  triggerStart: number,
  segment: Segment,
  segments: readonly Segment[],
  sentenceTimexes: readonly Timex[],
  tokenOf: (timex: Timex) => number,
  narrative: Timex | undefined,
  allowNarrative: boolean,
  assertedVerb?: number,
): EventDate {
  const tense = assertedVerb === undefined ? undefined : tenseOf(tokens[assertedVerb]!, tokens[assertedVerb - 1]);
  // "the first visit since 2011": a date after "since" opens a period, it does not date the event; and
  // "the 1965 treaty" names a thing by its year, it does not date the clause it sits in.
  const dated = sentenceTimexes.filter(
    (t) =>
      DATED.has(t.type) &&
      /^\d{3}/.test(t.value) &&
      // The few characters before the date, not the article up to it: this runs for every event's every date.
      !/\bsince\s*$/i.test(article.text.slice(Math.max(0, t.start - 24), t.start)) &&
      // "its 1990 invasion of Kuwait": a year written onto the event's own noun dates it.
      (!namesAThing(article.text, t) || tokenOf(t) === triggerStart - 1) &&
      // "discussed the DPRK's February 26 and March 4 launches", "discussed the June summit": a date written onto a
      // noun after the act names that thing's time, not the act's.
      !(tokenOf(t) > triggerStart && attributive(article.text, t, sentenceTimexes)) &&
      // "Dec. 7 - The ministers met … on Dec. 6": a date line says when the story was filed.
      !(tokenOf(t) === segments[0]?.start && DATELINE_DASH.test(article.text.slice(t.end, t.end + 3))) &&
      fitsTense(t, tense, article.published),
  );
  const within = (s: Segment) => dated.filter((t) => tokenOf(t) >= s.start && tokenOf(t) < s.end);
  // "met in Washington, D.C. on Dec. 6": a comma inside a place name cut the predicate; its rest, with no verb
  // of its own, still dates the act.
  const inClause = within(segment).length > 0 ? within(segment) : within(predicateRest(tokens, segment, segments));
  const pick = (list: readonly Timex[]) =>
    [...list].sort((a, b) => Math.abs(tokenOf(a) - triggerStart) - Math.abs(tokenOf(b) - triggerStart))[0];
  const since = sinceDate(article, triggerStart, segment, sentenceTimexes, tokenOf);
  if (since) return since;
  // "touring Dar es Salaam Thursday and meeting with police Friday morning": each conjoined act has its own time.
  const [from, to] = conjunctBounds(tokens, triggerStart, segment);
  const inConjunct = inClause.filter((t) => tokenOf(t) >= from && tokenOf(t) < to);
  const own = pick(inConjunct.length > 0 ? inConjunct : inClause);
  if (own) return withRangeEnd(fromTimex(own, 'clause'), own, article.text, sentenceTimexes);
  const when = relativeWhen(tokens, segment, segments, dated, tokenOf);
  if (when) return withRangeEnd(fromTimex(when, 'clause'), when, article.text, sentenceTimexes);
  const fronted = segments.filter((s) => s.fronted);
  const elsewhere = dated.filter(
    (t) => !segments.some((s) => s.parenthetical && tokenOf(t) >= s.start && tokenOf(t) < s.end),
  );
  const governing =
    pick(elsewhere.filter((t) => fronted.some((s) => tokenOf(t) >= s.start && tokenOf(t) < s.end))) ??
    (elsewhere.length === 1 ? elsewhere[0] : undefined);
  if (governing) return withRangeEnd(fromTimex(governing, 'sentence'), governing, article.text, sentenceTimexes);
  if (narrative && allowNarrative && fitsTense(narrative, tense, article.published))
    return fromTimex(narrative, 'narrative');
  return {
    value: article.published,
    granularity: 'day',
    text: null,
    source: 'publication',
    via: 'publication',
  };
}

// Words of a relative clause that only places its antecedent in time: "which will be on Wednesday",
// "which is scheduled for Friday", "that took place on June 3", "which begins Monday".
const WHEN_WORDS = new Set(
  (
    'which that will would be is was are were been being held hold take takes took taken place scheduled set ' +
    'slated due expected planned to begin begins began start starts started open opens opened end ends ended ' +
    'come comes came on for at in from until later now'
  ).split(' '),
);

// The time expression of a relative clause right after the trigger's segment ("..., which will be on
// Wednesday") whose words before it say nothing but when: its antecedent is the event's phrase.
function relativeWhen(
  tokens: readonly Token[],
  segment: Segment,
  segments: readonly Segment[],
  dated: readonly Timex[],
  tokenOf: (timex: Timex) => number,
): Timex | undefined {
  const next = segments.find((s) => s.start === segment.end + 1);
  const first = next && tokens[next.start];
  if (!next || !first || (first.lower !== 'which' && first.lower !== 'that')) return undefined;
  const timex = dated.find((t) => tokenOf(t) > next.start && tokenOf(t) < next.end);
  if (!timex) return undefined;
  for (let i = next.start; i < tokenOf(timex); i++) if (!WHEN_WORDS.has(tokens[i]!.lower)) return undefined;
  return timex;
}

function fromTimex(t: Timex, via: EventDate['via']): EventDate {
  const value = t.value.replace(/T.*$/, '');
  return { value, granularity: granularityOf(value), text: t.text, source: 'text', via };
}

/** The lead's date: the first day- or week-granular date of the first two sentences, near publication. */
export function narrativeDate(article: Article, timexes: readonly Timex[]): Timex | undefined {
  const published = Date.parse(article.published);
  return timexes.find((t) => {
    // A day or a part of one ("Thursday night" is 2025-07-03TNI).
    if (t.sentence > 1 || t.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}(?:T[A-Z]{2})?$/.test(t.value)) return false;
    const days = (published - Date.parse(t.value.slice(0, 10))) / 864e5;
    return days >= 0 && days <= 7;
  });
}

// "60 years since the two countries normalized relations": the clause after "since" is that long ago.
function sinceDate(
  article: Article,
  triggerStart: number,
  segment: Segment,
  timexes: readonly Timex[],
  tokenOf: (timex: Timex) => number,
): EventDate | undefined {
  const duration = timexes.find((t) => t.type === 'DURATION' && /^P\d+Y$/.test(t.value) && tokenOf(t) < triggerStart);
  if (!duration) return undefined;
  const between = article.text.slice(duration.end, article.text.length).match(/^\s+since\b/);
  if (!between || tokenOf(duration) < segment.start - 40) return undefined;
  const years = Number(duration.value.slice(1, -1));
  const value = String(Number(article.published.slice(0, 4)) - years);
  return { value, granularity: 'year', text: `${duration.text} since`, source: 'text', via: 'clause' };
}

// A bare year between a determiner and a noun ("the 1965 treaty", "its 2002 census") is part of a name.
function namesAThing(text: string, t: Timex): boolean {
  if (!/^\d{4}$/.test(t.value) || t.text !== t.value) return false;
  return (
    /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
    // "the 1965 treaty", "the 2015 U.S.-Japan Defense Guidelines"
    /^\s+\p{L}/u.test(text.slice(t.end, t.end + 3))
  );
}

// A date between a determiner or a possessive and the noun it modifies: "the June summit", "its March 4 launch",
// "the DPRK's February 26 and March 4 launches" (the second of two joined by "and" too).
function attributive(text: string, t: Timex, timexes: readonly Timex[]): boolean {
  // "rejected in peace talks following the August 1988 cease-fire", "agreed at the June summit": a phrase of time
  // or place around the thing still says when the act was.
  if (TIME_OR_PLACE_LEAD.test(text.slice(Math.max(0, t.start - 24), t.start))) return false;
  if (
    !/^\s+\p{L}/u.test(text.slice(t.end, t.end + 3)) ||
    /^\s+(?:and|or|to|through)\b/i.test(text.slice(t.end, t.end + 9))
  )
    return ATTRIBUTIVE_FIRST.test(text.slice(Math.max(0, t.start - 8), t.start)) && joinedDateNoun(text, t, timexes);
  const before = text.slice(Math.max(0, t.start - 8), t.start);
  if (ATTRIBUTIVE_FIRST.test(before)) return true;
  const previous = timexes.find((p) => p.end < t.start && /^\s+and\s+$/i.test(text.slice(p.end, t.start)));
  return previous !== undefined && ATTRIBUTIVE_FIRST.test(text.slice(Math.max(0, previous.start - 8), previous.start));
}

const TIME_OR_PLACE_LEAD =
  /\b(?:after|following|before|until|during|at|in|on|amid|ahead of|prior to)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+$/i;
const ATTRIBUTIVE_FIRST = /(?:\b(?:the|a|an|its|their|his|her|this|that|these|those)|['’]s)\s+$/i;

// "the February 26 and March 4 launches": the first date of two joined dates modifies the noun after the second.
function joinedDateNoun(text: string, t: Timex, timexes: readonly Timex[]): boolean {
  const next = timexes.find((n) => n.start > t.end && /^\s+and\s+$/i.test(text.slice(t.end, n.start)));
  return (
    next !== undefined &&
    /^\s+\p{L}/u.test(text.slice(next.end, next.end + 3)) &&
    !/^\s+(?:and|or|to|through)\b/i.test(text.slice(next.end, next.end + 9))
  );
}

// "from 1910 to 1945", "1910-1945", "between June 3 and June 9": the event spans both ends.
function withRangeEnd(date: EventDate, start: Timex, text: string, timexes: readonly Timex[]): EventDate {
  const end = timexes.find(
    (t) => t.start > start.end && /^\s*(?:-|–|to|through|until|and)\s*$/i.test(text.slice(start.end, t.start)),
  );
  if (!end || end.type !== start.type || !/^\d{4}/.test(end.value) || end.value < start.value) return date;
  return { ...date, end: end.value, text: text.slice(start.start, end.end) };
}

// The segment after the trigger's when it goes on the same predicate: it follows a comma right after a place
// name ("Washington, D.C. on …"), is not an apposition or a fronted clause, and has no verb of its own.
function predicateRest(tokens: readonly Token[], segment: Segment, segments: readonly Segment[]): Segment {
  const next = segments[segments.indexOf(segment) + 1];
  const empty = { ...segment, end: segment.start };
  if (!next || next.parenthetical || next.fronted || tokens[segment.end]?.text !== ',') return empty;
  if (tokens[segment.end - 1]?.pos !== 'PROPN' || tokens[next.start]?.pos !== 'PROPN') return empty;
  for (let i = next.start; i < next.end; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return empty;
  return next;
}

// The tense of an asserted act's verb: "discussed" happened by the time of writing, "condemn" (the simple present
// of a statement) happens at it. Nouns and other forms say nothing.
function tenseOf(verb: Token, before: Token | undefined): 'past' | 'present' | undefined {
  if (verb.pos !== 'VERB') return undefined;
  if (/ed$/.test(verb.lower)) return 'past';
  // "invited him to visit", "did not meet": an infinitive or a verb after an auxiliary has no tense of its own.
  if (before && (before.lower === 'to' || before.pos === 'AUX' || before.pos === 'PART')) return undefined;
  const base = verb.lower === verb.lemma && !verb.lower.endsWith('ing') && !SAME_IN_THE_PAST.has(verb.lower);
  return base ? 'present' : undefined;
}

// Verbs whose past is written as their present ("set Friday as the deadline").
const SAME_IN_THE_PAST = new Set(
  'set put cut hit let quit spread cast shut bid cost hurt burst broadcast forecast upset beat read'.split(' '),
);

// A date the act's own tense rules out belongs to something else in its clause: "discussed President Trump's
// planned visit to China in April" (a past act is not dated after the article), "strongly condemn the launch … by
// the DPRK on 12 July" (a statement in the present is not dated before it).
function fitsTense(t: Timex, tense: 'past' | 'present' | undefined, published: string): boolean {
  if (!tense) return true;
  const interval = timemlInterval(t.value);
  if (!interval) return true;
  // A day told in the place's local time may be the day after the dateline's ("early Saturday, local time").
  if (t.rule === 'weekday/local-time') return true;
  return tense === 'past' ? interval.start <= published : interval.end >= published;
}
