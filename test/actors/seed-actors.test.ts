import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';

// The two seed articles (seed format: " date YYYY-MM-DD " then the text), as `dyad extract` reads them.
const SEEDS = new URL('../../examples/seeds/', import.meta.url);
function seed(prefix: string): Extraction {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const raw = readFileSync(new URL(file, SEEDS), 'utf8');
  const date = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(raw)!;
  return extract({ id: file, published: date[1]!, text: raw.slice(date[0].length) });
}

describe('the seed articles', () => {
  const articles = [seed('000_'), seed('003_')];

  it('resolves every mention of Lee Jae-myung, however written, to one KORGOV person', () => {
    for (const { mentions } of articles) {
      const lee = mentions.filter((m) => /\bLee\b/.test(m.text));
      expect(lee.length).toBeGreaterThan(3);
      for (const m of lee) expect([m.text, m.actor.code, m.actor.name]).toEqual([m.text, 'KORGOV', 'Lee Jae-myung']);
    }
  });

  it('resolves Ishiba to JPNGOV', () => {
    const ishiba = articles.flatMap((a) => a.mentions.filter((m) => m.text.includes('Ishiba')));
    expect(ishiba.length).toBeGreaterThan(1);
    for (const m of ishiba) expect(m.actor.code).toBe('JPNGOV');
  });

  it('learns Akihisa Nagashima as a JPNGOV person and knows him again by surname', () => {
    const nagashima = articles[1]!.mentions.filter((m) => m.text.includes('Nagashima'));
    expect(nagashima.map((m) => [m.text, m.actor.code, m.via])).toEqual([
      ['Akihisa Nagashima', 'JPNGOV', 'apposition'],
      ['Nagashima', 'JPNGOV', 'coreference'],
    ]);
  });

  it('reads "its northern neighbor" and "the North" as North Korea', () => {
    const { mentions } = articles[0]!;
    expect(mentions.find((m) => m.text === 'its northern neighbor')?.actor.code).toBe('PRK');
    const korea = articles.flatMap((a) => a.mentions).filter((m) => /^the (North|South)$/i.test(m.text));
    for (const m of korea) expect(m.actor.code).toBe(m.text.endsWith('North') ? 'PRK' : 'KOR');
  });

  it('reads "the two countries" as the South Korea–Japan pair', () => {
    const pair = articles[1]!.mentions.find((m) => m.text === 'the two countries');
    expect(pair?.group?.map((a) => a.country)).toEqual(['KOR', 'JPN']);
  });

  it('places the G7 meeting in Canada', () => {
    const meeting = articles[0]!.events.find((e) => e.evidence.text.includes('Group of Seven'));
    expect(meeting?.place?.country).toBe('CAN');
  });
});
