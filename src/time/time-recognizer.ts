import type { Granularity, TimexType } from '../model.js';
import type { TimeContext } from './time-context.js';

/** A time expression found by a recognizer, relative to the sentence text. */
export interface TimexDraft {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string;
  /** `EVERY` for sets. */
  readonly quant?: string;
  readonly granularity?: Granularity;
  readonly rule: string;
}

/**
 * A recognizer finds one kind of time expression with a word-bounded pattern and normalizes each match,
 * or returns null to reject it.
 */
export interface TimeRecognizer {
  readonly name: string;
  /**
   * A cheap test a sentence must pass before `pattern` runs on it (a word every match contains): most
   * sentences hold no time expression, and the full patterns are the tagger's main cost.
   */
  readonly trigger?: RegExp;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, context: TimeContext): TimexDraft | readonly TimexDraft[] | null;
}

/** A refiner rewrites the candidates of one sentence: overlap removal, merges, filters. */
export interface TimeRefiner {
  readonly name: string;
  refine(drafts: readonly TimexDraft[], context: TimeContext): readonly TimexDraft[];
}

/** Builds a draft for the whole match, or for one of its groups when `group` is given. */
export function draftAt(match: RegExpExecArray, fields: Omit<TimexDraft, 'start' | 'end'>, group?: number): TimexDraft {
  if (group === undefined || match[group] === undefined) {
    return { start: match.index, end: match.index + match[0].length, ...fields };
  }
  const offset = match[0].indexOf(match[group]!);
  const start = match.index + Math.max(0, offset);
  return { start, end: start + match[group]!.length, ...fields };
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  several: -1,
  few: -1,
  many: -1,
};
export const NUMBER_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|many)';

/** A count written in digits or words; -1 for vague counts ("several"). */
export function parseCount(text: string): number {
  const n = Number(text);
  if (!Number.isNaN(n)) return n;
  return NUMBER_WORDS[text.toLowerCase()] ?? -1;
}

/**
 * The last `n` characters before `index`: end-anchored tests (`/\bthe\s+$/`) on the whole prefix would
 * scan the sentence from its start on every match.
 */
export function textBefore(text: string, index: number, n = 40): string {
  return text.slice(Math.max(0, index - n), index);
}
