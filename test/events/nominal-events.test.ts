import { describe, expect, it } from 'vitest';
import { codedEvents } from '../helpers/domain.js';

const PUBLISHED = '1998-03-06';
const coded = (text: string) =>
  codedEvents(text, PUBLISHED).map((e) => ({
    pair: `${e.source?.country ?? '-'}>${e.target?.country ?? '-'}`,
    cameo: e.cameo,
    modality: e.modality,
    date: e.date.value,
    history: e.history,
  }));

describe('an event noun with its agent is told as a fact', () => {
  it('keeps "its 1990 invasion" asserted and in 1990, whatever the clause around it denies', () => {
    const text =
      'The Security Council said it will not lift the sanctions imposed on Iraq after its 1990 invasion of Kuwait.';
    const invasion = coded(text).find((e) => e.cameo.startsWith('19') && e.pair.endsWith('>KWT'));
    expect(invasion).toMatchObject({ modality: 'asserted', date: '1990', history: true });
  });

  it('does not take a demanded act as done ("demanded Israel\'s withdrawal")', () => {
    const withdrawal = coded("Egypt demanded Israel's withdrawal from the occupied territories.").find(
      (e) => e.pair.startsWith('ISR') && e.cameo.startsWith('08'),
    );
    expect(withdrawal?.modality ?? 'not coded').not.toBe('asserted');
  });

  it('still reads a planned one as planned ("its planned visit")', () => {
    const visit = coded("Officials discussed Japan's planned visit to China.").find((e) => e.pair === 'JPN>CHN');
    expect(visit?.modality ?? 'not coded').not.toBe('asserted');
  });
});

describe('a noun that only modifies another noun is no event', () => {
  it('does not read "arms inspectors" as arms given', () => {
    const text =
      'The United States said it would strike Iraq unless it gave the U.N. arms inspectors unfettered access.';
    expect(coded(text).filter((e) => e.cameo.startsWith('07'))).toEqual([]);
  });

  it('does not read "attack option" as an attack', () => {
    expect(
      coded("Iraq's third attack option would be a war of terror.").filter((e) => e.cameo.startsWith('19')),
    ).toEqual([]);
  });

  it('still reads "suspended a military aid program" as a suspension of aid', () => {
    const text = 'The United States suspended part of a military aid program for Bosnia.';
    expect(coded(text).map((e) => e.pair)).toContain('USA>BIH');
  });
});

describe('protesters named by the trigger are its agents', () => {
  it('does not make the forces that clash with demonstrators into protesters', () => {
    const text =
      'Nigerian security forces clashed in Lagos with anti-government demonstrators who were protesting calls for military rule.';
    const protests = coded(text).filter((e) => e.cameo.startsWith('14') || e.cameo === '114');
    expect(protests).toEqual([]);
  });
});

describe('shows of force and stopped acts', () => {
  it('does not aim a deployment at the troops it moves', () => {
    const pairs = coded('President Clinton sent U.S. troops and planes to Saudi Arabia.').filter((e) =>
      e.cameo.startsWith('15'),
    );
    expect(pairs.map((e) => e.pair)).toEqual(['USA>SAU']);
  });

  it('reads "stopped supplying" as an act that no longer happens', () => {
    const text = 'Then the Iraqi government stopped supplying arms to Syria.';
    const provided = coded(text).filter((e) => e.pair.startsWith('IRQ'));
    expect(provided.length).toBeGreaterThan(0);
    expect(provided.every((e) => e.modality === 'negated')).toBe(true);
  });
});

describe('criticism of an act named before', () => {
  it('aims "condemned the launches" at whoever launched', () => {
    const text =
      'North Korea fired two ballistic missiles on Friday. Japan strongly condemned the launches, which violated UN resolutions.';
    expect(
      coded(text)
        .filter((e) => e.cameo.startsWith('11'))
        .map((e) => e.pair),
    ).toEqual(['JPN>PRK']);
  });

  it('finds the agent of an act named with its owner ("the DPRK\'s missile launches")', () => {
    const text =
      "Officials discussed the DPRK's February 26 and March 4 ballistic missile launches. Canada condemned these launches.";
    expect(
      coded(text)
        .filter((e) => e.cameo.startsWith('11'))
        .map((e) => e.pair),
    ).toEqual(['CAN>PRK']);
  });

  it('leaves criticism with no act named before without a target', () => {
    const text = 'Japan strongly condemned the launches.';
    expect(coded(text).filter((e) => e.cameo.startsWith('11'))).toEqual([]);
  });
});

