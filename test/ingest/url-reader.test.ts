import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadItem } from '../../src/ingest/reader.js';
import { readSources } from '../../src/ingest/read-sources.js';
import { readUrl } from '../../src/ingest/url-reader.js';

const STORY =
  'South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met in Canada on Tuesday. ' +
  'The two leaders agreed to strengthen communication between their governments. ';

const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Leaders meet | Example News</title>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now!</nav>
  <article><h1>Leaders meet</h1>${body}</article>
  <footer>Copyright Example News. Cookie settings.</footer></body></html>`;

const PAGES: Record<string, [string, string]> = {
  '/story': [
    'text/html',
    page(
      `<p>${STORY}</p><p>${STORY.repeat(3)}</p>`,
      '<meta property="article:published_time" content="2025-06-18T09:00:00+09:00">',
    ),
  ],
  '/ld': [
    'text/html',
    page(
      `<p>${STORY.repeat(4)}</p>`,
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-19"}</script>',
    ),
  ],
  '/undated': ['text/html', page(`<p>${STORY.repeat(4)}</p>`)],
  '/rss': [
    'application/rss+xml',
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example</title><link>http://x</link><description>d</description>
     <item><title>Full item</title><guid>full-1</guid><link>http://example.invalid/full</link><pubDate>Fri, 04 Jul 2025 10:00:00 GMT</pubDate>
       <content:encoded><![CDATA[<p>${STORY.repeat(3)}</p>]]></content:encoded></item>
     <item><title>Summary item</title><link>LINK/story</link><pubDate>Wed, 18 Jun 2025 00:00:00 GMT</pubDate><description>Leaders met.</description></item>
     <item><title>Gone</title><link>LINK/missing</link><pubDate>Wed, 18 Jun 2025 00:00:00 GMT</pubDate></item>
    </channel></rss>`,
  ],
  '/atom': [
    'application/atom+xml',
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2025-07-04T00:00:00Z</updated>
     <entry><title>Atom entry</title><id>atom-1</id><link href="LINK/ld"/><published>2025-06-19T00:00:00Z</published></entry></feed>`,
  ],
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const found = PAGES[req.url ?? ''];
    if (!found) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': found[0] }).end(found[1].replaceAll('LINK', base));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function all(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('reading web pages', () => {
  it('takes the main text, the title and the published day from the metadata', async () => {
    const [item] = await all(readUrl(`${base}/story`));
    expect(item?.kind).toBe('article');
    if (item?.kind !== 'article') return;
    expect(item.article).toMatchObject({
      id: `${base}/story`,
      published: '2025-06-18',
      url: `${base}/story`,
      title: 'Leaders meet | Example News',
    });
    expect(item.article.text).toContain('met in Canada on Tuesday');
    expect(item.article.text).not.toMatch(/Subscribe|Cookie/);
  });

  it('reads the date from JSON-LD, else from --date, else reports the page', async () => {
    const [ld] = await all(readUrl(`${base}/ld`));
    expect(ld?.kind === 'article' && ld.article.published).toBe('2025-06-19');
    const [dated] = await all(readUrl(`${base}/undated`, { date: '2025-06-20' }));
    expect(dated?.kind === 'article' && dated.article.published).toBe('2025-06-20');
    const [undated] = await all(readUrl(`${base}/undated`));
    expect(undated).toMatchObject({ kind: 'issue', issue: { code: 'no-date', where: `${base}/undated` } });
  });

  it('reports a page that cannot be fetched, naming it', async () => {
    const [missing] = await all(readUrl(`${base}/nothing`));
    expect(missing).toMatchObject({ kind: 'issue', issue: { code: 'unreadable' } });
    expect(missing?.kind === 'issue' && missing.issue.message).toContain('HTTP 404');
  });
});

describe('reading feeds', () => {
  it('takes full items from the feed, fetches the pages of summaries, and reports dead links', async () => {
    const items = await all(readUrl(`${base}/rss`));
    expect(items.map((i) => i.kind)).toEqual(['article', 'article', 'issue']);
    const [full, linked] = items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
    expect(full).toMatchObject({ id: 'full-1', published: '2025-07-04', title: 'Full item' });
    expect(linked).toMatchObject({ id: `${base}/story`, published: '2025-06-18' });
    expect(linked?.text).toContain('agreed to strengthen communication');
  });

  it('reads Atom feeds, and mixes URLs with files in one run', async () => {
    const items = await all(readSources([`${base}/atom`]));
    expect(items).toHaveLength(1);
    expect(items[0]?.kind === 'article' && items[0].article.published).toBe('2025-06-19');
  });
});
