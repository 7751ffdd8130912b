import type { LinkedEvent, Mention } from './api.js';
import { h } from './dom.js';

const GRANULARITY_NOTE: Record<string, string> = { month: 'month', year: 'year', week: 'week', decade: 'decade' };

/** The badges that say how far to trust an event as a fact: modality, history, how it was dated. */
export function badges(event: LinkedEvent): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (event.modality !== 'asserted') out.push(h('span', { class: `badge mod-${event.modality}` }, event.modality));
  if (event.history)
    out.push(h('span', { class: 'badge history', title: 'dated years before its article' }, 'history'));
  if (event.date.source === 'publication')
    out.push(h('span', { class: 'badge faint', title: 'no date in the text: the article’s date' }, 'dated by article'));
  const note = GRANULARITY_NOTE[event.date.granularity];
  if (note) out.push(h('span', { class: 'badge faint' }, `whole ${note}`));
  return out;
}

/** The mention that best shows an event: one coded with the event's own code, else the first. */
export function headMention(event: LinkedEvent): Mention | undefined {
  return event.mentions.find((m) => m.cameo === event.cameo) ?? event.mentions[0];
}

const arrow = (e: LinkedEvent) => (e.mutual ? '⇄' : '→');

/**
 * The timeline: one row per linked event with its date, dyad, CAMEO code and name, modality badges, the
 * number of articles reporting it and its first evidence sentence. `onOpen` is called with the event.
 */
export function timelineList(events: readonly LinkedEvent[], selected: string, onOpen: (event: LinkedEvent) => void) {
  if (events.length === 0) return h('p', { class: 'empty' }, 'No events match these filters.');
  return h(
    'ol',
    { class: 'timeline' },
    ...events.map((e) => {
      const first = headMention(e);
      return h(
        'li',
        {
          class: `event quad-${e.quadClass}${String(e.id) === selected ? ' selected' : ''}`,
          'data-event': e.id,
          tabindex: 0,
          role: 'button',
          onclick: () => onOpen(e),
          onkeydown: (event) => {
            if ((event as KeyboardEvent).key === 'Enter') onOpen(e);
          },
        },
        h('time', { datetime: e.date.start }, e.date.value),
        h(
          'div',
          { class: 'event-body' },
          h(
            'div',
            { class: 'event-head' },
            h('span', { class: 'dyad' }, `${e.source.code} ${arrow(e)} ${e.target?.code ?? '—'}`),
            h('span', { class: 'code', title: `CAMEO ${e.cameo}, Goldstein ${e.goldstein}` }, e.cameo),
            h('span', { class: 'label' }, e.label),
            e.place ? h('span', { class: 'place' }, `in ${e.place.name}`) : null,
            ...badges(e),
            h(
              'span',
              { class: 'sources', title: 'articles reporting this event' },
              `${e.articles} source${e.articles === 1 ? '' : 's'}`,
            ),
          ),
          first ? h('q', { class: 'quote' }, first.evidence.text) : null,
        ),
      );
    }),
  );
}
