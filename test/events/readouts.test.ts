import { describe, it } from 'vitest';
import { expectEvents } from '../helpers/domain.js';

// Government readouts (issue #7, lead): the shapes of the State Department and White House releases, on
// sentences of our own.

describe('a list of officials after a date line', () => {
  it('makes every listed official a party of the meeting (044 for the two guests in Tanzania)', () => {
    const text =
      'Mar. 3 - Minister of Foreign Affairs of Kenya Amina Mohamed, Minister of Foreign Affairs of Uganda ' +
      'Sam Kutesa, and the Foreign Minister of Tanzania met in Arusha, Tanzania on Mar. 2 for trilateral talks.';
    expectEvents(text, '2016-03-03', [
      { source: 'KEN', target: 'UGA', cameo: '044', date: '2016-03-02' },
      { source: 'UGA', target: 'TZA', cameo: '040', date: '2016-03-02' },
      { source: 'TZA', target: 'KEN', cameo: '040', date: '2016-03-02' },
    ]);
  });
});

describe('a date after a place written with a comma', () => {
  it('dates the act by "on <day>" after "City, Country", not by the date line', () => {
    expectEvents('Mar. 3 - Uganda met Kenya in Arusha, Tanzania on Mar. 2 for talks on trade.', '2016-03-03', [
      { source: 'UGA', target: 'KEN', cameo: '044', date: '2016-03-02' },
    ]);
  });
});
