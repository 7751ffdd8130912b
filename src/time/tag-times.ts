import type { Doc, IsoDay, Sentence, Timex } from '../model.js';
import { granularityOf } from './calendar.js';
import { type TimePipelineConfig, englishTimeConfig } from './configuration.js';
import { type TimeContext, createTextTimeContext } from './time-context.js';
import type { TimexDraft } from './time-recognizer.js';

/**
 * Finds and normalizes the time expressions of a document, anchored on the article's publication date
 * and on the tense of each clause, sentence by sentence as the document is split.
 *
 * ```ts
 * tagTimes(segment({ id: 'a', published: '2025-07-04', text: 'Lee spoke on Thursday.' }));
 * // [{ text: 'Thursday', type: 'DATE', value: '2025-07-03', ... }]
 * ```
 */
export function tagTimes(doc: Doc, config: TimePipelineConfig = englishTimeConfig): Timex[] {
  return tagSentences(doc, doc.sentences, config);
}

/**
 * The same tagger on plain text, without tokenizing it: sentences are cut by punctuation only, so
 * this is the fast path for text that needs nothing but its time expressions.
 *
 * ```ts
 * tagTimesInText('The talks will resume next week.', '2025-06-17'); // [{ text: 'next week', value: '2025-W26' }]
 * ```
 */
export function tagTimesInText(
  text: string,
  published: IsoDay,
  config: TimePipelineConfig = englishTimeConfig,
): Timex[] {
  const doc: Doc = { article: { id: '', published, text }, sentences: [], tokens: [] };
  return tagSentences(doc, splitSentences(text), config);
}

// Sentence ends for the text-only path: ., ! or ? before a capital or a quote, and blank lines.
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“(]?[A-Z])|\n\s*\n/g;

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) {
      const s = start + lead;
      sentences.push({
        index: sentences.length,
        start: s,
        end: s + body.length,
        tokenStart: 0,
        tokenEnd: 0,
        text: body,
      });
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].trimEnd().length);
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return sentences;
}

/**
 * Each recognizer runs only on the sentences that pass its cheap trigger test; only its matches are
 * normalized, in the context of their sentence.
 */
function tagSentences(doc: Doc, sentences: readonly Sentence[], config: TimePipelineConfig): Timex[] {
  const published = doc.article.published;
  const out: Timex[] = [];
  let narrativeDay: IsoDay | undefined;
  for (const sentence of sentences) {
    let context: TimeContext | undefined;
    let drafts: TimexDraft[] | undefined;
    for (const recognizer of config.recognizers) {
      if (recognizer.trigger && !recognizer.trigger.test(sentence.text)) continue;
      recognizer.pattern.lastIndex = 0;
      for (const match of sentence.text.matchAll(recognizer.pattern)) {
        context ??= createTextTimeContext(doc, sentence, published, narrativeDay);
        const result = recognizer.extract(match as RegExpExecArray, context);
        if (result) (drafts ??= []).push(...[result].flat());
      }
    }
    if (!drafts || !context) continue;
    let refined: readonly TimexDraft[] = drafts;
    for (const refiner of config.refiners) refined = refiner.refine(refined, context);
    for (const draft of refined) {
      out.push(toTimex(draft, sentence));
      // A named day (not the dateline's own relatives) moves the narrative's reference time.
      if (
        /^\d{4}-\d{2}-\d{2}(?:T[A-Z]{2})?$/.test(draft.value) &&
        /^(?:explicit-date|weekday|holiday|anaphoric)/.test(draft.rule)
      ) {
        narrativeDay = draft.value.slice(0, 10);
      }
    }
  }
  return out;
}

function toTimex(draft: TimexDraft, sentence: Sentence): Timex {
  const dated = draft.type === 'DATE' || draft.type === 'TIME';
  return {
    kind: 'Timex',
    text: sentence.text.slice(draft.start, draft.end),
    start: sentence.start + draft.start,
    end: sentence.start + draft.end,
    sentence: sentence.index,
    type: draft.type,
    value: draft.value,
    granularity: draft.granularity ?? (dated ? granularityOf(draft.value.replace(/T.*$/, '')) : 'ref'),
    ...(draft.mod ? { mod: draft.mod } : {}),
    ...(draft.quant ? { quant: draft.quant } : {}),
    rule: draft.rule,
  };
}
