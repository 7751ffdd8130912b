import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Doc, Sentence, Token } from '../model.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

// The model takes ~130 ms to load: load it once, on first use, so importing dyad stays cheap. Only sentence
// boundaries and part of speech are run (lemmas come from POS): wink's default pipe also runs negation,
// sentiment and its own entity recognizers, which dyad does not use and which cost more than half the time.
function engine(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Splits an article into sentences and tokens with character offsets, part of speech and lemma.
 * Sentences never cross a paragraph break (a blank line) or a line that ends without punctuation
 * (headlines, datelines, captions), which wink-nlp alone would join to the next sentence.
 *
 * ```ts
 * const doc = segment(article);
 * doc.sentences[0].text; // 'South Korean President Lee ...'
 * ```
 */
export function segment(article: Article): Doc {
  const text = article.text;
  const wink = engine();
  const its = wink.its;
  const parsed = wink.readDoc(text);
  const values = parsed.tokens().out(its.value) as string[];
  const spaces = parsed.tokens().out(its.precedingSpaces) as string[];
  const tags = parsed.tokens().out(its.pos) as string[];
  // The published typings declare `its.lemma` with another signature than `out()` accepts.
  const lemmas = parsed.tokens().out(its.lemma as unknown as typeof its.value) as string[];

  const starts: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = cursor + (spaces[i]?.length ?? 0);
    // wink-nlp is lossless, but be robust to any normalization: find the token from the cursor on.
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, cursor);
      at = found >= 0 ? found : at;
    }
    starts.push(at);
    cursor = at + value.length;
  }

  const winkSentenceStarts = new Set<number>();
  parsed.sentences().each((s: { tokens(): { itemAt(i: number): { index(): number } } }) => {
    winkSentenceStarts.add(s.tokens().itemAt(0).index());
  });

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  const closeSentence = () => {
    const end = tokens.length;
    if (end <= sentenceStart) return;
    const first = tokens[sentenceStart]!;
    const last = tokens[end - 1]!;
    sentences.push({
      index: sentences.length,
      start: first.start,
      end: last.end,
      tokenStart: sentenceStart,
      tokenEnd: end,
      text: text.slice(first.start, last.end),
    });
    sentenceStart = end;
  };

  // wink-nlp gives runs of line breaks as SPACE tokens: they are sentence edges, never tokens.
  let pendingSpace = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (tags[i] === 'SPACE' || value.trim() === '') {
      pendingSpace += (spaces[i] ?? '') + value;
      continue;
    }
    const space = pendingSpace + (spaces[i] ?? '');
    pendingSpace = '';
    const previous = tokens[tokens.length - 1];
    if (previous && (winkSentenceStarts.has(i) || breaksLine(space, previous, value))) closeSentence();
    tokens.push({
      index: tokens.length,
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmaOf(lemmas[i] ?? value),
      pos: tags[i] ?? 'X',
      start: starts[i]!,
      end: starts[i]! + value.length,
      sentence: sentences.length,
    });
  }
  closeSentence();
  return { article, sentences, tokens };
}

// Lemmas wink-nlp gets wrong where the coder needs them: "is slated to meet" (a plan) came out as "slat".
const LEMMA_FIXES: ReadonlyMap<string, string> = new Map([['slat', 'slate']]);

function lemmaOf(raw: string): string {
  const lemma = raw.toLowerCase();
  return LEMMA_FIXES.get(lemma) ?? lemma;
}

// A blank line always ends a sentence; a single newline does unless the text is hard-wrapped
// mid-sentence: the line ends in a word and the next begins in lower case, or the line ends in a word no
// sentence or headline ends in ("killed in / Israeli tank shelling", "talks between the / United States").
function breaksLine(space: string, previous: Token, next: string): boolean {
  // Called for every token: counted without building an array.
  const first = space.indexOf('\n');
  if (first < 0) return false;
  if (space.indexOf('\n', first + 1) >= 0) return true;
  if (/[\p{L}\p{N},;]$/u.test(previous.text) && /^\p{Ll}/u.test(next)) return false;
  return !(LEADING_POS.has(previous.pos) && /^\p{Ll}+$/u.test(previous.text));
}

// Words that lead into what follows them: a preposition, an article, a conjunction, "to".
const LEADING_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);
