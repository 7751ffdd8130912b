import type { Doc, IsoDay, Sentence } from '../model.js';
import { parseDay } from './calendar.js';

/** Which way a relative expression points: the tense of the clause it sits in. */
export type Direction = 'past' | 'future' | 'present';

/** Everything a time recognizer may read: the sentence, its tokens, and the article's dateline. */
export interface TimeContext {
  readonly doc: Doc;
  readonly sentence: Sentence;
  /** The publication date: every relative expression is anchored on it. */
  readonly published: IsoDay;
  readonly anchor: Date;
  /** Tense around a character offset of the sentence text. */
  direction(offsetInSentence: number): Direction;
}

// Words that put the clause after them in the future ("will hold ... Thursday").
const FUTURE = new Set([
  'will',
  "'ll",
  'shall',
  'upcoming',
  'next',
  'scheduled',
  'slated',
  'expected',
  'plan',
  'plans',
  'planning',
  'set',
  'going',
  'ahead',
  'tomorrow',
  'coming',
]);
const PRESENT = new Set(['now', 'currently', 'today']);

export function createTimeContext(doc: Doc, sentence: Sentence): TimeContext {
  const published = doc.article.published;
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  return {
    doc,
    sentence,
    published,
    anchor: parseDay(published),
    direction(offset) {
      // The nearest tense cue before the expression in its clause decides; news defaults to the past.
      const at = sentence.start + offset;
      let verdict: Direction = 'past';
      for (const token of tokens) {
        if (token.start >= at) break;
        if (token.text === ';' || token.text === '"' || token.text === '“') verdict = 'past';
        else if (FUTURE.has(token.lower)) verdict = 'future';
        else if (PRESENT.has(token.lower)) verdict = 'present';
        else if (token.pos === 'VERB' || token.pos === 'AUX') {
          if (looksPast(token.lower, token.lemma)) verdict = 'past';
        }
      }
      return verdict;
    },
  };
}

function looksPast(word: string, lemma: string): boolean {
  if (word === lemma) return false;
  return (
    word.endsWith('ed') ||
    [
      'was',
      'were',
      'had',
      'did',
      'said',
      'met',
      'spoke',
      'took',
      'made',
      'held',
      'went',
      'came',
      'left',
      'told',
      'gave',
      'sent',
      'saw',
    ].includes(word)
  );
}
