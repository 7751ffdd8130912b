import type { Doc, IsoDay, Sentence } from '../model.js';
import { parseDay } from './calendar.js';
import { textBefore } from './time-recognizer.js';

/** Which way a relative expression points: the tense of the clause it sits in. */
export type Direction = 'past' | 'future' | 'present' | 'unknown';

/** Everything a time recognizer may read: the sentence, its tokens, and the article's dateline. */
export interface TimeContext {
  readonly doc: Doc;
  readonly sentence: Sentence;
  /** The publication date: every relative expression is anchored on it. */
  readonly published: IsoDay;
  readonly anchor: Date;
  /** Tense around a character offset of the sentence text. */
  direction(offsetInSentence: number): Direction;
  /** The cue word that decides `direction` there ("would", "said"); undefined when none does. */
  cue(offsetInSentence: number): string | undefined;
  /**
   * The last day the narrative named before this sentence ("On June 3 ... The next day ..."), which
   * anaphoric expressions are anchored on, as TimeML does; undefined when none was named.
   */
  readonly narrativeDay?: IsoDay;
}

// Cue words for the tense of a clause, read from the raw text (no tokens needed, so the tagger can run on
// plain text): the last cue before the expression decides, else the first one after it; news defaults to
// whichever is nearer ("unknown").
const CUE =
  /\b((?:meets?|visits|travels|heads|arrives|departs|hosts|convenes|returns|flies)(?= (?:separately |again |briefly )?(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|had been (?:due|scheduled|slated|expected|set) to|will|'ll|shall|won't|wo n't|would|going to|scheduled (?:to|for)|slated (?:to|for)|expected to|due to|plans? to|planning to|set to|is to|are to|as soon as|payable|effective|tomorrow|upcoming|next(?!\s+to\b)|now|currently|today|ha(?:s|ve) been|was|were|had|did|said|says|told|ago|yesterday|last|[a-z]+ed|met|spoke|took|made|held|went|came|left|gave|sent|saw|began|won|lost|fell|rose|ran|found|got|paid|sold|bought|brought|thought|became|struck|led)\b/gi;
// A cue is read by its first word(s); `\b` keeps "planned" (past) apart from "plans to" (future).
const FUTURE =
  /^(?:meets?|visits|travels|heads|arrives|departs|hosts|convenes|returns|flies|will|'ll|shall|won't|wo n't|would|going to|scheduled|slated|expected|due|plans?|planning|set to|is to|are to|as soon as|payable|effective|tomorrow|upcoming|next)\b/i;
const PRESENT = /^(now|currently|today|says)$/i;
// Words in -ed that are not past-tense verbs ("will succeed", "a hundred", "the United Nations").
const NOT_PAST =
  /^(?:need|succeed|proceed|exceed|indeed|speed|feed|seed|breed|bleed|heed|red|bed|shed|hundred|sacred|naked|united|limited|armed|based|alleged|related|detailed)$/i;

function classify(cue: string): Direction {
  if (FUTURE.test(cue)) return 'future';
  if (PRESENT.test(cue)) return 'present';
  return 'past';
}

// A participle after "be" or an article is passive or adjectival ("would be paid", "a still unspecified
// date"), not a past tense.
const PARTICIPLE = /ed$|^(?:paid|sold|held|made|sent|led|found|bought|brought|given|taken|seen)$/i;
const AFTER_BE = /\b(?:be|been|being|is|are|am|a|an|the|still)\s+$/i;

const SINCE = /\bsince\s+(?:(?:early|late|the\s+end\s+of)\s+|mid-)?$/i;

// Contexts are made per sentence; the anchor day is the same for the whole article.
const anchors = new Map<IsoDay, Date>();
function anchorOf(published: IsoDay): Date {
  let anchor = anchors.get(published);
  if (!anchor) {
    if (anchors.size > 10_000) anchors.clear();
    anchor = parseDay(published);
    anchors.set(published, anchor);
  }
  return anchor;
}

/** A context over one sentence of text; `doc` may be a bare `{ article }` when no tokens exist. */
export function createTextTimeContext(
  doc: Doc,
  sentence: Sentence,
  published: IsoDay,
  narrativeDay?: IsoDay,
): TimeContext {
  let cues: { at: number; word: string; direction: Direction }[] | undefined;
  const deciding = (offset: number): { word: string; direction: Direction } | undefined => {
    cues ??= [...sentence.text.matchAll(CUE)]
      .filter(
        (m) =>
          !NOT_PAST.test(m[1]!) && !(PARTICIPLE.test(m[1]!) && AFTER_BE.test(textBefore(sentence.text, m.index, 12))),
      )
      .map((m) => ({ at: m.index, word: m[1]!, direction: classify(m[1]!) }));
    let before: { word: string; direction: Direction } | undefined;
    for (const cue of cues) {
      if (cue.at >= offset) return before ?? cue;
      before = cue;
    }
    return before;
  };
  return {
    doc,
    sentence,
    published,
    anchor: anchorOf(published),
    ...(narrativeDay ? { narrativeDay } : {}),
    direction(offset) {
      // "has been on patrol since March": what something has lasted since lies behind, whatever the clause says.
      if (SINCE.test(textBefore(sentence.text, offset, 20))) return 'past';
      return deciding(offset)?.direction ?? 'unknown';
    },
    cue(offset) {
      return deciding(offset)?.word;
    },
  };
}
