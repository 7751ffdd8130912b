import { type Suggestion, get } from './api.js';
import { fill, h } from './dom.js';

/**
 * A type-ahead input for an actor: suggestions from `/api/actors` as the user types (countries and codes,
 * those with events first); Enter or a click picks one. Calls `onPick` with the code ('' when cleared).
 */
export function actorPicker(label: string, initial: string, onPick: (code: string) => void): HTMLElement {
  const input = h('input', {
    type: 'search',
    value: initial,
    placeholder: 'country or code',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': label,
    role: 'combobox',
    'aria-autocomplete': 'list',
  });
  const list = h('ul', { class: 'suggestions', role: 'listbox', hidden: true });
  let items: readonly Suggestion[] = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const pick = (code: string) => {
    input.value = code;
    close();
    onPick(code);
  };
  const render = () => {
    fill(
      list,
      ...items.map((s, i) =>
        h(
          'li',
          {
            role: 'option',
            class: i === active ? 'active' : undefined,
            'aria-selected': i === active ? 'true' : 'false',
            // mousedown, not click: the input's blur would close the list first.
            onmousedown: (event) => {
              event.preventDefault();
              pick(s.code);
            },
          },
          h('b', {}, s.code),
          ' ',
          h('span', {}, s.name),
          s.events > 0 ? h('small', {}, `${s.events}`) : null,
        ),
      ),
    );
    list.hidden = items.length === 0;
  };

  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q === '') {
      items = [];
      render();
      onPick('');
      return;
    }
    const ticket = ++asked;
    get<{ items: Suggestion[] }>('/api/actors', { q, limit: '8' })
      .then((answer) => {
        if (ticket !== asked) return;
        items = answer.items;
        active = items.length > 0 ? 0 : -1;
        render();
      })
      .catch(() => {
        items = [];
        render();
      });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const chosen = items[active]?.code ?? input.value.trim().toUpperCase();
      if (/^[A-Z0-9]{3,12}$/.test(chosen)) pick(chosen);
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', close);
  return h('label', { class: 'picker' }, h('span', { class: 'picker-label' }, label), input, list);
}
