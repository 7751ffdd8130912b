import { durationRecognizer } from './recognizers/duration-recognizer.js';
import { explicitDateRecognizer } from './recognizers/explicit-date-recognizer.js';
import { fuzzyReferenceRecognizer } from './recognizers/fuzzy-reference-recognizer.js';
import { monthRecognizer } from './recognizers/month-recognizer.js';
import { relativePeriodRecognizer } from './recognizers/relative-period-recognizer.js';
import { weekdayRecognizer } from './recognizers/weekday-recognizer.js';
import { yearRecognizer } from './recognizers/year-recognizer.js';
import { clockTimeRecognizer } from './recognizers/clock-time-recognizer.js';
import { quarterRecognizer } from './recognizers/quarter-recognizer.js';
import { setRecognizer } from './recognizers/set-recognizer.js';
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
    explicitDateRecognizer,
    weekdayRecognizer,
    relativePeriodRecognizer,
    monthRecognizer,
    yearRecognizer,
    durationRecognizer,
    fuzzyReferenceRecognizer,
    quarterRecognizer,
    setRecognizer,
    clockTimeRecognizer,
  ],
  refiners: [
    // Trim before overlap removal so that spans compare as TimeML would draw them.
    trimPrepositionRefiner,
    overlapRemovalRefiner,
  ],
};
