import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Fifteenth round: general coder defects, on sentences of our own.

const DAY = '2025-10-14';

// An adverb between a noun and the participle of its reduced relative clause ("troops recently praised by the EU
// attacked …") leaves the clause a passive on the noun (passive.ts, `participleHost`).
describe('a reduced relative passive with an adverb before the participle', () => {
  it('codes the participle from its "by" phrase to the noun, not as the noun\'s act', () => {
    const text = 'Malian soldiers recently praised by the African Union raided a jihadist camp near Gao.';
    expectNoEvent(text, DAY, (r, e) => e.trigger === 'praised' && r.source === 'MLI');
    expectEvents(text, DAY, [{ source: 'IGO', target: 'MLI', cameo: '051' }]);
  });

  it('reads "-ly" adverbs and a bare "long" the same way', () => {
    for (const [text, source] of [
      ['Zambian police widely criticized by Britain detained three opposition lawmakers in Lusaka.', 'GBR'],
      ['Zambian police long criticized by Britain detained three opposition lawmakers in Lusaka.', 'GBR'],
    ] as const) {
      expectNoEvent(text, DAY, (r, e) => e.trigger === 'criticized' && r.source === 'ZMB');
      expectEvents(text, DAY, [{ source, target: 'ZMB', cameo: '111' }]);
    }
  });

  it("keeps the main clause's subject for the main verb", () => {
    expectEvents('Malian soldiers recently praised by the African Union attacked rebels from Niger.', DAY, [
      { source: 'MLI', cameo: '190' },
    ]);
  });

  it('leaves an active verb after an adverb alone', () => {
    // No "by" phrase and a verb after it: an ordinary active clause.
    expectEvents('Senegal sharply criticized Gambia on Tuesday.', DAY, [
      { source: 'SEN', target: 'GMB', cameo: '111' },
    ]);
    // "by" and no verb after its noun phrase: still active.
    expectEvents('Senegal publicly criticized Gambia by name.', DAY, [{ source: 'SEN', target: 'GMB', cameo: '111' }]);
    expectNoEvent('Senegal publicly criticized Gambia by name.', DAY, (r) => r.source === 'GMB');
  });
});
