import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

// Words that name a country, or a country's people, only sometimes.
describe('no actor where a careful reader sees none', () => {
  it('does not read turkey the bird in a recipe as Turkey', () => {
    expect(actorsOf('Roast the turkey for three hours and baste it with butter.')).toEqual([]);
    expect(actorsOf('Stuff the Turkey with sage and onions before roasting.').map((a) => a.country)).not.toContain(
      'TUR',
    );
  });

  it('does not read Chad the person as the country', () => {
    expect(actorsOf('Chad Smith scored twice in the second half.').map((a) => a.country)).not.toContain('TCD');
  });

  it('does not read Michael Jordan as the country', () => {
    expect(actorsOf('Michael Jordan said he would return to basketball.').map((a) => a.country)).not.toContain('JOR');
  });

  it('does not read Georgia the US state as the country', () => {
    expect(actorsOf('Atlanta, Georgia hosted the convention.').map((a) => a.country)).not.toContain('GEO');
    expect(actorsOf('The governor of Georgia, Brian Kemp, signed the bill.').map((a) => a.country)).not.toContain(
      'GEO',
    );
  });

  it('does not read "Korean food" as an actor', () => {
    expect(actorsOf('Korean food is popular in Japan these days.')).toEqual([]);
  });

  it('does not read a country inside a longer name as the country', () => {
    expect(actorsOf('Ships crossed the East China Sea.')).toEqual([]);
    // The airline is a Malaysian business (MYSBUS), never the state itself.
    expect(actorsOf('Malaysia Airlines cancelled the flight.').map((a) => a.code)).not.toContain('MYS');
  });

  it('does not read a dateline as an actor', () => {
    expect(actorsOf('SEOUL/TOKYO — The launch failed.')).toEqual([]);
  });

  it('does not take a place after a preposition for a person learned from an apposition', () => {
    const found = actorsOf('The object disappeared over the Yellow Sea, Japanese officials said.');
    expect(found.map((a) => a.text)).toEqual(['Japanese officials']);
  });
});

describe('the same words where they do name the country', () => {
  it('reads Georgia as the country next to Russia', () => {
    expect(actorsOf('Russia and Georgia agreed to talks.').map((a) => a.country)).toEqual(['RUS', 'GEO']);
  });

  it('reads Turkey as the country where it acts', () => {
    expect(actorsOf('Turkey condemned the attack.').map((a) => a.country)).toEqual(['TUR']);
  });
});
