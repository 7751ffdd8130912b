import { describe, expect, it } from 'vitest';
import { cameoRoot, codedEvents, eventsOf, expectEvents, expectNoEvent } from '../helpers/domain.js';

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
    // Attending it is a trip to Japan (042), which the seeds' gold and the PETRARCH suite code; not a meeting.
    expectNoEvent('Vietnam attended a conference in Japan.', DAY, (r) => r.target === 'JPN' && r.cameo !== '042');
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

describe('history, plans, denials and hypotheses are not asserted as news of today', () => {
  it('dates a war of 1937 in 1937 and flags it as history', () => {
    expectEvents('Japan invaded China in 1937.', DAY, [{ source: 'JPN', target: 'CHN', date: '1937' }]);
    for (const e of codedEvents('Japan invaded China in 1937.', DAY)) expect(e.history).toBe(true);
  });

  it('does not assert a deal that will be signed next month, and dates it next month', () => {
    const text = 'Peru will sign a trade deal with Chile next month.';
    expectEvents(text, DAY, [{ source: 'PER', target: 'CHL', modality: 'planned', date: '2025-09' }]);
    expectNoEvent(text, DAY, (r) => r.modality === 'asserted' || r.date === DAY);
  });

  it('does not assert an attack a party denies, but codes the denial', () => {
    const text = 'Japan denied attacking China.';
    expectEvents(text, DAY, [{ source: 'JPN', target: 'CHN', cameo: '016' }]);
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('19') && r.modality === 'asserted');
  });

  it('does not assert an attack under "if"', () => {
    const text = 'If Russia attacks Poland, NATO will respond.';
    expect(eventsOf(text, DAY)).not.toEqual([]);
    expectNoEvent(text, DAY, (r) => r.modality === 'asserted');
  });

  it('does not assert an attack a speaker says will never happen', () => {
    const text = '"We will never attack Japan," the Chinese president said.';
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('19') && r.modality === 'asserted');
  });

  it('does not make the victims of an attack with no named attacker its source', () => {
    expectNoEvent('Four Peruvian soldiers were killed in Chile.', DAY, (r) => r.source === 'PER');
  });
});

describe('reported speech codes what was reported, not the saying', () => {
  it('codes the attack Ukraine reports, and no statement by Ukraine', () => {
    const text = 'Ukraine said Russia attacked Poland.';
    expectEvents(text, DAY, [{ source: 'RUS', target: 'POL', cameo: '190' }]);
    // Reporting another party's attack is accusing it (112), which is not a statement.
    expectNoEvent(text, DAY, (r) => r.source === 'UKR' && r.cameo !== '112');
  });

  it('does not take the subject of the said clause for the one spoken to', () => {
    expectNoEvent('Brazil said Chile will hold elections.', DAY, (r) => r.source === 'BRA' && r.target === 'CHL');
  });

  it('takes the speaker after the words said for the source, never an actor inside them', () => {
    const text = '"Iraq will be defeated," said the Egyptian foreign minister.';
    expectNoEvent(text, DAY, (r) => r.source === 'IRQ' || r.target === 'EGY');
    const backquoted = "``Iraq forever returns to the free world,'' said the Egyptian foreign minister.";
    expectNoEvent(backquoted, DAY, (r) => r.source === 'IRQ' || r.target === 'EGY');
    const own = '"We will not leave Kuwait," said Saddam Hussein, the Iraqi president.';
    expectNoEvent(own, DAY, (r) => r.target === 'IRQ');
  });

  it('reads "said X must" as a demand on X', () => {
    expectEvents('Britain said Libya must hand over the suspects.', DAY, [
      { source: 'GBR', target: 'LBY', cameo: '100' },
    ]);
  });
});

describe('a headline or caption that repeats a sentence is coded once', () => {
  it('codes a repeated sentence once', () => {
    const sentence = 'Germany praised France for its climate policy.';
    const text = `${sentence}\n\n${sentence}\n\nThe two countries have long cooperated.`;
    expect(eventsOf(text, DAY).filter((r) => r.source === 'DEU' && r.cameo === '051')).toHaveLength(1);
  });
});

describe('sports and business uses of political verbs', () => {
  it('codes "attacked" between countries as an attack', () => {
    expectEvents('Germany attacked France.', DAY, [{ source: 'DEU', target: 'FRA', cameo: '190' }]);
  });

  it.each([
    'Germany attacked France in the second half of the match.',
    'Germany attacked France 2-1 in the World Cup qualifier.',
    'Brazil attacked Argentina early in the final.',
  ])('codes no assault from a game: %s', (text) => {
    expectNoEvent(text, DAY, (r) => cameoRoot(r.cameo) >= 17);
  });

  it('codes no assault from a market', () => {
    expectNoEvent(
      "Japan attacked China's market share in steel with lower prices.",
      DAY,
      (r) => cameoRoot(r.cameo) >= 17,
    );
  });

  it('still codes an attack on a market place', () => {
    expectEvents('Russia attacked a market in Ukraine.', DAY, [{ source: 'RUS', target: 'UKR' }]);
  });
});

describe('armed defence is not verbal support', () => {
  it('codes no 052 for defending against a threat, and keeps the commitment around it', () => {
    const text =
      'Japan and South Korea committed to strengthening security cooperation to defend against the threat posed by North Korea.';
    expectEvents(text, DAY, [{ source: 'JPN', target: 'KOR', cameo: '0312' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '052');
  });

  it('keeps 052 for defending a party in words', () => {
    expectEvents("Japan defended South Korea's decision.", DAY, [{ source: 'JPN', target: 'KOR', cameo: '052' }]);
  });
});

describe('praise is given to someone, not traded within a list', () => {
  it('codes no support between the parties of a list that supports no one named', () => {
    const text =
      'The United States has provided most of the ships to block the trade, with Britain, Germany and Australia among the other nations lending support at sea.';
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('05'));
  });

  it('still makes pledges and deals of a conjoined subject mutual', () => {
    expectEvents('Japan and South Korea pledged to cooperate.', DAY, [
      { source: 'JPN', target: 'KOR' },
      { source: 'KOR', target: 'JPN' },
    ]);
  });
});

describe('figurative fights', () => {
  it.each([
    "Cuba's government waged a decades-long ideological battle with Cuban exiles in Miami.",
    'Japan fought a long legal battle with South Korea over the islands.',
  ])('codes no use of force: %s', (text) => {
    expectNoEvent(text, DAY, (r) => cameoRoot(r.cameo) >= 17);
  });

  it('keeps a battle between armed parties', () => {
    expectEvents("Israel's battle with Hamas killed 40 people.", DAY, [{ source: 'ISR', cameo: '190' }]);
  });
});
