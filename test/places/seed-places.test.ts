import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';

const SEEDS = new URL('../../examples/seeds/', import.meta.url);
function seed(prefix: string): Extraction {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const raw = readFileSync(new URL(file, SEEDS), 'utf8');
  const date = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(raw)!;
  return extract({ id: file, published: date[1]!, text: raw.slice(date[0].length) });
}

describe('places in the seed articles', () => {
  const article = seed('000_');

  it('places the G7 meeting of Lee and Ishiba in Canada, with coordinates (seed requirement)', () => {
    const meeting = article.events.find(
      (e) => e.cameo.startsWith('04') && e.evidence.text.includes('Group of Seven') && e.source.country === 'KOR',
    );
    expect(meeting?.place).toMatchObject({ name: 'Canada', country: 'CAN' });
    expect(typeof meeting?.place?.lat).toBe('number');
    expect(typeof meeting?.place?.lon).toBe('number');
  });

  it('places the press conference at Yeongbingwan of Blue House in Seoul, and reads no actor there', () => {
    const caption = article.doc.sentences[0]!;
    expect(article.places.filter((p) => p.sentence === caption.index).map((p) => [p.name, p.country])).toEqual([
      ['Seoul', 'KOR'],
    ]);
    expect(article.mentions.filter((m) => m.sentence === caption.index).map((m) => m.text)).not.toContain('Blue House');
  });
});
