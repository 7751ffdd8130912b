import { describe, expect, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Twelfth round (issue #7): root-level errors of the PETRARCH validation records read one by one, each rule tested
// on sentences of our own.

const DAY = '2015-06-09';

describe('a passive act of violence whose "by" phrase is a weapon fired by someone', () => {
  it('is the act of the one who fired it, however far the firer stands', () => {
    const text =
      'A Ukrainian army helicopter was blown up near Sloviansk on Friday by a surface-to-air missile thought to ' +
      'have been fired by pro-Russia separatists.';
    expectEvents(text, DAY, [{ source: '---', target: 'UKR', cameo: '194' }]);
  });

  it('is military force, not a non-military bombing, when the weapon is a missile or a shell', () => {
    const text =
      'An Israeli army jeep was blown up near the Gaza border by an anti-tank missile fired by Palestinian militants.';
    expectEvents(text, DAY, [{ source: 'PSE', target: 'ISR', cameo: '194' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '183');
  });

  it('keeps a bombing with a bomb a bombing', () => {
    const text = 'An Israeli army jeep was blown up near the Gaza border by a bomb planted by Palestinian militants.';
    expectNoEvent(text, DAY, (r) => r.cameo.startsWith('19'));
  });

  it('names no agent for a weapon nobody is said to have fired', () => {
    const text = 'A Ukrainian army helicopter was blown up near Sloviansk on Friday by a surface-to-air missile.';
    expectNoEvent(text, DAY, (r) => r.target === 'UKR' && r.source !== 'UKR');
  });
});

describe('a verb of saying after a comma', () => {
  it('takes its speaker from before an apposition when an actor and a verb follow it (a reported clause)', () => {
    expectEvents('Amnesty International, a London-based rights group, said Israel must withdraw from the camp.', DAY, [
      { source: 'IGO', target: 'ISR', cameo: '100' },
    ]);
    expectEvents(
      'The Syrian Observatory for Human Rights, a monitoring group, said Turkey must close its border.',
      DAY,
      [{ source: 'SYR', target: 'TUR', cameo: '100' }],
    );
  });

  it('still takes the speaker after it when the words said come first', () => {
    expectEvents(
      'Uganda must withdraw its troops at once, said Kenyan police spokesman Charles Owino.',
      DAY,
      (rows) => {
        expect(rows.filter((r) => r.source === 'UGA')).toEqual([]);
      },
    );
  });
});

describe('a word of allegiance before the agent of a passive', () => {
  it('does not hide the "by" that governs it ("by pro-Russia rebels")', () => {
    expectEvents('Ukrainian troops were attacked near Donetsk by pro-Russia rebels.', DAY, [
      { source: '---', target: 'UKR', cameo: '190' },
    ]);
  });
});

describe('what someone is jailed or sentenced for', () => {
  it('is the offence the punishment is for, not an act the report tells', () => {
    const text = 'A Kenyan court has sentenced a Somali student to ten years for helping al-Shabab militants.';
    expectEvents(text, DAY, [{ source: 'KEN', target: 'SOM', cameo: '116' }]);
    expectNoEvent(text, DAY, (r) => r.cameo === '070');
    expectNoEvent('A Kenyan court jailed a Somali student for attacking Ugandan soldiers.', DAY, (r) =>
      r.cameo.startsWith('19'),
    );
  });

  it('leaves what someone is thanked for an act', () => {
    expectEvents('Kenya thanked Uganda for helping Somalia.', DAY, [{ source: 'UGA', target: 'SOM', cameo: '070' }]);
  });
});
