import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAll, tempTree } from './read-helpers.js';

// The seed articles ship with the repository in examples/seeds.
const seeds = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));

describe('seed format', () => {
  it('reads the seed articles: id from the file name, date from the date line', async () => {
    const { articles, issues } = await readAll([seeds]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => [a.id, a.published])).toEqual([
      ['000_046032c9f7e7faea', '2025-07-04'],
      ['003_2cf08e71ee2293b1', '2025-06-17'],
    ]);
    const first = articles[0];
    expect(first?.text.startsWith('South Korean President Lee Jae-myung')).toBe(true);
    expect(first?.text).toBe(first?.text.trim());
    expect(first?.origin).toBe(join(seeds, '000_046032c9f7e7faea.txt'));
  });

  it('takes the rest of the file after the date, trimmed', async () => {
    const dir = tempTree({ 'a.b.txt': '\n  date 2025-07-04   Seoul and Tokyo met.\n\nSecond paragraph.\n' });
    const { articles } = await readAll([join(dir, 'a.b.txt')]);
    expect(articles).toEqual([
      {
        id: 'a.b',
        published: '2025-07-04',
        text: 'Seoul and Tokyo met.\n\nSecond paragraph.',
        origin: join(dir, 'a.b.txt'),
      },
    ]);
  });

  it("prefers the file's own date to --date", async () => {
    const dir = tempTree({ 'a.txt': ' date 2025-07-04 Text.' });
    const { articles } = await readAll([dir], { date: '2020-01-01' });
    expect(articles[0]?.published).toBe('2025-07-04');
  });

  it('reads plain text with --date, and a text that merely starts with the word "date"', async () => {
    const dir = tempTree({ 'plain.txt': 'Date palms were exchanged.\n' });
    const { articles, issues } = await readAll([dir], { date: '2025-07-04' });
    expect(issues).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'plain',
        published: '2025-07-04',
        text: 'Date palms were exchanged.',
        origin: join(dir, 'plain.txt'),
      },
    ]);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const dir = tempTree({ 'bom.txt': '\uFEFF date 2025-07-04 Text.' });
    const { articles } = await readAll([dir]);
    expect(articles[0]?.published).toBe('2025-07-04');
  });
});

describe('JSON Lines', () => {
  it('uses the record ids', async () => {
    const dir = tempTree({
      'feed.jsonl':
        '{"id":"kr-1","date":"2025-07-01","text":"One.","title":"T","url":"https://x.test/1","source":"Yonhap"}\n' +
        '{"id":42,"date":"2025-07-02","text":"Two."}\n',
    });
    const file = join(dir, 'feed.jsonl');
    const { articles, issues } = await readAll([file]);
    expect(issues).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'kr-1',
        published: '2025-07-01',
        text: 'One.',
        title: 'T',
        url: 'https://x.test/1',
        source: 'Yonhap',
        origin: `${file}:1`,
      },
      { id: '42', published: '2025-07-02', text: 'Two.', origin: `${file}:2` },
    ]);
  });

  it('numbers records without ids by line (1-based, blank lines counted but skipped)', async () => {
    const dir = tempTree({
      'feed.ndjson': '{"date":"2025-07-01","text":"One."}\n\n{"date":"2025-07-02","text":"Two."}\n',
    });
    const { articles } = await readAll([dir]);
    expect(articles.map((a) => [a.id, a.origin])).toEqual([
      ['1', `${join(dir, 'feed.ndjson')}:1`],
      ['3', `${join(dir, 'feed.ndjson')}:3`],
    ]);
  });

  it('accepts "published" instead of "date", and a timestamp as the date', async () => {
    const dir = tempTree({
      'feed.jsonl':
        '{"published":"2025-07-03","text":"One."}\r\n{"published":"2025-07-04T23:10:00+09:00","text":"Two."}\r\n',
    });
    const { articles, issues } = await readAll([dir]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.published)).toEqual(['2025-07-03', '2025-07-04']);
  });

  it('leaves out null optional fields and falls back to --date', async () => {
    const dir = tempTree({ 'feed.jsonl': '{"id":null,"text":"One.","title":null}\n' });
    const { articles } = await readAll([dir], { date: '2025-07-04' });
    expect(articles).toEqual([
      { id: '1', published: '2025-07-04', text: 'One.', origin: `${join(dir, 'feed.jsonl')}:1` },
    ]);
  });
});

describe('folders', () => {
  it('recurses in sorted order, skipping hidden entries and binary extensions', async () => {
    const dir = tempTree({
      'b/z.txt': ' date 2025-07-02 Z.',
      'b/a.jsonl': '{"id":"j","date":"2025-07-03","text":"J."}\n',
      'a.txt': ' date 2025-07-01 A.',
      'c/deeper/d.txt': ' date 2025-07-04 D.',
      '.hidden.txt': ' date 2025-07-05 Hidden.',
      '.git/x.txt': ' date 2025-07-06 Hidden folder.',
      'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'store.sqlite': new Uint8Array([0x53, 0x51, 0]),
    });
    const { articles, issues } = await readAll([dir]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['a', 'j', 'z', 'd']);
  });

  it("passes over a folder's README and LICENSE, but reads one named on its own", async () => {
    const dir = tempTree({
      'README.md': '# Our corpus\n\nArticles from the wire.',
      LICENSE: 'Public domain.',
      'b/CHANGELOG.txt': 'Added July.',
      'b/readme-notes.txt': ' date 2025-07-02 Notes that are an article.',
      'a.txt': ' date 2025-07-01 A.',
    });
    const folder = await readAll([dir]);
    expect(folder.issues).toEqual([]);
    expect(folder.articles.map((a) => a.id)).toEqual(['a', 'readme-notes']);
    const named = await readAll([join(dir, 'README.md')]);
    expect(named.issues.map((i) => i.code)).toEqual(['no-date']);
  });

  it('survives a symbolic-link loop and reads each file once', async () => {
    const dir = tempTree({ 'news/a.txt': ' date 2025-07-01 A.' });
    symlinkSync(join(dir, 'news'), join(dir, 'news', 'loop'));
    symlinkSync(join(dir, 'news', 'a.txt'), join(dir, 'news', 'same.txt'));
    const { articles, issues } = await readAll([dir, join(dir, 'news', 'a.txt')]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['a']);
  });

  it('keeps files and folders in the order given', async () => {
    const dir = tempTree({ 'x/b.txt': ' date 2025-07-02 B.', 'a.txt': ' date 2025-07-01 A.' });
    const { articles } = await readAll([join(dir, 'x'), join(dir, 'a.txt')]);
    expect(articles.map((a) => a.id)).toEqual(['b', 'a']);
  });
});
