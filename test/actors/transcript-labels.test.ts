import { describe, expect, it } from 'vitest';
import { extractFrom } from '../helpers/domain.js';

// A transcript of one speaker whose label opens it in ordinary case ("President Kenyatta."), on our own text.

const DAY = '2016-05-20';
const codesOf = (text: string, word: string) =>
  extractFrom(text, DAY)
    .mentions.filter((m) => m.text === word)
    .map((m) => (m.group ?? [m.actor]).map((a) => a.code).join('+'));

describe('a label in ordinary case that opens a transcript', () => {
  const STATEMENT =
    'President Kenyatta. Welcome to Nairobi, Mr. President. Today we discussed trade and security. ' +
    'President Museveni and I agreed to keep working together.';

  it('makes "I" the speaker, and "we" the speaker and the guest addressed', () => {
    expect(codesOf(STATEMENT, 'I')).toEqual(['KENGOV']);
    expect(codesOf(STATEMENT, 'we')).toEqual(['KENGOV+UGAGOV']);
  });

  it('leaves "we" the speaker\'s side where no one is addressed (a briefing)', () => {
    const briefing =
      'President Kenyatta. Today we discussed trade with President Museveni, and we will meet again in June.';
    expect(codesOf(briefing, 'we')).toEqual(['KENGOV', 'KENGOV']);
  });

  it('reads no label from a first sentence that is no titled name', () => {
    expect(codesOf('Trade Talks. Today we discussed trade, Mr. President.', 'we')).toEqual([]);
  });
});

describe('"you" in a transcript', () => {
  it('is the other speaker where the turn addresses the other side by office', () => {
    const joint =
      'PRESIDENT KENYATTA: Once again, Mr. President, I welcome you to Kenya.\n\n' +
      'PRESIDENT MUSEVENI: Thank you, Mr. President. It is my honor to be here.';
    expect(codesOf(joint, 'you')).toEqual(['UGAGOV', 'KENGOV']);
  });

  it('is no one in a turn that addresses no one (the press, in a briefing)', () => {
    const briefing =
      'SENIOR STATE DEPARTMENT OFFICIAL: As you know, the talks start today.\n\nPRESIDENT MUSEVENI: Thank you.';
    expect(codesOf(briefing, 'you')).toEqual([]);
  });
});

describe('the guest of a one-speaker transcript, addressed by office only', () => {
  it("is that office's holder on the day in the first other country the article names", () => {
    const text =
      "PRESIDENT OBAMA: Mr. Prime Minister, welcome. We discussed trade. I appreciate Japan's support.\n\n" +
      'Thank you.';
    const { mentions } = extractFrom(text, '2013-02-22');
    const we = mentions.find((m) => m.text === 'We');
    expect(we?.group?.map((a) => a.code)).toEqual(['USAGOV', 'JPNGOV']);
  });
});

describe('"our two nations" in a transcript', () => {
  it("is the speaker's side and the other speaker's", () => {
    const joint =
      'PRESIDENT KENYATTA: Our talks went well, and our two nations will trade more.\n\n' +
      'PRESIDENT MUSEVENI: Thank you.';
    const { mentions } = extractFrom(joint, DAY);
    expect(mentions.find((m) => m.text === 'our two nations')?.group?.map((a) => a.code)).toEqual(['KENGOV', 'UGAGOV']);
  });
});
