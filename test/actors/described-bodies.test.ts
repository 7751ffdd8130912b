import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

const codes = (text: string, day = '1990-09-01') => actorsOf(text, day).map((a) => [a.text, a.code]);

describe("a country's body with a describing word between", () => {
  it('reads a participle after the possessive', () => {
    expect(codes("Kuwait's ousted government met in exile.")).toEqual([["Kuwait's ousted government", 'KWTGOV']]);
    expect(codes("Iraq's elected parliament met.", '2006-03-16')).toEqual([["Iraq's elected parliament", 'IRQLEG']]);
  });

  it('reads a capitalized word before a word for those who govern', () => {
    expect(codes("Nicaragua's Sandinista government closed the paper.", '1986-06-26')).toEqual([
      ["Nicaragua's Sandinista government", 'NICGOV'],
    ]);
  });

  it('leaves a company before a role word to the country alone', () => {
    expect(codes("Japan's Toyota officials said sales fell.")).toEqual([['Japan', 'JPN']]);
  });
});
