import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Sixteenth round: general coder defects found reading real news, on sentences of our own.

const DAY = '2025-10-14';

// A call for a body's meeting is an appeal to that body to meet (026), and a place in the gathering's phrase is
// where it would be held, not whom the appeal is made to (02-appeal.yaml `026/call-dialogue`; place-target.ts).
describe('a call for a meeting somewhere', () => {
  it('takes the body whose meeting is called for as the target, not the city', () => {
    const text = 'Algeria called for an emergency Security Council meeting in Vienna.';
    expectEvents(text, DAY, [{ source: 'DZA', target: 'IGO', cameo: '026' }]);
    expectNoEvent(text, DAY, (r) => r.target === 'AUT');
    expectEvents('Egypt called for an emergency Arab League summit in Cairo.', DAY, [
      { source: 'EGY', target: 'IGO', cameo: '026' },
    ]);
  });

  it('gives a gathering with no body no target from its venue', () => {
    expectNoEvent('Kenya called for talks in Geneva on the crisis.', DAY, (r) => r.target === 'CHE');
    expectNoEvent('Canada urged peace negotiations in Oslo.', DAY, (r) => r.target === 'NOR');
  });

  it('still takes the place an act itself is done in', () => {
    expectEvents('Serbia lifted a night curfew in Montenegro.', DAY, [{ source: 'SRB', target: 'MNE' }]);
    expectEvents('Turkey called for an extraordinary NATO session.', DAY, [{ source: 'TUR', target: 'IGO' }]);
  });
});

// What a party is able or capable to do it has not done: hypothetical, as "can" and "could" are
// (modality-cues.ts, `ability`).
describe('an ability is no act', () => {
  it('reads "capable of", "able to" and "the capacity to" as hypothetical', () => {
    for (const text of [
      'Officials said Syrian forces were capable of deploying as many as 50,000 troops along the border.',
      'Syria is able to deploy 50,000 troops to the border within a week.',
      'Russia has the capacity to deploy 50,000 troops near Ukraine.',
    ]) {
      expectEvents(text, DAY, [{ cameo: '154', modality: 'hypothetical' }]);
      expectNoEvent(text, DAY, (r) => r.modality !== 'hypothetical');
    }
  });

  it('leaves a deployment that happened asserted', () => {
    expectEvents('Syria deployed 50,000 troops to the border.', DAY, [
      { source: 'SYR', cameo: '154', modality: 'asserted' },
    ]);
  });
});

// An act named with an indefinite article as what a reaction would answer ("will respond to an Iraqi attack") is
// only supposed: no threat of its agent's (modality-cues.ts, `supposedAct`).
describe('an act a reaction would answer', () => {
  it('is hypothetical, not a threat of its agent', () => {
    for (const text of [
      'Egypt has declared that it will respond to a Libyan attack on Sudan.',
      'Japan said it would retaliate against any Chinese attack on Taiwan.',
      'Seoul is building missile defenses to deter a North Korean attack on Japan.',
    ]) {
      expectNoEvent(text, DAY, (r) => r.cameo.startsWith('13'));
      expectEvents(text, DAY, [{ cameo: '190', modality: 'hypothetical' }]);
    }
  });

  it('leaves an attack that happened, and a threat made, alone', () => {
    expectEvents('Egypt responded to the Libyan attack on Sudan with air strikes.', DAY, [
      { source: 'LBY', target: 'SDN', cameo: '190', modality: 'asserted' },
    ]);
    expectEvents('Libya has threatened an attack on Sudan.', DAY, [{ source: 'LBY', target: 'SDN', cameo: '1384' }]);
  });
});

// Support lured or courted "from" a party is asked of that party (022, 02-appeal.yaml `022/seek-support`); the
// seeker gives none.
describe('support sought from a party', () => {
  it('is an appeal to the party after "from", not an intent to support', () => {
    for (const text of [
      'Syria hopes to lure support from Jordan.',
      'Cairo is courting support from Saudi Arabia for its plan.',
    ]) {
      expectEvents(text, DAY, [{ cameo: '022' }]);
      expectNoEvent(text, DAY, (r) => r.cameo.startsWith('03') || r.cameo.startsWith('05'));
    }
    // "Arabs" is no actor: the appeal has no target, and no event is left.
    expectNoEvent('Damascus hopes to lure support from Arabs.', DAY);
  });

  it('leaves support given alone', () => {
    expectEvents('Syria hopes to support Jordan.', DAY, [{ source: 'SYR', target: 'JOR', cameo: '032' }]);
  });
});
