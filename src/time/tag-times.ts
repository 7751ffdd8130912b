import type { Doc, Timex } from '../model.js';
import { granularityOf } from './calendar.js';
import { type TimePipelineConfig, englishTimeConfig } from './configuration.js';
import { createTimeContext } from './time-context.js';
import type { TimexDraft } from './time-recognizer.js';

/**
 * Finds and normalizes the time expressions of a document, sentence by sentence, anchored on the
 * article's publication date and on the tense of each clause.
 *
 * ```ts
 * tagTimes(segment({ id: 'a', published: '2025-07-04', text: 'Lee spoke on Thursday.' }));
 * // [{ text: 'Thursday', type: 'DATE', value: '2025-07-03', ... }]
 * ```
 */
export function tagTimes(doc: Doc, config: TimePipelineConfig = englishTimeConfig): Timex[] {
  const out: Timex[] = [];
  for (const sentence of doc.sentences) {
    const context = createTimeContext(doc, sentence);
    let drafts: TimexDraft[] = [];
    for (const recognizer of config.recognizers) {
      recognizer.pattern.lastIndex = 0;
      for (const match of sentence.text.matchAll(recognizer.pattern)) {
        const result = recognizer.extract(match as RegExpExecArray, context);
        if (result) drafts = drafts.concat(result);
      }
    }
    let refined: readonly TimexDraft[] = drafts;
    for (const refiner of config.refiners) refined = refiner.refine(refined, context);
    for (const draft of refined) {
      out.push({
        kind: 'Timex',
        text: sentence.text.slice(draft.start, draft.end),
        start: sentence.start + draft.start,
        end: sentence.start + draft.end,
        sentence: sentence.index,
        type: draft.type,
        value: draft.value,
        granularity:
          draft.granularity ??
          (draft.type === 'DATE' || draft.type === 'TIME' ? granularityOf(draft.value.replace(/T.*$/, '')) : 'ref'),
        ...(draft.mod ? { mod: draft.mod } : {}),
        ...(draft.quant ? { quant: draft.quant } : {}),
        rule: draft.rule,
      });
    }
  }
  return out;
}
