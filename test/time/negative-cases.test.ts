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
