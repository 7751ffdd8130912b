import { itemLines, readFeed } from './feed-reader.js';
import { htmlToText } from './html-reader.js';
import { isIsoDay } from './iso-day.js';
import { ReadIssue } from './read-issue.js';
import type { ReadItem, ReadOptions } from './reader.js';

/**
 * Reads a saved RSS, Atom or RDF feed (`.xml`, `.rss`, `.atom`): each item becomes an article from its
 * own content, else its description or summary, as plain text (scripts and styles dropped). Nothing is
 * fetched: a file is read offline, so an item's link is kept as its URL but not followed. Each item that
 * cannot be taken yields an issue at `file:line` of its start tag, and the other items still come through.
 *
 * ```ts
 * for (const item of readFeedFile(xml, 'saved/news.xml')) if (item.kind === 'article') console.log(item.article.id);
 * ```
 */
export function* readFeedFile(xml: string, file: string, options: ReadOptions = {}): Generator<ReadItem> {
  let items;
  try {
    items = readFeed(xml);
  } catch (error) {
    yield ReadIssue.notParsed(file, 'an RSS or Atom feed', error);
    return;
  }
  const lines = itemLines(xml);
  // The scan and the parser see the same start tags in a well-formed feed; if not, say the item number.
  const whereOf = (i: number) => (lines.length === items.length ? `${file}:${lines[i]}` : `${file}#${i + 1}`);
  for (const [i, item] of items.entries()) {
    const where = whereOf(i);
    let text: string;
    try {
      text = htmlToText(item.html ?? item.summary ?? '');
    } catch (error) {
      yield ReadIssue.notParsed(where, "a feed item's HTML", error);
      continue;
    }
    if (item.published === null && item.dateText !== undefined) {
      yield ReadIssue.badDate(where, item.dateText);
      continue;
    }
    const published = item.published ?? options.date ?? null;
    if (published === null || !isIsoDay(published)) {
      yield {
        kind: 'issue',
        issue: {
          code: 'no-date',
          where,
          message: `${where} is a feed item with no date that can be read: give it a pubDate or pass --date`,
        },
      };
      continue;
    }
    if (text === '') {
      yield ReadIssue.missingText(where);
      continue;
    }
    yield {
      kind: 'article',
      article: {
        id: item.id ?? item.link ?? where,
        published,
        text,
        origin: where,
        ...(item.link ? { url: item.link } : {}),
        ...(item.title ? { title: item.title } : {}),
      },
    };
  }
}
