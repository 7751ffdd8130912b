import { recognizeActors } from '../actors/recognize-actors.js';
import type { Article, CodedEvent, Modality, Place, Sentence, Timex } from '../model.js';
import { findPlaces } from '../places/find-places.js';
import { segment } from '../text/segment.js';
import { tagTimes } from '../time/tag-times.js';
import { codeEvents } from './code-events.js';
import { type CandidateDiagnostic, collectDiagnostics } from './coding-diagnostics.js';

/** Everything the coder saw and decided for one sentence, for `dyad explain`. */
export interface SentenceExplanation {
  readonly article: string;
  readonly sentence: Pick<Sentence, 'index' | 'text' | 'start' | 'end'>;
  readonly sentences: number;
  readonly tokens: readonly {
    readonly i: number;
    readonly text: string;
    readonly lemma: string;
    readonly pos: string;
  }[];
  readonly actors: readonly {
    readonly text: string;
    readonly code: string;
    readonly name: string;
    readonly via: string;
    readonly tokens: readonly [number, number];
  }[];
  readonly times: readonly Pick<Timex, 'text' | 'type' | 'value' | 'rule'>[];
  readonly places: readonly Pick<Place, 'name' | 'country'>[];
  /** Every trigger match, with what became of it and why. */
  readonly candidates: readonly CandidateDiagnostic[];
  readonly events: readonly {
    readonly source: string;
    readonly target: string | null;
    readonly cameo: string;
    readonly plover: string;
    readonly modality: Modality;
    readonly date: string;
    readonly rule: string;
  }[];
}

/** A sentence index outside the article: says how many sentences there are. */
export class SentenceOutOfRangeError extends Error {
  override readonly name = 'SentenceOutOfRangeError';
  constructor(
    readonly index: number,
    readonly sentences: number,
  ) {
    super(`sentence ${index} does not exist: the article has sentences 0 to ${sentences - 1}`);
  }
}

/**
 * Runs the whole pipeline on an article and explains sentence `index` (0-based, the `sentence` field of
 * `dyad extract`'s events): its tokens, actors, time expressions, places, every candidate trigger with
 * the reason it was or was not coded, and the events coded from it. Throws
 * {@link SentenceOutOfRangeError} for an index the article does not have.
 *
 * ```ts
 * const x = explainSentence({ id: 'a', published: '2025-07-04', text: 'Japan praised Chile.' }, 0);
 * x.candidates[0].outcome; // 'coded'
 * ```
 */
export function explainSentence(article: Article, index: number): SentenceExplanation {
  const doc = segment(article);
  const sentence = doc.sentences[index];
  if (!sentence) throw new SentenceOutOfRangeError(index, doc.sentences.length);
  const timexes = tagTimes(doc);
  const mentions = recognizeActors(doc);
  const places = findPlaces(doc);
  const seen = collectDiagnostics();
  const events = codeEvents(doc, timexes, mentions, places, seen);
  const actorName = (a: CodedEvent['source']) => `${a.name} (${a.code})`;
  return {
    article: article.id,
    sentence: { index, text: sentence.text, start: sentence.start, end: sentence.end },
    sentences: doc.sentences.length,
    tokens: doc.tokens
      .slice(sentence.tokenStart, sentence.tokenEnd)
      .map((t) => ({ i: t.index, text: t.text, lemma: t.lemma, pos: t.pos })),
    actors: mentions
      .filter((m) => m.sentence === index)
      .map((m) => ({
        text: m.text,
        code: m.actor.code,
        name: m.actor.name,
        via: m.via,
        tokens: [m.tokenStart, m.tokenEnd] as const,
      })),
    times: timexes
      .filter((t) => t.sentence === index)
      .map((t) => ({ text: t.text, type: t.type, value: t.value, rule: t.rule })),
    places: places.filter((p) => p.sentence === index).map((p) => ({ name: p.name, country: p.country })),
    candidates: seen.diagnostics.filter((d) => d.sentence === index).sort((a, b) => a.tokenStart - b.tokenStart),
    events: events
      .filter((e) => e.sentence === index)
      .map((e) => ({
        source: actorName(e.source),
        target: e.target ? actorName(e.target) : null,
        cameo: e.cameo,
        plover: e.plover,
        modality: e.modality,
        date: e.date.value,
        rule: e.rule,
      })),
  };
}
