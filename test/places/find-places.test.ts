import { describe, expect, it } from 'vitest';
import { placeCountries, placesOf, placesWithActors } from './place-helpers.js';

describe('places named after a locative, with their country and coordinates', () => {
  it('finds the G7 summit in Kananaskis, a resort no city list has, in Canada', () => {
    const [place] = placesOf('Lee and Ishiba met on the sidelines of the G7 summit in Kananaskis last month.');
    expect(place).toMatchObject({ text: 'Kananaskis', name: 'Kananaskis', country: 'CAN' });
    expect(place!.lat).toBeCloseTo(50.93, 1);
    expect(place!.lon).toBeCloseTo(-115.13, 1);
  });

  it('reads "at Yeongbingwan of Blue House in Seoul" as Seoul', () => {
    const text =
      'South Korean President Lee Jae-myung delivers a speech at Yeongbingwan of Blue House in Seoul, South Korea, on Thursday.';
    const places = placesOf(text);
    expect(places.map((p) => [p.text, p.name, p.country])).toEqual([['Seoul', 'Seoul', 'KOR']]);
    expect(places[0]!.lat).toBeCloseTo(37.57, 1);
    expect(places[0]!.lon).toBeCloseTo(126.98, 1);
  });

  it('names a country with its centroid', () => {
    expect(placesOf('The leaders met in Canada last month.')).toEqual([
      { text: 'Canada', name: 'Canada', country: 'CAN', lat: 60, lon: -95 },
    ]);
  });

  it('knows capitals by the names news uses and folds diacritics', () => {
    expect(placesOf('Clinton met Kim in Washington on Dec. 6.').map((p) => p.name)).toEqual(['Washington, D.C.']);
    expect(placesOf('They met in Washington, D.C. on Dec. 6.').map((p) => p.text)).toEqual(['Washington, D.C.']);
    expect(placesOf('Talks in Kaesong failed.').map((p) => [p.name, p.country])).toEqual([['Kaesŏng', 'PRK']]);
  });

  it('puts a seat of government at its capital, only where something happens there', () => {
    const [kremlin] = placesOf('Putin received Xi at the Kremlin.');
    expect(kremlin).toMatchObject({ name: 'Kremlin', country: 'RUS' });
    expect(kremlin!.lat).toBeCloseTo(55.75, 1);
    expect(placesOf('Seoul sent a message to the Kremlin.')).toEqual([]);
  });
});

describe('ranking the places that share a name', () => {
  it('prefers the most populous place, and a capital', () => {
    expect(placeCountries('The talks were held in Paris.')).toEqual(['FRA']);
    expect(placeCountries('Militias clashed in Tripoli on Sunday.')).toEqual(['LBY']);
  });

  it('prefers a place in a country the article names', () => {
    expect(placeCountries('Militias clashed in Tripoli as shells hit the north Lebanese port.')).toEqual(['LBN']);
  });

  it('takes the country written after the name', () => {
    expect(placeCountries('The meeting took place in Paris, France.')).toEqual(['FRA']);
    expect(placeCountries('A terror group based in Trinidad threatened the United States.')).toEqual(['TTO']);
  });

  it('believes a small town only where the article names its country', () => {
    expect(placeCountries('Canada hosted the ministers in Canmore on Friday.')).toEqual(['CAN']);
    expect(placesOf('The ministers met in Canmore on Friday.')).toEqual([]);
    expect(placeCountries('Samsung is building a plant in Taylor, Texas, with American partners.')).toEqual(['USA']);
    // A U.S. state after the name picks the American town over a capital of the same name.
    expect(
      placesOf('The candidate held a rally in Paris, Texas, on Saturday.').map((p) => [p.name, p.country]),
    ).toEqual([['Paris', 'USA']]);
  });

  it('knows the country from the actors when the pipeline passes them', () => {
    // "Ishiba" makes it a Japanese story even where no country is written.
    expect(placesWithActors('Ishiba spoke to reporters in Hakone on Friday.').map((p) => p.country)).toEqual(['JPN']);
    expect(placesOf('Ishiba spoke to reporters in Hakone on Friday.')).toEqual([]);
  });
});

describe('U.S. states', () => {
  it('places a state at its capital', () => {
    const [ohio, texas] = placesOf('The president held a rally in Ohio and then flew to Texas.');
    expect(ohio).toMatchObject({ name: 'Ohio', country: 'USA' });
    expect(ohio!.lat).toBeCloseTo(39.96, 1);
    expect(texas).toMatchObject({ name: 'Texas', country: 'USA' });
  });

  it('reads Georgia as the state where the article points at it, else as the country', () => {
    expect(placeCountries('Gov. Brian Kemp of Georgia spoke at a rally in Georgia on Monday.')).toEqual(['USA']);
    expect(placeCountries('Voters in Atlanta lined up early. Turnout in Georgia was high.')).toEqual(['USA', 'USA']);
    expect(placeCountries('Russian troops remain in Georgia, the foreign ministry in Tbilisi said.')).toEqual([
      'GEO',
      'GEO',
    ]);
  });

  it('keeps a large city or a capital ahead of the state of the same name', () => {
    expect(placesOf('The talks in Washington ended without a deal.').map((p) => p.name)).toEqual(['Washington, D.C.']);
  });
});

describe('no place where a careful reader sees none', () => {
  it('does not read a person for a town of that name', () => {
    expect(placesOf('A letter from Lee reached the United States on Monday.')).toEqual([]);
    expect(placesOf('The United States welcomed the visit, said Trump in Lee County.')).toEqual([]);
  });

  it('does not read a month or a source for a place', () => {
    expect(placesOf('The missile attack in August killed two Americans.')).toEqual([]);
    expect(placesOf('Talks stalled, according to Pentagon sources.')).toEqual([]);
  });

  it('does not place a small town one only travels to', () => {
    expect(placesOf('Canada sent a team to Canmore.')).toEqual([]);
  });
});

describe('places after a direction word or a place noun', () => {
  it('reads "in northern Israel", "in the occupied Golan" style phrases and "the northern city of Mosul"', () => {
    expect(placesOf('Prisoners rioted at a jail in northern Israel.').map((p) => p.country)).toEqual(['ISR']);
    expect(placesOf('Troops shelled positions in the northern city of Mosul.').map((p) => p.name)).toEqual(['Mosul']);
    expect(placesOf('A bomb went off outside of the Iraqi city of Mosul.').map((p) => p.name)).toEqual(['Mosul']);
  });

  it('keeps a capitalized direction as part of the name', () => {
    expect(placesOf('The group was banned in Northern Ireland.').map((p) => p.country)).not.toContain('IRL');
  });
});

describe('places named by a part of them', () => {
  it('reads "in the east of the Gaza Strip" as Gaza', () => {
    expect(placesOf('Shells fell in the east of the Gaza Strip on Friday.').map((p) => p.country)).toEqual(['PSE']);
  });
});
