/** Everything the page shows is decided by this state, which lives in the query string (shareable URLs). */
export interface ViewState {
  a: string;
  b: string;
  from: string;
  to: string;
  code: string;
  quad: string;
  modality: string;
  period: 'week' | 'month';
  history: boolean;
  plans: boolean;
  /** The linked event whose article is open. */
  event: string;
  /** The article shown for it (one of its mentions). */
  mention: string;
}

const DEFAULTS: ViewState = {
  a: '',
  b: '',
  from: '',
  to: '',
  code: '',
  quad: '',
  modality: '',
  period: 'month',
  history: true,
  plans: false,
  event: '',
  mention: '',
};

/** The state a URL's query string gives, unknown or malformed values ignored. */
export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const text = (key: keyof ViewState, pattern: RegExp) => {
    const value = q.get(key) ?? '';
    return pattern.test(value) ? value : '';
  };
  return {
    a: text('a', /^[A-Za-z0-9]{3,12}$/).toUpperCase(),
    b: text('b', /^[A-Za-z0-9]{3,12}$/).toUpperCase(),
    from: text('from', /^\d{4}(-\d{2}(-\d{2})?)?$/),
    to: text('to', /^\d{4}(-\d{2}(-\d{2})?)?$/),
    code: text('code', /^\d{2,4}$/),
    quad: text('quad', /^[1-4](,[1-4])*$/),
    modality: text('modality', /^[a-z]+(,[a-z]+)*$/),
    period: q.get('period') === 'week' ? 'week' : 'month',
    history: q.get('history') !== 'false',
    plans: q.get('plans') === 'true',
    event: text('event', /^\d+$/),
    mention: text('mention', /^\d+$/),
  };
}

/** The query string of a state, defaults left out so URLs stay short. */
export function writeState(state: ViewState): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof ViewState)[]) {
    if (state[key] !== DEFAULTS[key]) q.set(key, String(state[key]));
  }
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

/** The filter parameters the API takes for a state. */
export function filterParams(state: ViewState): Record<string, string | undefined> {
  return {
    a: state.a || undefined,
    b: state.a && state.b ? state.b : undefined,
    from: state.from || undefined,
    to: state.to || undefined,
    code: state.code || undefined,
    quad: state.quad || undefined,
    modality: state.modality || undefined,
    history: state.history ? undefined : 'false',
  };
}
