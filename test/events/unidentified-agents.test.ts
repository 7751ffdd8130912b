import { describe, expect, it } from 'vitest';
import { actorsOf, expectEvents, expectNoEvent } from '../helpers/domain.js';

// Agents named only by what they are ("militants", "the government" with no country standing for it) and
// places struck by force, on sentences of our own.

const DAY = '2024-03-12';

describe('agents no country is named for', () => {
  it('codes what unnamed militants do to a country, with the country `---` for them', () => {
    expectEvents('Militants attacked the French embassy in Niamey on Monday.', DAY, [
      { source: '---', target: 'FRA', cameo: '190' },
    ]);
    // Not credited to the country where it happened, as when no agent is named at all.
    expectNoEvent('Militants attacked the French embassy in Niamey on Monday.', DAY, (r) => r.source === 'NER');
  });

  it('codes what a country does to unnamed rebels', () => {
    expectEvents('The Nigerien army shelled rebels near the border on Monday.', DAY, [
      { source: 'NER', target: '---', cameo: '194' },
    ]);
  });

  it('leaves a role word to the country or group written with it', () => {
    const rows = actorsOf('Tuareg rebels and Malian militants and the rebel Azawad Liberation Front met.', DAY);
    expect(rows.filter((r) => r.country === '---')).toEqual([]);
    expect(actorsOf('A rebel-held town was shelled.', DAY).filter((r) => r.country === '---')).toEqual([]);
  });

  it('codes nothing between two agents that no country is named for', () => {
    expectNoEvent('Rebels and militants clashed on Monday.', DAY, () => true);
  });

  it('leaves "the government" to the country the article names, even after it', () => {
    expect(actorsOf('The government praised China on Monday.', DAY).map((r) => r.code)).not.toContain('---GOV');
  });
});

describe('a place struck by force is where the force went', () => {
  it('aims shelling or bombing of a city abroad at its country', () => {
    expectEvents('Israeli jets bombed the outskirts of Beirut overnight.', DAY, [
      { source: 'ISR', target: 'LBN', cameo: '195' },
    ]);
    expectEvents('Militants shelled a government-held part of Mali’s second city Sikasso overnight.', DAY, [
      { source: '---', target: 'MLI' },
    ]);
  });

  it('codes a bombardment, which names no weapon, as force not specified', () => {
    expectEvents('Russian warships bombarded the outskirts of Kharkiv overnight.', DAY, [
      { source: 'RUS', target: 'UKR', cameo: '190' },
    ]);
  });

  it('aims nothing abroad when a country strikes a city of its own', () => {
    expectNoEvent('Malian troops shelled a rebel-held district of Sikasso on Monday.', DAY, (r) => r.target === 'MLI');
  });
});
