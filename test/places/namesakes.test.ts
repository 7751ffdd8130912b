import { describe, expect, it } from 'vitest';
import { placesOf, placesWithActors } from './place-helpers.js';

const where = (text: string, day = '1990-08-16') => placesWithActors(text, day).map((p) => [p.text, p.country]);

describe('a small town and a large city of the same name', () => {
  it("reads the large city where only the article names the small town's country", () => {
    expect(where('The U.S. envoy asked for talks in Geneva to end the crisis.')).toEqual([['Geneva', 'CHE']]);
  });

  it('keeps the small town its state or country is written with', () => {
    expect(placesOf('Police searched a house in Geneva, Illinois.', '1990-08-16')[0]).toMatchObject({
      text: 'Geneva',
      country: 'USA',
    });
  });
});

describe('cities under their English names', () => {
  it('reads the English form of a city the list spells in its own language', () => {
    const at = (text: string) => placesOf(text, '2023-05-01').map((p) => [p.text, p.country]);
    expect(at('Drones struck the port in Odesa overnight.')).toEqual([['Odesa', 'UKR']]);
    expect(at('Crowds gathered in Gaza City on Friday.')).toEqual([['Gaza City', 'PSE']]);
    expect(at('The ministers met in Cologne and later in Gothenburg.')).toEqual([
      ['Cologne', 'DEU'],
      ['Gothenburg', 'SWE'],
    ]);
    expect(at('Riots broke out in Bombay and Calcutta.')).toEqual([
      ['Bombay', 'IND'],
      ['Calcutta', 'IND'],
    ]);
  });
});
