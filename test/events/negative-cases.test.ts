import { describe, expect, it } from 'vitest';
import { codedEvents, eventsOf, expectEvents, expectNoEvent } from '../helpers/domain.js';

// What the coder must not code. Each case that needs an event elsewhere in the text to be meaningful
// also checks that event is there, so that "no such event" cannot pass because nothing was coded at all.

const DAY = '2025-08-20';

describe('no actor, no event', () => {
  it.each([
    'Officials signed an agreement on Monday.',
    'Ministers met and agreed to cooperate.',
    'The weather was warm and the markets rose.',
    'The talks in Geneva ended without a deal.',
    'The meeting between the two sides was cancelled.',
    'He said they would visit soon.',
  ])('%s', (text) => {
    expectNoEvent(text, DAY);
  });

  it('codes nothing from a headline that only names countries', () => {
    expectNoEvent('Japan, South Korea', DAY);
  });
});

describe("background is not today's news", () => {
  it('codes nothing from "the two countries\' relations have long been fraught" alone', () => {
    expectNoEvent("The two countries' relations have long been fraught.", DAY);
  });

  it('codes nothing dated 2025 from a history sentence followed by that remark', () => {
    const text = "Japan and South Korea signed a treaty in 1965. The two countries' relations have long been fraught.";
    expectEvents(text, DAY, [{ source: 'JPN', target: 'KOR', cameo: '057', date: '1965' }]);
    expectNoEvent(text, DAY, (r) => r.date.startsWith('2025'));
    for (const e of codedEvents(text, DAY)) expect(e.history).toBe(true);
  });

  it('does not lend the dateline to an event whose clause gives a past year', () => {
    expectNoEvent('Kenya praised Uganda in 1998.', '2025-03-12', (_r, e) => e.date.source === 'publication');
  });
});

describe('a country named as a place is not a party', () => {
  it('does not make the host country of a conference a target', () => {
    const text = 'Vietnam signed an agreement with Laos at a conference in Japan.';
    expectEvents(text, DAY, [{ source: 'VNM', target: 'LAO', cameo: '057' }]);
    expectNoEvent(text, DAY, (r) => r.target === 'JPN' || r.source === 'JPN');
  });

  it('records it as the place instead', () => {
    const [e] = codedEvents('Vietnam held talks with Laos during a conference in Japan.', DAY);
    expect(e).toMatchObject({
      source: { country: 'VNM' },
      target: { country: 'LAO' },
      place: { country: 'JPN' },
    });
  });

  it('does not make a capital named as a place the source', () => {
    expectNoEvent('Leaders in Tokyo praised Chile.', DAY, (r) => r.source === 'JPN');
  });

  it('does not code a meeting with a country that is only where a summit took place', () => {
    expectNoEvent('Vietnam attended a conference in Japan.', DAY, (r) => r.target === 'JPN');
    expectNoEvent('Vietnam praised the summit held in Japan.', DAY, (r) => r.target === 'JPN');
  });
});

describe('what did not happen is not asserted', () => {
  it('does not assert a negated meeting or visit', () => {
    const text = 'India did not meet Pakistan, and Nepal never visited Bhutan.';
    expect(eventsOf(text, DAY)).toHaveLength(2);
    expectNoEvent(text, DAY, (r) => r.modality === 'asserted');
  });

  it('does not assert a meeting that could happen, or one under "if"', () => {
    expectNoEvent('India could meet Pakistan at the summit.', DAY, (r) => r.modality === 'asserted');
    expectNoEvent('If India meets Pakistan, tensions could ease.', DAY, (r) => r.modality === 'asserted');
    expect(eventsOf('India could meet Pakistan at the summit.', DAY)).not.toEqual([]);
  });

  it('does not assert a planned visit', () => {
    const text = 'Japanese Prime Minister Shigeru Ishiba will visit South Korea next month.';
    expect(eventsOf(text, DAY)).toHaveLength(1);
    expectNoEvent(text, DAY, (r) => r.modality === 'asserted');
  });

  it('does not date a planned visit to the dateline', () => {
    expectNoEvent(
      'Japanese Prime Minister Shigeru Ishiba will visit South Korea next month.',
      DAY,
      (r) => r.date === DAY,
    );
  });
});

describe('words that look like actors', () => {
  it('does not take the pronoun "us" for the United States', () => {
    expectNoEvent('China told us it would cooperate.', DAY, (r) => r.target === 'USA' || r.source === 'USA');
  });

  it('does not take a passive subject for the source', () => {
    expectNoEvent('Peru was praised by Chile.', DAY, (r) => r.source === 'PER');
  });

  it('does not code an actor against itself', () => {
    for (const text of ['Germany and Germany signed a pact.', 'Japan praised Japan.']) {
      expectNoEvent(text, DAY, (_r, e) => e.source.code === e.target?.code);
    }
  });
});
