import { describe, expect, it } from 'vitest';
import { expectNoTimex, timexesOf } from '../helpers/domain.js';

// Words that look like times but are not, in the sentences news actually prints.
describe('not time expressions', () => {
  it('"may" the verb and "May" as a name', () => {
    expectNoTimex('Officials may meet again if the ceasefire holds.');
    expectNoTimex('Theresa May said the talks were constructive.');
  });

  it('a weekday that names a newspaper', () => {
    expectNoTimex('The Sunday Times reported the talks had stalled.');
  });

  it('"March" as a protest', () => {
    expectNoTimex('Thousands joined the March for Peace against the war.');
  });

  it('counts that look like years', () => {
    expectNoTimex('Some 1,945 troops and 2000 soldiers were deployed along the border.');
    expectNoTimex('The council adopted Resolution 1718 unanimously.');
  });

  it('ages are not durations', () => {
    expectNoTimex('A 6-year-old boy was rescued.');
  });

  it('"a day" in an idiom is not a duration', () => {
    expectNoTimex('A day after the vote, the cabinet resigned.');
  });
});

describe('names that hold a year', () => {
  it('tags the year of "the 1965 treaty" as the year it is', () => {
    const times = timexesOf('Tokyo says the 1965 treaty settled all claims.', '2025-07-04');
    expect(times).toEqual([{ text: '1965', type: 'DATE', value: '1965' }]);
  });
});

// Look-alikes of the TimeBank conventions the tagger follows (test/time/timebank-conventions.test.ts).
describe('not time expressions, TimeBank conventions', () => {
  it('"soon" as part of a conjunction', () => {
    expectNoTimex('He was probably killed soon after being captured.');
    expect(timexesOf('The group would leave as soon as Tuesday.', '1989-10-30').map((t) => t.text)).toEqual([
      'Tuesday',
    ]);
  });

  it('idioms and names that hold a time word', () => {
    expectNoTimex('It showed a picture of Gary Cooper from the film "High Noon."');
    expectNoTimex('James Baker, speaking on ABC News\' "This Week," said the request was legal.');
    expectNoTimex("The case is for today's youth what the blockade was for their parents.");
  });

  it('fractions, counts and index levels', () => {
    expectNoTimex('Iraq imports about three-quarters of its food.');
    expectNoTimex('The index shed 47.3 points to close at 2082.1.');
    expectNoTimex('More than two thousand people marched.');
    expectNoTimex('The authorities met the parties.');
  });

  it('"year-end" as an adjective, "the fall" as a drop, "the year before"', () => {
    expectNoTimex('Year-end net was below the level of the year before.');
    expectNoTimex('Analysts blamed the fall in prices.');
  });

  it('"the year that ..." names another year', () => {
    expectNoTimex('It was the year that the wall fell.');
  });
});
