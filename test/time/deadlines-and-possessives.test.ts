import { describe, it } from 'vitest';
import { expectTimex } from '../helpers/domain.js';

// 2024-05-03 is a Friday: the Wednesday before is 2024-05-01, the Tuesday before 2024-04-30, the next 2024-05-07.
const FRIDAY = '2024-05-03';

describe('a weekday in the possessive', () => {
  it('is the one before when only a reported "would" looks ahead', () => {
    expectTimex("The opposition said it would seek ways to overturn Wednesday's verdict.", FRIDAY, [
      { text: 'Wednesday', type: 'DATE', value: '2024-05-01' },
    ]);
    expectTimex("Lawyers for the family said they would appeal Tuesday's decision by the court.", FRIDAY, [
      { text: 'Tuesday', type: 'DATE', value: '2024-04-30' },
    ]);
  });

  it('stays ahead when the clause itself says so', () => {
    expectTimex("The minister will attend Sunday's summit in Paris.", FRIDAY, [
      { text: 'Sunday', type: 'DATE', value: '2024-05-05' },
    ]);
  });

  it('leaves a weekday that is no possessive after "would" ahead', () => {
    expectTimex('He said he would meet the envoy on Sunday.', FRIDAY, [
      { text: 'Sunday', type: 'DATE', value: '2024-05-05' },
    ]);
  });
});

describe('a deadline after "until" or "by"', () => {
  it('is the coming day when what is due follows', () => {
    expectTimex('The ministry has given the strikers until 9 a.m. Tuesday to return to work.', FRIDAY, [
      { text: '9 a.m. Tuesday', type: 'TIME', value: '2024-05-07T09:00' },
    ]);
    expectTimex('The rebels have until Sunday to lay down their arms.', FRIDAY, [
      { text: 'Sunday', type: 'DATE', value: '2024-05-05' },
    ]);
  });

  it('is the coming day when the clause names the deadline, whatever its tense', () => {
    expectTimex('The army extended its deadline until 6 p.m. EST Tuesday.', FRIDAY, [
      { text: '6 p.m. EST Tuesday', type: 'TIME', value: '2024-05-07T18:00' },
    ]);
  });

  it('is not a deadline after a plain past, or with nothing due', () => {
    expectTimex('The talks lasted until Tuesday.', FRIDAY, [{ text: 'Tuesday', type: 'DATE', value: '2024-04-30' }]);
    expectTimex('Police held the suspects until Tuesday to question them.', FRIDAY, [
      { text: 'Tuesday', type: 'DATE', value: '2024-04-30' },
    ]);
  });
});
