import { describe, expect, it } from 'vitest';
import { codedEvents } from '../helpers/domain.js';

const pairs = (text: string, root: string, published = '2024-03-04') =>
  codedEvents(text, published)
    .filter((e) => e.cameo.startsWith(root))
    .map((e) => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'}`);

describe('who acts in a clause that has no subject of its own', () => {
  it('gives a trailing participle the main clause subject, not its object', () => {
    // "..., showing eagerness to cooperate": Macron shows it, not Germany, the object of "visit".
    const text =
      'French President Emmanuel Macron expressed a strong desire to visit Germany soon, showing eagerness to forge cooperation on defence.';
    const sources = codedEvents(text, '2024-03-04').map((e) => e.source?.country);
    expect(sources.length).toBeGreaterThan(1);
    expect(sources.every((c) => c === 'FRA')).toBe(true);
  });

  it('reads the subject of a clause after "after" across an adverb ("after Beijing repeatedly sent")', () => {
    expect(
      pairs(
        'Japan raised its assessment of the risk, after Beijing repeatedly sent government vessels into the disputed waters.',
        '15',
      ),
    ).toEqual(['CHN>-']);
  });

  it('lends a "which" clause no source when "which" stands for a thing, not an actor', () => {
    // The launches violated the resolutions, not Japan that condemned them.
    expect(
      pairs('Japan strongly condemned the launches, which violated multiple UN Security Council resolutions.', '12'),
    ).toEqual([]);
  });

  it('still gives a "which" clause the actor it follows', () => {
    expect(pairs('The talks were hosted by Qatar, which invited Iran and the United States.', '')).toContain('QAT>IRN');
  });

  it('aims a wish for "relations between" two countries at the one that is not the speaker\'s', () => {
    expect(
      pairs(
        'Brazilian President Lula expressed his desire for stable development of relations between Brazil and Argentina.',
        '03',
      ),
    ).toEqual(['BRA>ARG']);
  });

  it('gives a participle right after acting people to them, not to the clause subject', () => {
    // The movement calls for the withdrawal; the government it faces does not.
    expect(
      pairs(
        "The Israeli government has been faced with a growing grassroots movement calling for Israel's withdrawal from Lebanon.",
        '02',
      ),
    ).toEqual([]);
  });
});

describe('"each other"', () => {
  it("makes the parties each other's targets, whatever the phrase names after", () => {
    const found = pairs(
      'Russian President Boris Yeltsin and Ukrainian President Leonid Kuchma pledged to consult each other regularly on their relations with NATO.',
      '03',
      '1998-02-27',
    ).sort();
    expect(found).toEqual(['RUS>UKR', 'UKR>RUS']);
  });
});
