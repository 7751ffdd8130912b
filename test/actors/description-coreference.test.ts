import { describe, expect, it } from 'vitest';
import { extractFrom } from '../helpers/domain.js';

/** The mention with exactly this text: its code, and for a plural the sorted countries of its members. */
function described(text: string, day: string, mention: string): string {
  const m = extractFrom(text, day).mentions.find((x) => x.text === mention);
  if (!m) return 'none';
  return m.group
    ? `${[...new Set(m.group.map((a) => a.country))].sort().join('+')}:${m.actor.role ?? ''}`
    : m.actor.code;
}

describe('plural descriptions pick the parties, not the topic', () => {
  it('skips a country only talked about', () => {
    const text =
      'President Biden spoke with President Moon Jae-in of the Republic of Korea. The two leaders agreed to coordinate on the DPRK. The two Presidents discussed issues critical to both our nations.';
    expect(described(text, '2021-02-04', 'both our nations')).toBe('KOR+USA:');
  });

  it('reads governments by their people and bodies', () => {
    const text =
      "U.S. Special Representative for the DPRK Sung Kim, Japanese Ministry of Foreign Affairs officials, and ROK Special Representative Noh Kyu-duk discussed the DPRK's launches, which all three governments condemned.";
    expect(described(text, '2022-03-14', 'all three governments')).toBe('JPN+KOR+USA:GOV');
  });

  it('takes the countries a list just named', () => {
    const text =
      "The leaders of the United States, Japan, and South Korea will discuss North Korea's missile programs. The three leaders will meet on Wednesday.";
    expect(described(text, '2022-06-28', 'The three leaders')).toBe('JPN+KOR+USA:GOV');
  });

  it('reads "The Ministers" as the people a meeting just brought together', () => {
    const text =
      'Minister for Foreign Affairs of Japan Seiji Maehara, Minister of Foreign Affairs and Trade of the Republic of Korea Kim Sung-hwan, and U.S. Secretary of State Hillary Rodham Clinton met in Washington. The Ministers noted their shared values.';
    expect(described(text, '2010-12-07', 'The Ministers')).toBe('JPN+KOR+USA:GOV');
  });
});

describe('descriptions owned by the country just named', () => {
  it('reads "its highly respected president" as the government of the country before it', () => {
    const text = 'North Korea disrespected the wishes of China and its highly respected president.';
    expect(described(text, '2017-04-29', 'its highly respected president')).toBe('CHNGOV');
    expect(described('Syria has again offered its troops to Lebanon.', '1990-01-01', 'its troops')).toBe('SYRMIL');
  });

  it('does not give "its" to a country that only stands nearby', () => {
    const text = 'Britain will restore ties with Libya almost five years after crowds trashed its embassy.';
    expect(described(text, '1999-07-07', 'its embassy')).toBe('none');
  });

  it('reads "the previous government" after "with" as a counterpart of the speaker', () => {
    const text =
      'Fewer Japanese are visiting the United States. The Secretary of State Clinton said we came to an agreement with the previous government.';
    expect(described(text, '2011-09-19', 'the previous government')).toBe('JPNGOV');
  });
});

describe('offices and people the article introduces without naming them together', () => {
  it('reads "the Secretary" in a State Department briefing as the Secretary of State that day', () => {
    const text =
      'A senior State Department official briefed reporters. The Secretary opened by reiterating the alliance.';
    const m = extractFrom(text, '2011-09-19').mentions.find((x) => x.text === 'The Secretary');
    expect([m?.actor.code, m?.actor.name]).toEqual(['USAGOV', 'Hillary Clinton']);
  });

  it('does not read "the Secretary" where no government using that title was named', () => {
    expect(described('The Secretary opened the meeting.', '2011-09-19', 'The Secretary')).toBe('none');
  });

  it('names an official first introduced by title alone', () => {
    const text =
      "Japan's Vice Foreign Minister visits China Monday for talks. Akitaka Saiki's trip comes as tensions have frozen relations.";
    expect(described(text, '2013-01-14', 'Akitaka Saiki')).toBe('JPNGOV');
  });

  it('reads a reporter of a named outlet from a byline', () => {
    const text = 'Marcus Harton narrates this report from the VOA Moscow Bureau.';
    expect(described(text, '2023-03-20', 'Marcus Harton')).toBe('USAMED');
  });
});

describe('possessors and places before a description', () => {
  it('reads "its" after "X\'s annexation of Y and" as the possessor\'s', () => {
    const text = "The dispute stems from Morocco's annexation of the Western Sahara and its military buildup there.";
    expect(described(text, '1979-08-20', 'its military')).toBe('MARMIL');
  });

  it('reads "both countries" after two countries named as places', () => {
    const text =
      'About 2,000 Americans and 500 Japanese live in Ethiopia and Eritrea. Fighting has closed schools in both countries.';
    expect(described(text, '1999-03-01', 'both countries')).toBe('ERI+ETH:');
  });

  it('reads a country joined to a place after "in" as a place too, but not one after a comma that ends a clause', () => {
    expect(described('Fighting in Ethiopia and Eritrea continued.', '1999-03-01', 'Eritrea')).toBe('none');
    expect(described('In Kuwait, Iraq said its troops would stay.', '1990-08-20', 'Iraq')).toBe('IRQ');
    const serial = 'The blasts at embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 200 people.';
    expect(described(serial, '1998-08-08', 'Dar es Salaam')).toBe('none');
    expect(described(serial, '1998-08-08', 'Tanzania')).toBe('none');
  });
});
