import { parseFeed } from 'feedsmith';
import { dayOf } from './html-reader.js';

/** One item of an RSS, Atom or RDF feed, as the web reader needs it. */
export interface FeedItem {
  readonly title?: string;
  readonly link?: string;
  /** The day the item states, or null when it states none or no real day (see `dateText`). */
  readonly published: string | null;
  /** The item's date as written, kept so a date that is no real day can be reported. */
  readonly dateText?: string;
  /** The item's own content (HTML), when the feed carries more than a summary. */
  readonly html?: string;
  /** The item's description or summary (HTML), often all a feed says about an item. */
  readonly summary?: string;
  readonly id?: string;
}

type Loose = Record<string, unknown>;
const str = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Loose)['value'] === 'string')
    return (value as Loose)['value'] as string;
  return undefined;
};

/**
 * Whether a document looks like a feed rather than a page (by its root element), so a URL can be either.
 */
export function looksLikeFeed(body: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(body);
}

// An item's or entry's start tag, outside comments and CDATA sections (whose text may hold anything).
const ITEM_TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(?:[\w-]+:)?(item|entry)[\s>/]/g;

/**
 * The 1-based line on which each item (RSS, RDF) or entry (Atom) starts, in document order, so a reader
 * can say `feed.xml:120` about one item. The parser gives no positions; this scan finds the same start
 * tags it reads.
 *
 * ```ts
 * itemLines('<rss><channel>\n<item>…</item>\n<item>…</item></channel></rss>'); // [2, 3]
 * ```
 */
export function itemLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const match of xml.matchAll(ITEM_TAG)) {
    if (match[1] === undefined) continue;
    for (let i = xml.indexOf('\n', at); i !== -1 && i < match.index; i = xml.indexOf('\n', i + 1)) line++;
    at = match.index;
    lines.push(line);
  }
  return lines;
}

/**
 * The items of an RSS 2.0, Atom or RDF feed (parsed by feedsmith), with their link, day and content.
 * Throws feedsmith's `ParseError` for a document that is no feed.
 *
 * ```ts
 * readFeed(xml); // [{ title: 'Talks in Seoul', link: 'https://…/a', published: '2025-07-04', html: '<p>…' }]
 * ```
 */
export function readFeed(xml: string): FeedItem[] {
  const parsed = parseFeed(xml) as { format: string; feed: Loose };
  const raw = ((parsed.feed['items'] ?? parsed.feed['entries'] ?? []) as Loose[]) ?? [];
  return raw.map((item) => {
    const links = item['links'] as { href?: string; rel?: string }[] | undefined;
    const link = str(item['link']) ?? links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? links?.[0]?.href;
    const content = (item['content'] as Loose | undefined) ?? undefined;
    const html = (content && (str(content['encoded']) ?? str(content))) ?? undefined;
    const dc = item['dc'] as Loose | undefined;
    const date = str(item['pubDate']) ?? str(item['published']) ?? str(item['updated']) ?? str(dc?.['date']);
    const title = str(item['title']);
    const summary = str(item['description']) ?? str(item['summary']);
    const id = str(item['guid']) ?? str(item['id']);
    return {
      published: dayOf(date),
      ...(date ? { dateText: date } : {}),
      ...(title ? { title } : {}),
      ...(link ? { link } : {}),
      ...(html ? { html } : {}),
      ...(summary ? { summary } : {}),
      ...(id ? { id } : {}),
    };
  });
}
