import { readFeed, looksLikeFeed } from './feed-reader.js';
import { htmlToText, readHtmlArticle } from './html-reader.js';
import { isIsoDay } from './iso-day.js';
import type { ReadItem, ReadOptions } from './reader.js';

/** Whether an input names a web address rather than a file. */
export const isUrl = (input: string) => /^https?:\/\//i.test(input);

// A feed item whose content is at least this long is taken as the article; shorter ones are summaries,
// and the page at the item's link is fetched instead.
const FULL_CONTENT = 400;

function unreadable(where: string, why: string): ReadItem {
  return { kind: 'issue', issue: { code: 'unreadable', where, message: `${where} could not be fetched (${why})` } };
}

async function get(
  url: string,
  timeoutMs: number,
): Promise<{ ok: true; body: string } | { ok: false; item: ReadItem }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) return { ok: false, item: unreadable(url, `HTTP ${response.status}`) };
    return { ok: true, body: await response.text() };
  } catch (error) {
    return { ok: false, item: unreadable(url, error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * Reads a web address: a news page (main text, title, date from its metadata) or an RSS/Atom feed, each of
 * whose items becomes an article from its own content when the feed carries it in full, else from the
 * page at its link. Never throws: a page that cannot be fetched or read yields an issue naming it.
 *
 * ```ts
 * for await (const item of readUrl('https://news.example/feed.xml')) if (item.kind === 'article') …
 * ```
 */
export async function* readUrl(
  url: string,
  options: ReadOptions & { timeoutMs?: number } = {},
): AsyncGenerator<ReadItem> {
  const timeout = options.timeoutMs ?? 20_000;
  const page = await get(url, timeout);
  if (!page.ok) {
    yield page.item;
    return;
  }
  if (!looksLikeFeed(page.body)) {
    yield readHtmlArticle(page.body, url, options);
    return;
  }
  let items;
  try {
    items = readFeed(page.body);
  } catch (error) {
    yield {
      kind: 'issue',
      issue: { code: 'unreadable', where: url, message: `${url} is not a feed that can be read (${String(error)})` },
    };
    return;
  }
  for (const [i, item] of items.entries()) {
    const where = item.link ?? `${url}#${i + 1}`;
    const text = item.html ? htmlToText(item.html) : '';
    if (text.length >= FULL_CONTENT || (item.link === undefined && text !== '')) {
      const published = item.published ?? options.date ?? null;
      if (published === null || !isIsoDay(published)) {
        yield {
          kind: 'issue',
          issue: { code: 'no-date', where, message: `${where} has no date in the feed: pass --date YYYY-MM-DD` },
        };
        continue;
      }
      yield {
        kind: 'article',
        article: {
          id: item.id ?? where,
          published,
          text,
          origin: url,
          ...(item.link ? { url: item.link } : {}),
          ...(item.title ? { title: item.title } : {}),
        },
      };
      continue;
    }
    if (item.link === undefined) {
      yield {
        kind: 'issue',
        issue: { code: 'missing-text', where, message: `${where} has neither content nor a link` },
      };
      continue;
    }
    const linked = await get(item.link, timeout);
    if (!linked.ok) yield linked.item;
    else yield readHtmlArticle(linked.body, item.link, options, item.published ?? undefined);
  }
}
