import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

// Protesters set against the government ("anti-government", "opposition") are a country's opposition (OPP) only
// when the sentence makes the country clear: a place on the phrase (role-in-country.ts), or the one country the
// sentence names as a place (local-opposition.ts). Sentences of our own.

const codes = (text: string, day = '2025-10-14') => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('anti-government and opposition protesters with a place on them', () => {
  it('reads the place after "in" or "from" as their country, the modifier as part of the mention', () => {
    expect(codes('Anti-government demonstrators in Caracas blocked a highway.')).toEqual([
      ['Anti-government demonstrators in Caracas', 'VENOPP'],
    ]);
    expect(codes('Police dispersed opposition protesters in Harare.')).toContainEqual([
      'opposition protesters in Harare',
      'ZWEOPP',
    ]);
  });

  it("keeps them someone else's after a word that makes them foreign", () => {
    expect(codes('Foreign anti-government protesters in Caracas blocked a highway.')).toEqual([]);
  });
});

describe('anti-government and opposition protesters with the country named as a place of the sentence', () => {
  it('reads the one country named after a locative preposition as theirs', () => {
    expect(codes('Anti-government protesters set up barricades across Venezuela on Sunday.')).toEqual([
      ['Anti-government protesters', 'VENOPP'],
    ]);
    expect(codes('Opposition demonstrators marched peacefully in Harare on Friday.')).toEqual([
      ['Opposition demonstrators', 'ZWEOPP'],
    ]);
  });

  it('leaves them uncoded when no country or two countries are named', () => {
    expect(codes('Anti-government protesters set up barricades on Sunday.')).toEqual([]);
    expect(codes('Anti-government protesters gathered outside the Cuban embassy in Caracas.')).not.toContainEqual([
      'Anti-government protesters',
      'VENOPP',
    ]);
    expect(codes('Anti-government protesters gathered outside the Cuban embassy in Caracas.')).not.toContainEqual([
      'Anti-government protesters',
      'CUBOPP',
    ]);
  });

  it('does not read a country that only speaks about them as theirs', () => {
    // Brazil is named as an actor, not as a place.
    expect(codes('Brazil criticized the crackdown on anti-government protesters.')).toEqual([['Brazil', 'BRA']]);
  });

  it('leaves bare protesters alone', () => {
    expect(codes('Protesters set up barricades across Venezuela on Sunday.')).not.toContainEqual([
      'Protesters',
      'VENOPP',
    ]);
  });
});
