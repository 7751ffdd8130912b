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

// A place in a locative phrase on a seat that is the target ("the Dutch embassy in Ankara") says where the seat
// stands, not who acted on it (event-place.ts, `locatesSeat`).
describe("a place that locates the target's seat is not the agent", () => {
  it('does not credit violence against an embassy or consulate to the host country', () => {
    for (const text of [
      'Rioters attacked the Dutch embassy in Ankara on Saturday.',
      'A mob set fire to the Danish consulate in Beirut.',
      'Rioters attacked the Dutch embassy building in Ankara on Saturday.',
    ])
      expectNoEvent(text, DAY, (r) => r.source === 'TUR' || r.source === 'LBN');
  });

  it('still credits violence with no agent to the place where it happened', () => {
    // The place is the act's ("were killed … near Kandahar"), not a phrase on the seat.
    expectEvents('Four Canadian soldiers were killed by a roadside bomb near Kandahar.', DAY, [
      { source: 'AFG', target: 'CAN', cameo: '190' },
    ]);
  });

  it('keeps an identified attacker of an embassy as the source', () => {
    expectEvents('Syrian troops attacked the Dutch embassy in Ankara on Saturday.', DAY, [
      { source: 'SYR', target: 'NLD', cameo: '190' },
    ]);
  });
});

// Protesters set against the government are the opposition of the country the sentence makes clear (src/actors:
// role-in-country.ts, local-opposition.ts), so what they do is coded.
describe("anti-government and opposition protesters as a country's opposition", () => {
  it('codes their clash with the police of their country', () => {
    for (const text of [
      'Anti-government demonstrators in Caracas clashed with police on Sunday.',
      'Venezuelan anti-government demonstrators clashed with police on Sunday.',
      'Anti-government demonstrators clashed with police in Caracas on Sunday.',
    ])
      expectEvents(text, DAY, [{ source: 'VEN', target: 'VEN', cameo: '145' }]);
  });

  it('codes nothing when the sentence does not make their country clear', () => {
    expectNoEvent('Anti-government demonstrators clashed with police on Sunday.', DAY);
    expectNoEvent(
      'Anti-government demonstrators clashed with police outside the Cuban embassy in Caracas.',
      DAY,
      (r) => r.source === 'VEN' || r.source === 'CUB',
    );
  });
});
