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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822 as feeds write it: `Fri, 04 Jul 2025 10:00:00 GMT` (weekday and time optional).
const RFC_822_DAY = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i;

/**
 * The calendar day an ISO date-time or RFC 822 date states, as written (not shifted to UTC), or null
 * when there is none or it is no real day (`31 Feb`): an impossible date is refused, never rolled over.
 */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(trimmed)?.[1];
  if (direct !== undefined) return isIsoDay(direct) ? direct : null;
  const rfc = RFC_822_DAY.exec(trimmed);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    const day = `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
    return month > 0 && isIsoDay(day) ? day : null;
  }
  const parsed = new Date(trimmed);
  if (Number.isNaN(parsed.getTime())) return null;
  // Years past 9999 or before 0 come out as `+010000-…`, which is no day a store can hold.
  const day = parsed.toISOString().slice(0, 10);
  return isIsoDay(day) ? day : null;
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

// Elements whose content is code, styling or embedded documents, never words of the article.
const NOT_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, math, canvas, head';

/**
 * Plain text of an HTML fragment (a feed item's content), paragraphs kept apart by blank lines. Scripts,
 * styles and other non-text elements are dropped with their content, so their code never reaches the
 * article text.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of document.querySelectorAll(NOT_TEXT)) element.remove();
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
  // The date has been read from any JSON-LD script; Readability drops scripts itself, but its fallback
  // text and the title would not, so no script or style is left for them to see.
  for (const element of document.querySelectorAll(NOT_TEXT.replace(', head', ''))) element.remove();
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
