import { describe, it } from 'vitest';
import { expectEvents, expectNoEvent } from '../helpers/domain.js';

// Third round on the gold suites' failures, tested on sentences of our own: each rule with a case it must
// code and a case it must leave alone.

const DAY = '2025-08-20';

describe('a foreign place in the act’s own phrase is its target', () => {
  it('takes the country of a place the act is done in or sent to', () => {
    expectEvents('Ethiopia lifted the curfew in Somalia.', DAY, [{ source: 'ETH', target: 'SOM', cameo: '0813' }]);
    expectEvents('Turkey refused to deploy troops in Syria.', DAY, [{ source: 'TUR', target: 'SYR' }]);
    expectEvents('Kenya sent 200 police officers to Haiti.', DAY, [{ source: 'KEN', target: 'HTI' }]);
  });

  it('takes the place a withdrawal leaves', () => {
    expectEvents('The United States withdrew its forces from Syria.', DAY, [{ source: 'USA', target: 'SYR' }]);
  });

  it('leaves a place at home, in a later clause, or where a statement or signing happened', () => {
    expectNoEvent('Sudan lifted the curfew in Khartoum.', DAY, (r) => r.target !== null);
    expectNoEvent('Syria said it will not accept more refugees if war starts in Iraq.', DAY, (r) => r.target === 'IRQ');
    expectNoEvent('Japan signed the agreement in Paris.', DAY, (r) => r.target === 'FRA');
    expectNoEvent('Brazil made a statement in Geneva.', DAY, (r) => r.target === 'CHE');
  });
});
