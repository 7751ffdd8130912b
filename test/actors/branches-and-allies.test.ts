import { describe, expect, it } from 'vitest';
import { actorsOf } from '../helpers/domain.js';

const codes = (text: string, day = '2005-01-10') => actorsOf(text, day).map((a) => [a.text, a.code]);

describe("a country's branch of a movement that spans countries", () => {
  it('reads a country before an international militant group as that country’s branch', () => {
    expect(codes("Gunmen loyal to Yemen's al-Qaeda leader attacked an army post.")).toContainEqual([
      "Yemen's al-Qaeda",
      'YEMREB',
    ]);
    expect(codes('Saudi al-Qaeda cells planned the bombing.')).toContainEqual(['Saudi al-Qaeda', 'SAUREB']);
  });

  it('leaves the movement named alone, and a group of one country, as they are', () => {
    expect(codes('Al-Qaeda claimed the bombing.')).toEqual([['Al-Qaeda', 'IMGREB']]);
    expect(codes("Lebanon's Hezbollah fired rockets.")).toContainEqual(['Hezbollah', 'LBNREB']);
  });
});

describe("a country's ally or proxy in another country", () => {
  it('codes the ally by the country it fights in', () => {
    const text = "Guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon.";
    expect(codes(text, '2000-01-01')).toContainEqual(["Israel's militia ally", 'LBNUAF']);
    expect(codes("Iran's militia allies in Iraq attacked a convoy.", '2019-12-01')).toEqual([
      ["Iran's militia allies", 'IRQUAF'],
    ]);
  });

  it("leaves a country's own force as that country's", () => {
    expect(codes("Israel's militia fired on the village.", '2000-01-01')).toEqual([["Israel's militia", 'ISRUAF']]);
  });
});
