import { describe, expect, it } from 'vitest';
import { codedEvents, expectEvents, expectNoEvent } from '../helpers/domain.js';

// Tenth round (issue #7): readout wordings of the public-domain articles, tested on sentences of our own.

const DAY = '2025-08-20';

describe('a subject whose second person holds two joined titles', () => {
  it('conjoins "The Secretary and Director and Foreign Minister Wang"', () => {
    const text =
      'Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Washington. ' +
      'The Secretary and Director and Foreign Minister Wang discussed a range of regional issues.';
    const discussed = codedEvents(text, DAY).filter((e) => e.evidence.text.includes('discussed'));
    expect(discussed.map((e) => `${e.source.country}>${e.target?.country} ${e.cameo}`).sort()).toEqual([
      'CHN>USA 040',
      'USA>CHN 040',
    ]);
  });

  it('conjoins "Kenya and Deputy President and Interior Minister"-style subjects of other kinds', () => {
    expectEvents('President Ruto and Chairman and Prime Minister Abiy Ahmed discussed the border.', DAY, [
      { source: 'KEN', target: 'ETH', cameo: '040' },
    ]);
  });

  it('does not join a lower-case common noun phrase as a title', () => {
    expectNoEvent(
      'President Ruto and the farmers and Prime Minister Abiy Ahmed discussed the border.',
      DAY,
      (r) => r.source === 'KEN' && r.target === 'ETH',
    );
  });
});

describe('talks carried on', () => {
  it('are talks held ("continued their talks")', () => {
    expectEvents('Kenya continued its talks with Uganda on Tuesday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '040' },
    ]);
  });

  it('are an intent to meet when still to come ("will continue their discussions on Friday")', () => {
    expectEvents('President Ruto and President Museveni will continue their discussions on Friday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '036', modality: 'planned' },
    ]);
    expectNoEvent('President Ruto and President Museveni will continue their discussions on Friday.', DAY, (r) =>
      r.cameo.startsWith('04'),
    );
  });
});

describe('a meeting "between A and B"', () => {
  it('has the two named as its parties, whoever reports on it', () => {
    const text =
      'The Nation newspaper reported on a meeting yesterday at State House between President Ruto and ' +
      'Ugandan opposition leader Bobi Wine.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '040', date: '2025-08-19' }]);
  });

  it('codes talks between two governments both ways', () => {
    expectEvents('Diplomats said the talks between Ethiopia and Eritrea took place in Algiers on Monday.', DAY, [
      { source: 'ETH', target: 'ERI' },
      { source: 'ERI', target: 'ETH' },
    ]);
  });

  it('leaves a meeting another actor hosts to that host, with the two as its targets', () => {
    expectEvents('Kenya offered to host a meeting between Sudan and South Sudan.', DAY, [
      { source: 'KEN', target: 'SDN' },
      { source: 'KEN', target: 'SSD' },
    ]);
    expectNoEvent('Kenya offered to host a meeting between Sudan and South Sudan.', DAY, (r) => r.source === 'SDN');
  });
});

describe('a sanction on people named by what they do', () => {
  it('is aimed at the party they work for', () => {
    expectEvents(
      'Today, the United States sanctioned three companies and two individuals involved in schemes to raise money for the Iranian government.',
      DAY,
      [{ source: 'USA', target: 'IRN', cameo: '163' }],
    );
    expectEvents('The European Union imposed sanctions on four bankers acting on behalf of Syria.', DAY, [
      { source: 'IGO', target: 'SYR' },
    ]);
  });

  it('takes no party from a "for" phrase that names none', () => {
    expectNoEvent('The United States sanctioned two companies for two years.', DAY);
  });
});

describe('an earlier act named as the background of another', () => {
  it('is not an event of the day when it has no time of its own', () => {
    const text = "The meeting was part of a reciprocal visit following President Ruto's travel to Kampala.";
    expectNoEvent(text, DAY, (r) => r.source === 'KEN' && r.target === 'UGA');
  });

  it('is kept, dated, when it has one', () => {
    const text =
      "The meeting was part of a reciprocal visit following President Ruto's travel to Kampala in June 2024.";
    expectEvents(text, DAY, [{ source: 'KEN', target: 'UGA', cameo: '042', date: '2024-06' }]);
  });

  it("is kept when the act is the clause's own", () => {
    expectEvents("President Ruto's travel to Kampala ended on Monday.", DAY, [
      { source: 'KEN', target: 'UGA', cameo: '042' },
    ]);
  });
});

describe('guests received "from" their party', () => {
  it('make a visit (042) to the host, who hosts it (043)', () => {
    expectEvents('President Ruto received a delegation from the Ugandan government on Monday.', DAY, [
      { source: 'KEN', target: 'UGA', cameo: '043' },
      { source: 'UGA', target: 'KEN', cameo: '042' },
    ]);
  });

  it('are not made to travel when only named ("hosted President Museveni")', () => {
    expectNoEvent('President Ruto hosted President Museveni in Nairobi on Monday.', DAY, (r) => r.cameo === '042');
  });
});
