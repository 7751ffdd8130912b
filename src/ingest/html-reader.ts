import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isIsoDay } from './iso-day.js';

type Page = ReturnType<typeof parseHTML>['document'];
import type { ReadItem, ReadOptions } from './reader.js';

// Where pages state when they were published, most specific first (Open Graph / article, schema.org,
// Dublin Core, generic meta, then the first <time datetime>).
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date"]',
  'meta[name="pubdate"]',
  'meta[property="og:updated_time"]',
];

/** The calendar day at the start of an ISO date-time or RFC 822 date, or null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  if (direct !== undefined) return isIsoDay(direct) ? direct : null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

function jsonLdDate(document: Page): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

function pageDate(document: Page): string | null {
  for (const selector of DATE_SELECTORS) {
    const day = dayOf(document.querySelector(selector)?.getAttribute('content'));
    if (day !== null) return day;
  }
  return dayOf(jsonLdDate(document)) ?? dayOf(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

/** Plain text of an HTML fragment (a feed item's content), paragraphs kept apart by blank lines. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const block of document.querySelectorAll('p, div, br, li, h1, h2, h3, h4, blockquote')) block.after('\n\n');
  return (document.body.textContent ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*\n\s*/g, '\n\n')
    .trim();
}

/**
 * Reads a news page: the main text as Mozilla's Readability finds it (navigation, ads and comments left
 * out), the title, and the publication day from the page's metadata, else `options.date`, else
 * `fallbackDate` (a feed item's date). Yields an issue when the page has no text or no date.
 *
 * ```ts
 * readHtmlArticle(html, 'https://news.example/a', {}); // { kind: 'article', article: { id: 'https://news.example/a', ... } }
 * ```
 */
export function readHtmlArticle(html: string, url: string, options: ReadOptions, fallbackDate?: string): ReadItem {
  const { document } = parseHTML(html);
  const published = pageDate(document) ?? options.date ?? fallbackDate ?? null;
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const paragraphs = parsed?.content ? htmlToText(parsed.content) : (parsed?.textContent ?? '').trim();
  if (paragraphs === '') {
    return {
      kind: 'issue',
      issue: { code: 'missing-text', where: url, message: `${url} has no article text that could be found` },
    };
  }
  if (published === null || !isIsoDay(published)) {
    return {
      kind: 'issue',
      issue: {
        code: 'no-date',
        where: url,
        message: `${url} states no publication date in its metadata: pass --date YYYY-MM-DD`,
      },
    };
  }
  const title = parsed?.title?.trim() || document.querySelector('title')?.textContent?.trim() || undefined;
  return {
    kind: 'article',
    article: { id: url, published, text: paragraphs, url, origin: url, ...(title ? { title } : {}) },
  };
}
