import { describe, expect, it } from 'vitest';
import { segment } from '../../src/text/segment.js';
import { article, extractFrom } from '../helpers/domain.js';

describe('segment', () => {
  it('gives each token its offsets, part of speech and lemma', () => {
    const doc = segment(article('Japan protested. Seoul was silent.'));
    expect(doc.sentences.map((s) => s.text)).toEqual(['Japan protested.', 'Seoul was silent.']);
    const protested = doc.tokens[1]!;
    expect([protested.text, protested.lemma, protested.pos, protested.start, protested.end]).toEqual([
      'protested',
      'protest',
      'VERB',
      6,
      15,
    ]);
  });

  it('mends the lemmas the tagger gets wrong where the coder reads them ("is slated to")', () => {
    const doc = segment(article('The president is slated to visit Tokyo.'));
    expect(doc.tokens.find((t) => t.lower === 'slated')?.lemma).toBe('slate');
    const visit = extractFrom('President Biden is slated to visit Japan next month.', '2024-03-01').events.find(
      (e) => e.source?.country === 'USA' && e.target?.country === 'JPN',
    );
    expect(visit?.modality).toBe('planned');
  });

  it('ends a sentence at a line without punctuation, but not where a hard-wrapped line runs on', () => {
    const sentences = (text: string) => segment(article(text)).sentences.map((s) => s.text);
    // A headline or a dateline line: no punctuation, the next line starts a sentence.
    expect(sentences('Seoul and Tokyo agree on a hotline\nThe two governments signed the accord on Friday.')).toEqual([
      'Seoul and Tokyo agree on a hotline',
      'The two governments signed the accord on Friday.',
    ]);
    // Wrapped before a lower-case word, or after a word that leads into what follows (a preposition, an
    // article, a conjunction), even when the next line starts with a name.
    const wrapped =
      'Four people were killed in\nIsraeli shelling, and the talks between the\nUnited States and\nIran stalled.';
    expect(sentences(wrapped)).toEqual([wrapped]);
    expect(sentences('Japan said the ministers would\nmeet in Seoul.')).toEqual([
      'Japan said the ministers would\nmeet in Seoul.',
    ]);
  });
});
