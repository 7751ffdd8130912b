import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Thirteenth round: a sentence that opens on "It" goes on with the country or organization that opened the
// sentence before (pronoun-subject.ts). Sentences of our own: each case it must code, and cases it must leave alone.

const DAY = '2025-09-10';
const venezuelaOn = (target: string) => (r: { source: string; target: string | null }) =>
  r.source === 'VEN' && r.target === target;

describe('a sentence-initial "It" stands for the party that opened the sentence before', () => {
  it('codes the country or organization of the sentence before as the source', () => {
    expectEvents(
      'Venezuela closed its border crossings on Sunday. It blamed Colombia for the smuggling of fuel.',
      DAY,
      [{ source: 'VEN', target: 'COL' }],
    );
    expectEvents(
      'The United Nations met in Geneva on Tuesday. It condemned Syria for the attack on the village.',
      DAY,
      [{ source: 'IGO', target: 'SYR', cameo: '111' }],
    );
  });

  it('takes a body named with its country ("Venezuela\'s army") as that body', () => {
    expectEvents("Venezuela's army closed the border. It condemned Colombia for the raid.", DAY, [
      { source: 'VEN', target: 'COL', cameo: '111' },
    ]);
  });

  it('reads past auxiliaries and adverbs, and follows a chain of such sentences', () => {
    expectEvents(
      'Venezuela closed its border crossings. It has also accused Colombia of smuggling fuel. It then denounced Peru.',
      DAY,
      [
        { source: 'VEN', target: 'COL' },
        { source: 'VEN', target: 'PER' },
      ],
    );
  });

  it('leaves an expletive "It" alone', () => {
    expectNoEvent('Venezuela closed its border. It takes courage to criticize Colombia.', DAY, venezuelaOn('COL'));
  });

  it('leaves "It is" alone', () => {
    expectNoEvent('Venezuela closed its border. It is time to punish Colombia.', DAY, venezuelaOn('COL'));
  });

  it('leaves "It" alone after two parties', () => {
    expectNoEvent('Venezuela and Ecuador met. It condemned Colombia for the raid.', DAY, (r) => r.target === 'COL');
  });

  it('leaves "It" alone after a phrase before the party', () => {
    expectNoEvent(
      'After the raid, Venezuela closed the border. It condemned Colombia.',
      DAY,
      (r) => r.target === 'COL',
    );
  });

  it('leaves "It" alone after a person', () => {
    expectNoEvent('President Nicolas Maduro closed the border. It condemned Colombia.', DAY, (r) => r.target === 'COL');
  });
});
