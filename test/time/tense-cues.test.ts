import { describe, it } from 'vitest';
import { expectTimex } from '../helpers/domain.js';

// 2024-03-09 is a Saturday; 2024-05-03 a Friday.
const SATURDAY = '2024-03-09';
const FRIDAY = '2024-05-03';

describe('tense cues that point a bare weekday or month the right way', () => {
  it('reads what something has lasted since as behind, after a clause about the future', () => {
    expectTimex('The frigate will sail home after the refit, but it has been at sea since June.', SATURDAY, [
      { text: 'June', type: 'DATE', value: '2023-06' },
    ]);
    expectTimex('The blockade, in place since May, will be lifted.', SATURDAY, [
      { text: 'May', type: 'DATE', value: '2023-05' },
    ]);
  });

  it('reads the present perfect as past', () => {
    expectTimex('Forty people have been wounded in the clashes near the border on Thursday.', SATURDAY, [
      { text: 'Thursday', type: 'DATE', value: '2024-03-07' },
    ]);
  });

  it('does not read "next to" as a cue for the future', () => {
    expectTimex('A shell landed next to the hospital on Thursday, officials said.', SATURDAY, [
      { text: 'Thursday', type: 'DATE', value: '2024-03-07' },
    ]);
  });

  it('reads a schedule in the plural present as ahead', () => {
    expectTimex('The two envoys meet separately Monday with the mediator.', FRIDAY, [
      { text: 'Monday', type: 'DATE', value: '2024-05-06' },
    ]);
  });
});
