import type { Article, LinkedEvent, Mention } from './api.js';
import { h } from './dom.js';
import { badges } from './timeline-list.js';

type Kind = 'plain' | 'evidence' | 'trigger';

/** The article's text cut into paragraphs of pieces, each plain, evidence or trigger (offsets are the store's). */
export function highlightPieces(text: string, mention: Mention): { text: string; kind: Kind }[][] {
  const paragraphs: { start: number; end: number }[] = [];
  const breaks = /\n\s*\n/g;
  let at = 0;
  for (let m: RegExpExecArray | null; (m = breaks.exec(text));) {
    paragraphs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  paragraphs.push({ start: at, end: text.length });
  const { evidence: ev, trigger: tr } = mention;
  return paragraphs
    .filter((p) => p.end > p.start)
    .map((p) => {
      const cuts = [...new Set([p.start, p.end, ev.start, ev.end, tr.start, tr.end])]
        .filter((c) => c >= p.start && c <= p.end)
        .sort((a, b) => a - b);
      const pieces: { text: string; kind: Kind }[] = [];
      for (let i = 0; i + 1 < cuts.length; i++) {
        const [x, y] = [cuts[i]!, cuts[i + 1]!];
        const kind: Kind =
          x >= tr.start && y <= tr.end ? 'trigger' : x >= ev.start && y <= ev.end ? 'evidence' : 'plain';
        pieces.push({ text: text.slice(x, y), kind });
      }
      return pieces;
    });
}

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * The drawer with the clicked event's article: the evidence sentence and trigger highlighted, and the other
 * articles reporting the same event, each opening its own sentence.
 */
export function articleDrawer(
  event: LinkedEvent,
  mention: Mention,
  article: Article,
  onMention: (mention: Mention) => void,
  onClose: () => void,
): HTMLElement {
  const body = h(
    'div',
    { class: 'article-text' },
    ...highlightPieces(article.text, mention).map((pieces) =>
      h(
        'p',
        {},
        ...pieces.map((piece) => (piece.kind === 'plain' ? piece.text : h('mark', { class: piece.kind }, piece.text))),
      ),
    ),
  );
  const url = safeUrl(article.url);
  const others = event.mentions;
  const drawer = h(
    'aside',
    { class: 'drawer', 'aria-label': 'article' },
    h('button', { type: 'button', class: 'close', 'aria-label': 'close', onclick: onClose }, '×'),
    h(
      'header',
      {},
      h(
        'div',
        { class: 'event-head' },
        h('span', { class: 'code' }, event.cameo),
        h('b', {}, event.label),
        ...badges(event),
      ),
      h(
        'div',
        { class: 'meta' },
        `${event.source.name} ${event.mutual ? '⇄' : '→'} ${event.target?.name ?? '—'} · ${event.date.value}`,
      ),
      h('h2', {}, article.title ?? article.id),
      h(
        'div',
        { class: 'meta' },
        `${article.published}${article.source ? ` · ${article.source}` : ''} · trigger “${mention.trigger.text}”`,
      ),
      url
        ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source-link' }, url)
        : null,
    ),
    others.length > 1
      ? h(
          'section',
          { class: 'others' },
          h('h3', {}, `Reported in ${event.articles} article${event.articles === 1 ? '' : 's'}`),
          h(
            'ul',
            {},
            ...others.map((m) =>
              h(
                'li',
                { class: m.id === mention.id ? 'current' : undefined },
                h(
                  'button',
                  { type: 'button', onclick: () => onMention(m) },
                  h('b', {}, m.title ?? m.article),
                  ` · ${m.published}`,
                ),
                h('q', {}, m.evidence.text),
              ),
            ),
          ),
        )
      : null,
    body,
  );
  return drawer;
}
