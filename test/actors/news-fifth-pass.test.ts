import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

const pronouns = (text: string, day: string) =>
  actorsOf(text, day)
    .filter((a) => ['he', 'she'].includes(a.text.toLowerCase()))
    .map((a) => a.code);

describe('"he" or "she" after the subject of a verb of saying', () => {
  it('is the subject right before the verb, not a person in a fronted phrase', () => {
    const text =
      'In a message to President Hosni Mubarak of Egypt, sent through the Saudi embassy, Saddam said he would free the hostages.';
    expect(pronouns(text, '1990-08-20')).toEqual(['IRQGOV']);
  });

  it('is the body a spokesman or an officer speaks for, not a person named in an earlier sentence', () => {
    const text =
      'President Fidel Castro accused Washington of delays on Monday. A State Department duty officer said she had not seen the remarks.';
    expect(pronouns(text, '2000-03-28')).toEqual(['USAGOV']);
  });

  it('still reads the first person of the sentence when a country stands right before the verb', () => {
    const text = 'Nhek Bunchhay, a loyalist of Prime Minister Hun Sen, said he had sent a team to the border.';
    expect(actorsOf(text, '1996-02-19').find((a) => a.text === 'he')?.name).toBe('Nhek Bunchhay');
  });

  it('keeps the person the pronoun went on with when the subject is a plain noun', () => {
    const text = 'President Clinton flew to Ohio on Monday. A witness said he waved to the crowd.';
    expect(pronouns(text, '1998-03-03')).toEqual(['USAGOV']);
  });
});

describe('"he" or "she" after a speaker nobody knows', () => {
  it('is nobody, and the pronouns after it go on with that speaker', () => {
    const text =
      "President Clinton said he would decide soon. The boy's grandfather, Raul, told reporters that he would fly to Miami. He said he was ready.";
    expect(pronouns(text, '2000-01-15')).toEqual(['USAGOV']);
  });

  it('is the known person when the speaker is named again in full', () => {
    const text =
      'Cambodian Gen. Nhek Bunchhay met the envoy on Monday. The talks went well. Nhek Bunchhay said he would return.';
    expect(actorsOf(text, '1998-02-19').find((a) => a.text === 'he')?.name).toBe('Nhek Bunchhay');
  });

  it('does not take a place after a preposition for the speaker', () => {
    const text = 'President Bush, speaking from his home in Maine, said he saw little hope.';
    expect(pronouns(text, '1990-08-16')).toEqual(['USAGOV']);
  });
});
