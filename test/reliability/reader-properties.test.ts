import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeedFile } from '../../src/ingest/feed-file-reader.js';
import { dayOf } from '../../src/ingest/html-reader.js';
import { readHtmlFile } from '../../src/ingest/html-file-reader.js';
import { isIsoDay } from '../../src/ingest/iso-day.js';
import { readJsonlArticles } from '../../src/ingest/jsonl-reader.js';
import { readLines } from '../../src/ingest/line-stream.js';
import type { ReadItem } from '../../src/ingest/reader.js';
import { readTextArticle } from '../../src/ingest/text-reader.js';
import { firstInvalidUtf8 } from '../../src/ingest/utf8.js';
import { readAll, tempTree } from '../ingest/read-helpers.js';

// Whatever bytes arrive, a reader answers with articles or issues: it never throws, and what it yields
// is well formed (a real day, some text, a place that names the input).
function expectWellFormed(item: ReadItem, where: string): void {
  if (item.kind === 'issue') {
    expect(item.issue.where.startsWith(where)).toBe(true);
    expect(item.issue.message.startsWith(item.issue.where)).toBe(true);
  } else {
    expect(isIsoDay(item.article.published)).toBe(true);
    expect(item.article.text.trim()).not.toBe('');
    expect(item.article.text).not.toContain('\uFFFD');
  }
}

// Text that looks a little like each format, so the properties reach past the first check.
const markupish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('<', '>', '</', '<p>', '<script>', '</script>', '<item>', '</item>', '<entry>', '<![CDATA[', ']]>'),
    fc.constantFrom('<rss version="2.0"><channel>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<pubDate>'),
    fc.constantFrom('Fri, 04 Jul 2025', '2025-02-30', '&amp;', '&#0;', '&#xD800;', '<!--', '-->', '<title>'),
  ),
  { maxLength: 40 },
);
const jsonish = fc.array(
  fc.oneof(
    fc.string(),
    fc.json(),
    fc.constantFrom('\n', '{"date":"2025-07-04","text":"x"}', '{"date":', '"2025-02-29"', '{"id":[]}', '\uFEFF'),
  ),
  { maxLength: 20 },
);

describe('readers on arbitrary input never crash', () => {
  it('the text reader', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => ` date ${s}`),
        ),
        (text) => expectWellFormed(readTextArticle(text, 'a.txt', { date: '2025-07-04' }), 'a.txt'),
      ),
      { numRuns: 300 },
    );
  });

  it('the JSON Lines reader', () => {
    fc.assert(
      fc.property(jsonish, (parts) => {
        for (const item of readJsonlArticles(parts.join(''), 'a.jsonl')) expectWellFormed(item, 'a.jsonl');
      }),
      { numRuns: 300 },
    );
  });

  it('the HTML and feed readers', () => {
    fc.assert(
      fc.property(markupish, (parts) => {
        const markup = parts.join('');
        expectWellFormed(readHtmlFile(markup, 'a.html', { date: '2025-07-04' }), 'a.html');
        for (const item of readFeedFile(markup, 'a.xml')) expectWellFormed(item, 'a.xml');
      }),
      { numRuns: 150 },
    );
  });

  it('dates as feeds and pages write them: a real day or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: false }).map((d) => String(d)),
        ),
        (text) => {
          const day = dayOf(text);
          if (day !== null) expect(isIsoDay(day)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('files of arbitrary bytes, whatever their extension', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('txt', 'jsonl', 'html', 'xml'),
        async (bytes, ext) => {
          const dir = tempTree({ [`input.${ext}`]: bytes });
          const { articles, issues } = await readAll([dir], { date: '2025-07-04' });
          for (const issue of issues) expectWellFormed({ kind: 'issue', issue }, join(dir, `input.${ext}`));
          for (const article of articles) expectWellFormed({ kind: 'article', article }, '');
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('the pieces under the readers', () => {
  it('finds a bad UTF-8 byte exactly when the strict decoder refuses', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array(),
          fc.string().map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          let valid = true;
          try {
            decoder.decode(bytes);
          } catch {
            valid = false;
          }
          const at = firstInvalidUtf8(bytes);
          expect(at === -1).toBe(valid);
          // Everything before the bad byte is itself well-formed UTF-8.
          if (!valid) expect(() => decoder.decode(bytes.subarray(0, at))).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('streams lines exactly as a split would, over any chunk boundaries, dropping only over-long lines', async () => {
    const dir = tempTree();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.constant(new Uint8Array([0x0a]))), { maxLength: 30 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 50 }),
        async (pieces, chunk, maxLine) => {
          const bytes = Buffer.concat(pieces);
          const file = join(dir, 'lines.bin');
          writeFileSync(file, bytes);
          const expected = bytes.length === 0 ? [] : bytes.toString('latin1').split('\n');
          if (expected.at(-1) === '') expected.pop();
          const got: string[] = [];
          for await (const raw of readLines(file, maxLine, undefined, chunk)) {
            expect(raw.line).toBe(got.length + 1);
            got.push(raw.kind === 'line' ? raw.bytes.toString('latin1') : `<${raw.size}>`);
          }
          expect(got).toEqual(expected.map((l) => (l.length > maxLine ? `<${l.length}>` : l)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