describe('an event noun owned by a time', () => {
  it('is past after "yesterday\'s" and coming after "next week\'s", whatever verb governs it', () => {
    const past = coded("Reporters will gather to discuss yesterday's visit by President Clinton to Seoul.");
    expect(past.filter((e) => e.pair === 'USA>KOR').map((e) => e.modality)).toEqual(['asserted']);
    const coming = coded("Reporters gathered before next week's visit by President Clinton to Seoul.");
    expect(coming.filter((e) => e.pair === 'USA>KOR').map((e) => e.modality)).toEqual(['planned']);
  });
});

describe('an act the clause is about, not one it does', () => {
  it('does not credit "victims of terrorist attacks" to the subject helping them', () => {
    const text =
      'The U.S. Surgeon General led a team of doctors to Africa to help victims of terrorist attacks on the U.S. embassies in Kenya.';
    const attacks = coded(text).filter((e) => /^1[89]/.test(e.cameo));
    expect(attacks.filter((e) => e.pair.startsWith('USA'))).toEqual([]);
    expect(attacks.every((e) => e.modality === 'asserted')).toBe(true);
  });
});

describe('where a trip goes', () => {
  it('takes the place right after the trigger over a nearer one before it', () => {
    const text =
      'Secretary of State Madeleine Albright spent five hours in Tanzania before heading to Nairobi in a small plane.';
    const trips = codedEvents(text, '1998-08-18').filter((e) => e.cameo.startsWith('04'));
    expect(trips.map((e) => `${e.target?.country}@${e.place?.name}`)).toEqual(['KEN@Nairobi']);
  });
});

describe('a name before an event noun is its agent', () => {
  it('does not make the clause subject the author of "the U.S. ultimatum"', () => {
    const events = coded('When Iraq failed to respond to the U.S. ultimatum, the allies began the ground war.');
    expect(events.filter((e) => e.pair.startsWith('IRQ') && e.cameo.startsWith('13'))).toEqual([]);
  });

  it('aims a rejection at the author of "the Israeli proposal"', () => {
    expect(coded('Egypt rejected the Israeli proposal on Tuesday.')).toContainEqual(
      expect.objectContaining({ pair: 'EGY>ISR', cameo: '120', modality: 'asserted' }),
    );
  });

  it('credits "an Iraqi attack" to Iraq, but not "the Kuwait invasion" to Kuwait', () => {
    const iraqi = coded('Saudi officials said an Iraqi attack on Saudi Arabia was repelled on Monday.');
    expect(iraqi.some((e) => e.pair.startsWith('IRQ') && e.cameo.startsWith('19'))).toBe(true);
    const kuwait = coded('Diplomats recalled the Kuwait invasion of 1990.');
    expect(kuwait.filter((e) => e.pair.startsWith('KWT'))).toEqual([]);
  });
});

describe('violence credited to the place where it happened', () => {
  it('does not take a place the act enters for its agent ("pushed forward into Iraq and Kuwait")', () => {
    const text = 'Allied forces punched through sand berms on the border and pushed forward into Iraq and Kuwait.';
    expect(coded(text).filter((e) => e.pair === 'IRQ>KWT')).toEqual([]);
  });

  it('still credits soldiers killed by a bomb to the country they were killed in', () => {
    expect(coded('Three US soldiers were killed by a bomb outside Basra in Iraq.')).toContainEqual(
      expect.objectContaining({ pair: 'IRQ>USA' }),
    );
  });
});

describe('the agent of an event noun with a possessive', () => {
  it('is the possessor, not the "by" phrase of the verb after it', () => {
    const text = "Earlier, Kenya's demand for his extradition from Uganda was refused by the Ugandan government.";
    const demands = coded(text).filter((e) => e.cameo.startsWith('10'));
    expect(demands.map((e) => e.pair)).toEqual(['KEN>UGA']);
  });
});

describe('a compound of violence words', () => {
  it('is one act, coded by its most specific word ("the car bomb attack")', () => {
    // (At "the U.S. embassy in Nairobi" the place only locates the embassy, and the act has no agent to code.)
    const text = 'The car bomb attack on U.S. troops in Nairobi killed 25 people.';
    const violence = coded(text).filter((e) => /^(18|19|20)/.test(e.cameo));
    expect(violence.map((e) => e.cameo)).toEqual(['1832']);
  });
});
