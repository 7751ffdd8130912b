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
});
