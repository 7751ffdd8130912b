import { h } from './dom.js';
import type { ViewState } from './url-state.js';

const ROOTS: readonly [string, string][] = [
  ['01', 'Make public statement'],
  ['02', 'Appeal'],
  ['03', 'Express intent to cooperate'],
  ['04', 'Consult'],
  ['05', 'Diplomatic cooperation'],
  ['06', 'Material cooperation'],
  ['07', 'Provide aid'],
  ['08', 'Yield'],
  ['09', 'Investigate'],
  ['10', 'Demand'],
  ['11', 'Disapprove'],
  ['12', 'Reject'],
  ['13', 'Threaten'],
  ['14', 'Protest'],
  ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'],
  ['17', 'Coerce'],
  ['18', 'Assault'],
  ['19', 'Fight'],
  ['20', 'Mass violence'],
];
export const QUADS: readonly [string, string][] = [
  ['1', 'Verbal cooperation'],
  ['2', 'Material cooperation'],
  ['3', 'Verbal conflict'],
  ['4', 'Material conflict'],
];
const MODALITIES = ['asserted', 'intended', 'planned', 'negated', 'hypothetical'];

/** A set of toggle chips for a comma-separated state field (none on means all). */
function chips(values: readonly [string, string][], current: string, onChange: (value: string) => void, css: string) {
  const on = new Set(current.split(',').filter(Boolean));
  return h(
    'div',
    { class: 'chips', role: 'group' },
    ...values.map(([value, text]) =>
      h(
        'button',
        {
          type: 'button',
          class: `chip ${css}-${value}`,
          'aria-pressed': on.has(value) ? 'true' : 'false',
          onclick: () => {
            if (on.has(value)) on.delete(value);
            else on.add(value);
            onChange(
              values
                .map(([v]) => v)
                .filter((v) => on.has(v))
                .join(','),
            );
          },
        },
        text,
      ),
    ),
  );
}

/** The filter controls: dates, CAMEO root, quad classes, modalities, period, history and plans. */
export function filtersBar(state: ViewState, update: (patch: Partial<ViewState>) => void): HTMLElement {
  const date = (key: 'from' | 'to', label: string) =>
    h(
      'label',
      { class: 'field' },
      h('span', {}, label),
      h('input', {
        type: 'text',
        value: state[key],
        placeholder: 'YYYY-MM',
        pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
        size: 10,
        onchange: (event) => {
          const input = event.target as HTMLInputElement;
          if (input.checkValidity()) update({ [key]: input.value.trim() });
        },
      }),
    );
  const root = h(
    'select',
    { 'aria-label': 'CAMEO root', onchange: (event) => update({ code: (event.target as HTMLSelectElement).value }) },
    h('option', { value: '' }, 'All CAMEO roots'),
    ...ROOTS.map(([code, name]) => h('option', { value: code, selected: state.code === code }, `${code} ${name}`)),
  );
  const period = h(
    'select',
    {
      'aria-label': 'period',
      onchange: (event) => update({ period: (event.target as HTMLSelectElement).value as 'week' | 'month' }),
    },
    h('option', { value: 'month', selected: state.period === 'month' }, 'by month'),
    h('option', { value: 'week', selected: state.period === 'week' }, 'by week'),
  );
  const toggle = (key: 'history' | 'plans', label: string) =>
    h(
      'label',
      { class: 'toggle' },
      h('input', {
        type: 'checkbox',
        checked: state[key],
        onchange: (event) => update({ [key]: (event.target as HTMLInputElement).checked }),
      }),
      label,
    );
  return h(
    'div',
    { class: 'filters' },
    date('from', 'From'),
    date('to', 'To'),
    root,
    chips(QUADS, state.quad, (quad) => update({ quad }), 'quad'),
    chips(
      MODALITIES.map((m) => [m, m]),
      state.modality,
      (modality) => update({ modality }),
      'mod',
    ),
    period,
    toggle('history', 'history in timeline'),
    toggle('plans', 'plans in trend'),
  );
}
