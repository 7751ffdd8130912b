import { parseFeed } from 'feedsmith';
import { dayOf } from './html-reader.js';

/** One item of an RSS, Atom or RDF feed, as the web reader needs it. */
export interface FeedItem {
  readonly title?: string;
  readonly link?: string;
  readonly published: string | null;
  /** The item's own content (HTML), when the feed carries more than a summary. */
  readonly html?: string;
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
    const id = str(item['guid']) ?? str(item['id']);
    return {
      published: dayOf(date),
      ...(title ? { title } : {}),
      ...(link ? { link } : {}),
      ...(html ? { html } : {}),
      ...(id ? { id } : {}),
    };
  });
}
