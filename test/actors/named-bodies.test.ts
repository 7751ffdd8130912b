import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf } from '../helpers/domain.js';

const codes = (text: string, day = '2023-03-14') => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('bodies named by their last word, with the country before them', () => {
  it('reads a national agency nobody listed by its head word', () => {
    const text = "the deputy director general of North Korea's National Aerospace Technology Administration said.";
    expect(codes(text)).toEqual([["North Korea's National Aerospace Technology Administration", 'PRKGOV']]);
  });

  it('lets a role phrase at the end of the name decide the role', () => {
    expect(codes('a report submitted to the Canadian Security Intelligence Service.')).toEqual([
      ['Canadian Security Intelligence Service', 'CANSPY'],
    ]);
    expect(codes('the U.S. Central Command said on Monday.')).toEqual([['U.S. Central Command', 'USAMIL']]);
  });

  it('reads a company named after its country, and companies listed after a country’s companies', () => {
    const text =
      "South Korea's Supreme Court ordered two Japanese companies - Nippon Steel and Mitsubishi Heavy Industries - to pay.";
    expect(codes(text)).toEqual([
      ["South Korea's Supreme Court", 'KORJUD'],
      ['Japanese companies', 'JPNBUS'],
      ['Nippon Steel', 'JPNBUS'],
      ['Mitsubishi Heavy Industries', 'JPNBUS'],
    ]);
  });

  it('does not guess the country of a company named alone', () => {
    expect(actorsOf('Samsung Electronics said profits fell.')).toEqual([]);
  });
});

describe('roles that belong to the country they sit in', () => {
  it('reads "officials in South Korea and Japan" as both governments', () => {
    expect(codes('Officials in South Korea and Japan had earlier reported that the launch failed.')).toEqual([
      ['Officials in South Korea', 'KORGOV'],
      ['Japan', 'JPNGOV'],
    ]);
  });

  it('does not give relief workers, foreigners or visiting leaders to the country they are in', () => {
    const countries = (text: string) => actorsOf(text).map((a) => a.country);
    expect(countries('Twenty died, relief officials in Nairobi said.')).not.toContain('KEN');
    expect(countries('Western officials in Kabul said the talks failed.')).not.toContain('AFG');
    expect(countries('Leaders in Tokyo praised the deal.')).not.toContain('JPN');
  });

  it('reads state media as the media of the country the article is about', () => {
    const text = "North Korea's rocket failed, said a report carried by state media.";
    expect(actorAt(text, '2024-05-27', 'state media').code).toBe('PRKMED');
  });

  it('reads a lower-case "security council" before its resolutions as the UN', () => {
    expect(codes('The launches violate relevant security council resolutions.')).toEqual([
      ['security council', 'IGOUNO'],
    ]);
    expect(actorsOf('The national security council met.').map((a) => a.code)).not.toContain('IGOUNO');
  });
});

describe('demonyms and role words by what they describe', () => {
  it('reads a demonym before what a state does or wants as that state', () => {
    expect(codes('He spoke of Japanese interest in the idea.')).toEqual([['Japanese', 'JPN']]);
    expect(codes('He was briefed on the latest North Korean missile test.')).toEqual([['North Korean', 'PRK']]);
    expect(codes('He called Russian-Chinese relations a paramount factor.')).toEqual([
      ['Russian', 'RUS'],
      ['Chinese', 'CHN'],
    ]);
  });

  it('does not read a demonym before territory or food as the state', () => {
    expect(actorsOf('The missile did not leave North Korean territory.')).toEqual([]);
    expect(actorsOf('Korean food is popular.')).toEqual([]);
  });

  it('reads "military" before a thing as an adjective, before people as the role', () => {
    expect(codes("Japan raised its assessment of China's military buildup.")).toEqual([
      ['Japan', 'JPN'],
      ['China', 'CHN'],
    ]);
    expect(codes('Fifty died, Thai military sources said.')).toEqual([['Thai military', 'THAMIL']]);
  });

  it('reads "Koreans" as South Korea, unless the article is about the North alone', () => {
    expect(codes('Yoon plans to compensate Koreans who won damages.')).toEqual([['Koreans', 'KOR']]);
    expect(codes('North Korea held a parade. Koreans lined the streets.').map((r) => r[1])).toEqual(['PRK', 'PRK']);
  });

  it('does not read a capital in apposition to "the capital" as its government', () => {
    expect(actorsOf('The launch occurred north of the capital, Pyongyang.')).toEqual([]);
  });
});

describe('groups by the date of the article', () => {
  it('codes the Taliban as rebels before August 2021 and as the government of Afghanistan after', () => {
    expect(actorAt('The Taliban said talks would resume.', '2019-06-01', 'The Taliban').code).toBe('AFGREB');
    expect(actorAt('The Taliban said talks would resume.', '2023-06-01', 'The Taliban').code).toBe('AFGGOV');
  });
});

describe('a body named after a city', () => {
  it('is a body in that country, not its government', () => {
    expect(actorsOf('Workers of the United Bus Company of Tehran went on strike.', '2006-01-01')).toMatchObject([
      { text: 'United Bus Company of Tehran', code: 'IRNBUS' },
    ]);
    expect(actorsOf('Students at the University of Tehran protested.', '2006-01-01')).toMatchObject([
      { text: 'University of Tehran', code: 'IRNEDU' },
    ]);
  });
});

describe('named bodies of civil society', () => {
  it('codes a body no list knows and no country is named for as NGO', () => {
    expect(codes('Members of the Association of African Jurists visited the camps.', '2000-01-01')).toEqual([
      ['Association of African Jurists', 'NGO'],
    ]);
    expect(codes('The Third World Water Forum closed on Saturday.', '2003-03-22')).toEqual([
      ['Third World Water Forum', 'NGO'],
    ]);
  });

  it("gives a body named with its country that country's", () => {
    expect(codes('Montenegro Municipality Association officials demanded support.', '2000-01-01')).toEqual([
      ['Montenegro Municipality Association', 'MNENGO'],
    ]);
    expect(codes('The Russian Federation objected.', '2000-01-01')).toEqual([['Russian Federation', 'RUS']]);
  });

  it('needs a name, not the head alone', () => {
    expect(codes('Association officials said nothing.', '2000-01-01')).toEqual([]);
  });
});
