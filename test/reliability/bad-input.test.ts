import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/read-inputs.js';
import { readAll, tempTree } from '../ingest/read-helpers.js';

// Each bad input sits in a folder beside a good article: the bad one is reported with its file (and line
// where a line is at fault), and the good one still comes through.
const GOOD = ' date 2025-07-04 Seoul and Tokyo held talks on Friday.\n';

async function readBeside(name: string, content: string | Uint8Array) {
  const dir = tempTree({ 'good.txt': GOOD, [name]: content });
  const result = await readAll([dir]);
  expect(result.articles.map((a) => a.id)).toContain('good');
  return { ...result, dir, file: join(dir, name) };
}

describe('each kind of bad input is reported with its file and line, and the rest goes in', () => {
  it('an empty file', async () => {
    const { issues, file } = await readBeside('empty.txt', '');
    expect(issues).toEqual([
      expect.objectContaining({ code: 'empty', where: file, message: expect.stringContaining('is empty') }),
    ]);
  });

  it('a file with no date', async () => {
    const { issues, file } = await readBeside('undated.txt', 'Seoul and Tokyo held talks.\n');
    expect(issues).toEqual([
      expect.objectContaining({ code: 'no-date', where: file, message: expect.stringContaining('pass --date') }),
    ]);
  });

  it('an impossible date, in a text file and in a JSON Lines record', async () => {
    const text = await readBeside('feb30.txt', '\n date 2025-02-30 Talks.\n');
    expect(text.issues).toEqual([
      expect.objectContaining({
        code: 'bad-date',
        where: `${text.file}:2`,
        message: expect.stringContaining('"2025-02-30", which is not a real day'),
      }),
    ]);
    const jsonl = await readBeside(
      'records.jsonl',
      '{"id":"a","date":"2025-07-04","text":"One."}\n{"id":"b","date":"2025-13-01","text":"Two."}\n',
    );
    expect(jsonl.issues.map((i) => [i.code, i.where])).toEqual([['bad-date', `${jsonl.file}:2`]]);
    expect(jsonl.articles.map((a) => a.id)).toEqual(['good', 'a']);
  });

  it('a broken JSON line, the lines around it still read', async () => {
    const { issues, articles, file } = await readBeside(
      'feed.jsonl',
      '{"id":"a","date":"2025-07-04","text":"One."}\n{"id":"b","date":"2025-07-04","text":"Tw\n{"id":"c","date":"2025-07-04","text":"Three."}\n',
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'bad-json',
        where: `${file}:2`,
        message: expect.stringContaining('fix or remove the line'),
      }),
    ]);
    expect(articles.map((a) => a.id)).toEqual(['a', 'c', 'good']);
  });

  it('a binary file, as text and as JSON Lines', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = tempTree({ 'good.txt': GOOD, 'image.txt': png, 'dump.jsonl': png });
    const { issues, articles } = await readAll([dir]);
    expect(issues.map((i) => [i.code, i.where])).toEqual([
      ['binary', join(dir, 'dump.jsonl')],
      ['binary', join(dir, 'image.txt')],
    ]);
    expect(articles.map((a) => a.id)).toEqual(['good']);
  });

  it('Windows-1252 text is refused at the line of its first bad byte, never decoded into mojibake', async () => {
    const latin = Buffer.from(' date 2025-07-04 Talks in Seoul.\nSecond line.\nThe caf\xe9 on the corner.\n', 'latin1');
    const { issues, articles, file } = await readBeside('latin1.txt', latin);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'not-utf8',
        where: `${file}:3`,
        message: expect.stringMatching(/byte 0xE9 on line 3.*Windows-1252.*iconv -f WINDOWS-1252 -t UTF-8/),
      }),
    ]);
    const records = await readBeside(
      'records.jsonl',
      Buffer.concat([
        Buffer.from('{"date":"2025-07-04","text":"caf\xe9"}\n', 'latin1'),
        Buffer.from('{"date":"2025-07-04","text":"café"}\n', 'utf8'),
      ]),
    );
    expect(records.issues.map((i) => [i.code, i.where])).toEqual([['not-utf8', `${records.file}:1`]]);
    // Nothing was let through with a replacement character in it.
    for (const a of [...articles, ...records.articles]) expect(a.text).not.toContain('\uFFFD');
    expect(records.articles.map((a) => a.text)).toContain('café');
  });

  it('a 50 MB article is refused with its size, without being read into memory', async () => {
    const dir = tempTree({ 'good.txt': GOOD });
    const sentence = 'Seoul and Tokyo held talks on trade. ';
    writeFileSync(
      join(dir, 'huge.txt'),
      ` date 2025-07-04 ${sentence.repeat(Math.ceil((50 * 2 ** 20) / sentence.length))}`,
    );
    const heapBefore = process.memoryUsage().heapUsed;
    const { issues, articles } = await readAll([dir]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(16 * 2 ** 20);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'too-large',
        where: join(dir, 'huge.txt'),
        message: expect.stringMatching(/\(50\.0 MB\), over the .* \(20\.0 MB\) limit for one article; it was not read/),
      }),
    ]);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(DEFAULT_MAX_BYTES).toBe(20 * 2 ** 20);
    rmSync(dir, { recursive: true });
  });

  it('a 50 MB record in a JSON Lines file is skipped at its line while the next ones are read', async () => {
    const dir = tempTree();
    const file = join(dir, 'dump.jsonl');
    const big = JSON.stringify({ id: 'big', date: '2025-07-04', text: 'x'.repeat(50 * 2 ** 20) });
    writeFileSync(
      file,
      `{"id":"a","date":"2025-07-04","text":"One."}\n${big}\n{"id":"c","date":"2025-07-04","text":"Three."}\n`,
    );
    const { issues, articles } = await readAll([file]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'too-large',
        where: `${file}:2`,
        message: expect.stringContaining('the other lines were read'),
      }),
    ]);
    expect(articles.map((a) => a.id)).toEqual(['a', 'c']);
    rmSync(dir, { recursive: true });
  });

  it('HTML with scripts and styles: none of their content reaches the article text', async () => {
    const page = `<!doctype html><html><head><title>Talks in Seoul</title>
      <meta property="article:published_time" content="2025-07-04T09:00:00+09:00">
      <style>body { color: red } .SECRET_STYLE {}</style>
      <script>var SECRET_SCRIPT = document.cookie;</script>
      <script type="application/ld+json">{"datePublished":"2025-07-04","SECRET_JSON":1}</script></head>
      <body><nav>Home | World | SECRET_NAV</nav><article><h1>Talks in Seoul</h1>
      <p>South Korean and Japanese officials held talks in Seoul on Friday about trade and security.</p>
      <script>document.write('SECRET_INLINE')</script><style>p { SECRET_INLINE_STYLE: 1 }</style>
      <noscript>SECRET_NOSCRIPT</noscript>
      <p>The two sides agreed to meet again next month in Tokyo, officials said after the meeting ended.</p>
      <p><img src="x" onerror="alert('SECRET_HANDLER')">Both governments welcomed the outcome of the talks.</p>
      </article></body></html>`;
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Talks</title><pubDate>Fri, 04 Jul 2025 10:00:00 GMT</pubDate><description><![CDATA[
      <p>Seoul and Tokyo held talks.</p><script>steal('SECRET_FEED_SCRIPT')</script><style>SECRET_FEED_STYLE</style>
      ]]></description></item></channel></rss>`;
    const dir = tempTree({ 'good.txt': GOOD, 'page.html': page, 'news.xml': feed });
    const { articles, issues } = await readAll([dir]);
    expect(issues).toEqual([]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(byId.get('page')).toMatchObject({ published: '2025-07-04', title: 'Talks in Seoul' });
    expect(byId.get('page')?.text).toContain('held talks in Seoul on Friday');
    expect(byId.get('page')?.text).toContain('Both governments welcomed');
    const feedArticle = articles.find((a) => a.origin?.startsWith(join(dir, 'news.xml')));
    expect(feedArticle?.text).toBe('Seoul and Tokyo held talks.');
    for (const article of articles) {
      expect(article.text).not.toMatch(/SECRET|document\.|<script|color: red/);
      expect(article.title ?? '').not.toMatch(/SECRET/);
    }
  });

  it('a feed with 10,000 items: every good item read, the bad ones named by line', async () => {
    const items: string[] = [];
    for (let i = 1; i <= 10_000; i++) {
      const date =
        i === 5000
          ? ''
          : i === 7000
            ? '<pubDate>Mon, 31 Feb 2025 10:00:00 GMT</pubDate>'
            : `<pubDate>Fri, 04 Jul 2025 10:00:00 GMT</pubDate>`;
      items.push(
        `<item><title>Item ${i}</title><link>https://news.example/${i}</link><guid>item-${i}</guid>${date}\n<description>&lt;p&gt;Seoul and Tokyo held talks, round ${i}.&lt;/p&gt;</description></item>`,
      );
    }
    // Line 1 is the XML declaration, line 2 the channel; item i starts on line 2i + 1.
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Wire</title>\n${items.join('\n')}\n</channel></rss>\n`;
    const { articles, issues, file } = await readBeside('wire.rss', xml);
    expect(issues.map((i) => [i.code, i.where])).toEqual([
      ['no-date', `${file}:${2 * 5000 + 1}`],
      ['bad-date', `${file}:${2 * 7000 + 1}`],
    ]);
    const fromFeed = articles.filter((a) => a.id.startsWith('item-'));
    expect(fromFeed).toHaveLength(9_998);
    expect(fromFeed[0]).toEqual({
      id: 'item-1',
      published: '2025-07-04',
      text: 'Seoul and Tokyo held talks, round 1.',
      origin: `${file}:3`,
      url: 'https://news.example/1',
      title: 'Item 1',
    });
    expect(new Set(fromFeed.map((a) => a.id)).size).toBe(9_998);
  });

  it('a folder with symbolic link loops: each file read once, the walk ends', async () => {
    const dir = tempTree({ 'good.txt': GOOD, 'sub/inner.txt': ' date 2025-07-05 Inner.\n' });
    symlinkSync(dir, join(dir, 'sub', 'back-to-top'));
    symlinkSync('.', join(dir, 'here'));
    mkdirSync(join(dir, 'deep'));
    symlinkSync(join(dir, 'deep', 'self'), join(dir, 'deep', 'self'));
    const { articles, issues } = await readAll([dir]);
    expect(articles.map((a) => a.id)).toEqual(['good', 'inner']);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'unreadable',
        where: join(dir, 'deep', 'self'),
        message: expect.stringContaining('loop of symbolic links'),
      }),
    ]);
  });
});
