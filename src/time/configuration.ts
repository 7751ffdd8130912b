import { durationRecognizer } from './recognizers/duration-recognizer.js';
import { explicitDateRecognizer, spelledDayRecognizer } from './recognizers/explicit-date-recognizer.js';
import { fuzzyReferenceRecognizer } from './recognizers/fuzzy-reference-recognizer.js';
import { monthRecognizer } from './recognizers/month-recognizer.js';
import { relativePeriodRecognizer } from './recognizers/relative-period-recognizer.js';
import { weekdayRecognizer } from './recognizers/weekday-recognizer.js';
import { yearRecognizer } from './recognizers/year-recognizer.js';
import { anaphoricRecognizer } from './recognizers/anaphoric-recognizer.js';
import { clockTimeRecognizer } from './recognizers/clock-time-recognizer.js';
import { quarterRecognizer } from './recognizers/quarter-recognizer.js';
import { setRecognizer } from './recognizers/set-recognizer.js';
import { holidayRecognizer } from './recognizers/holiday-recognizer.js';
import { partOfDayRecognizer } from './recognizers/part-of-day-recognizer.js';
import { referencePeriodRecognizer } from './recognizers/reference-period-recognizer.js';
import { seasonRecognizer } from './recognizers/season-recognizer.js';
import { spelledYearRecognizer } from './recognizers/spelled-year-recognizer.js';
import { centuryRecognizer } from './recognizers/century-recognizer.js';
import { yearReferenceRecognizer } from './recognizers/year-reference-recognizer.js';
import { weekendRecognizer } from './recognizers/weekend-recognizer.js';
import { mergeAdjacentRefiner } from './refiners/merge-adjacent-refiner.js';
import { modifierRefiner } from './refiners/modifier-refiner.js';
import { vagueDurationRecognizer } from './recognizers/vague-duration-recognizer.js';
import { overlapRemovalRefiner } from './refiners/overlap-removal-refiner.js';
import { trimPrepositionRefiner } from './refiners/trim-preposition-refiner.js';
import type { TimeRecognizer, TimeRefiner } from './time-recognizer.js';

export interface TimePipelineConfig {
  readonly recognizers: readonly TimeRecognizer[];
  readonly refiners: readonly TimeRefiner[];
}

/** The English news configuration. Recognizers all run; refiners run in order. */
export const englishTimeConfig: TimePipelineConfig = {
  recognizers: [
    // Listed first so that it wins ties of equal span ("a year ago" in a quarterly report is a quarter).
    referencePeriodRecognizer,
    explicitDateRecognizer,
    spelledDayRecognizer,
    weekdayRecognizer,
    relativePeriodRecognizer,
    monthRecognizer,
    yearRecognizer,
    durationRecognizer,
    fuzzyReferenceRecognizer,
    quarterRecognizer,
    setRecognizer,
    clockTimeRecognizer,
    partOfDayRecognizer,
    seasonRecognizer,
    holidayRecognizer,
    anaphoricRecognizer,
    vagueDurationRecognizer,
    spelledYearRecognizer,
    centuryRecognizer,
    yearReferenceRecognizer,
    weekendRecognizer,
  ],
  refiners: [
    // Trim before overlap removal so that spans compare as TimeML would draw them.
    trimPrepositionRefiner,
    overlapRemovalRefiner,
    // After overlaps are settled: widen spans and join neighbours.
    modifierRefiner,
    mergeAdjacentRefiner,
  ],
};
