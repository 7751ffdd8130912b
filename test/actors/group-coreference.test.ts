import { describe, expect, it } from 'vitest';
import { extractFrom } from '../helpers/domain.js';

/** The sorted member countries of the plural mention with exactly this text (the first such), or 'none'. */
function members(text: string, day: string, mention: string, nth = 0): string {
  const m = extractFrom(text, day).mentions.filter((x) => x.text === mention)[nth];
  return m?.group ? [...new Set(m.group.map((a) => a.country))].sort().join('+') : 'none';
}

/** Source>target country pairs of the events coded with this CAMEO root. */
function pairs(text: string, day: string, root: string): string[] {
  return extractFrom(text, day)
    .events.filter((e) => e.cameo.startsWith(root))
    .map((e) => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'}`)
    .sort();
}

describe('a plural description keeps the parties a statement named, not the country it is about', () => {
  // A joint statement names its three authors once; the country it condemns is named in every sentence since.
  const statement =
    'Australia, Canada and New Zealand strongly condemned the nuclear test conducted by Iran on Monday. ' +
    'The test violates resolutions of the Security Council. ' +
    "Iran's leaders ignored repeated warnings. " +
    'Sanctions against Iran remain in force. ' +
    'The three countries will continue to cooperate closely to counter Iran.';

  it('reads "the three countries" as the authors named four sentences before', () => {
    expect(members(statement, '2024-03-05', 'The three countries')).toBe('AUS+CAN+NZL');
  });

  it('codes their cooperation among themselves, never with the country they condemn', () => {
    // "will continue to cooperate" is a commitment, coded as an intent (03) like "will cooperate".
    const cooperation = pairs(statement, '2024-03-05', '03');
    expect(cooperation.length).toBeGreaterThan(0);
    for (const pair of cooperation) expect(pair).not.toContain('IRN');
  });

  it('carries a resolved group to the next description of the same size', () => {
    const text =
      'Foreign Minister Penny Wong held a call with Canadian and New Zealand counterparts, and all three ministers condemned the attack by Iran. ' +
      'Iran denied any role. ' +
      'The three sides agreed to coordinate their response.';
    expect(members(text, '2024-03-05', 'all three ministers')).toBe('AUS+CAN+NZL');
    expect(members(text, '2024-03-05', 'The three sides')).toBe('AUS+CAN+NZL');
  });

  it('lets a modifier stand between the count and the noun', () => {
    const text =
      'President Lula met President Milei of Argentina in Brasilia. The two neighboring countries signed a trade accord.';
    expect(members(text, '2024-06-10', 'The two neighboring countries')).toBe('ARG+BRA');
  });

  it('still prefers the countries named just before over an older list', () => {
    const text =
      'France and Germany signed a defence pact. Officials in Paris praised it. ' +
      'Later, Japan hosted South Korea for talks. The two countries agreed to resume flights.';
    expect(members(text, '2024-06-10', 'The two countries')).toBe('JPN+KOR');
  });
});
