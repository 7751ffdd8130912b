import { actorPicker } from './actor-picker.js';
import {
  type Article,
  type LinkedEvent,
  type Mention,
  type Network,
  type Place,
  type Timeline,
  type Trend,
  get,
} from './api.js';
import { articleDrawer } from './article-drawer.js';
import { fill, h } from './dom.js';
import { filtersBar } from './filters-bar.js';
import { networkGraph } from './network-graph.js';
import { headMention, timelineList } from './timeline-list.js';
import { trendChart } from './trend-chart.js';
import { type ViewState, filterParams, readState, writeState } from './url-state.js';
import { worldMap } from './world-map.js';
import './style.css';

let state: ViewState = readState(location.search);
let timeline: Timeline | undefined;

const panel = (id: string, title: string) => {
  const body = h('div', { class: 'panel-body', id: `${id}-body` });
  const heading = h('h2', {}, title);
  return { section: h('section', { class: `panel ${id}`, id }, heading, body), body, heading };
};
const trend = panel('trend', 'Cooperation and conflict');
const events = panel('timeline', 'Timeline');
const map = panel('map', 'Where');
const network = panel('network', 'Who deals with whom');
const status = h('div', { class: 'status', role: 'status' });
const controls = h('div', { class: 'controls' });
const drawerSlot = h('div', { class: 'drawer-slot' });

document.body.append(
  h(
    'header',
    { class: 'top' },
    h('a', { class: 'brand', href: '/' }, 'dyad'),
    h('span', { class: 'tagline' }, 'who did what to whom, when, where — and which sentence says so'),
  ),
  controls,
  status,
  h(
    'main',
    { class: 'grid' },
    trend.section,
    events.section,
    h('div', { class: 'side' }, map.section, network.section),
  ),
  drawerSlot,
);

/** Applies a change to the state: the URL follows, then the page. */
function update(patch: Partial<ViewState>, reload = true): void {
  state = { ...state, ...patch };
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  if (reload) void render();
  else void renderDrawer();
}

const widthOf = (el: Element, fallback: number) => Math.max(280, Math.floor(el.clientWidth || fallback));

function renderControls(): void {
  fill(
    controls,
    h(
      'div',
      { class: 'pickers' },
      actorPicker('Actor', state.a, (a) => update({ a, event: '', mention: '' })),
      h('span', { class: 'dyad-sep' }, '⇄'),
      actorPicker('and (optional)', state.b, (b) => update({ b, event: '', mention: '' })),
    ),
    filtersBar(state, (patch) => update(patch)),
  );
}

const failed = (what: string) => (error: unknown) => {
  status.textContent = `Could not load the ${what}: ${error instanceof Error ? error.message : String(error)}`;
};

async function render(): Promise<void> {
  status.textContent = '';
  const params = filterParams(state);
  const names = [state.a, state.b].filter(Boolean);
  const dyad = names.join(' – ');
  trend.heading.textContent = dyad ? `Cooperation and conflict · ${dyad}` : 'Cooperation and conflict';
  events.heading.textContent = dyad ? `Timeline · ${dyad}` : 'Timeline';
  const jobs: Promise<void>[] = [];
  if (state.a) {
    const { history: _h, modality, ...rest } = params;
    jobs.push(
      get<Trend>('/api/trend', {
        ...rest,
        modality,
        period: state.period,
        plans: state.plans ? 'true' : undefined,
      })
        .then((t) => fill(trend.body, trendChart(t, widthOf(trend.body, 900))))
        .catch(failed('trend')),
      get<Timeline>('/api/timeline', { ...params, limit: '500' })
        .then((t) => {
          timeline = t;
          fill(events.body, timelineList(t.items, state.event, openEvent));
          void renderDrawer();
        })
        .catch(failed('timeline')),
    );
  } else {
    timeline = undefined;
    fill(trend.body, h('p', { class: 'empty' }, 'Pick an actor, or two, to see how they get on.'));
    fill(events.body, h('p', { class: 'empty' }, 'Type a country (Korea, Japan) or a code (KORGOV) above.'));
    void renderDrawer();
  }
  jobs.push(
    get<{ items: Place[] }>('/api/places', params)
      .then((p) => fill(map.body, worldMap(p.items, names, widthOf(map.body, 520))))
      .catch(failed('map')),
    loadNetwork(params)
      .then((n) => fill(network.body, networkGraph(n, names, widthOf(network.body, 520), pickCounterpart)))
      .catch(failed('network')),
  );
  await Promise.all(jobs);
  document.body.dataset['ready'] = 'true';
}

// The network of a dyad joins each side's own network, so both hubs show their other partners too.
async function loadNetwork(params: Record<string, string | undefined>): Promise<Network> {
  const { b, ...rest } = params;
  const sides = [rest, ...(b ? [{ ...rest, a: b }] : [])];
  const parts = await Promise.all(sides.map((p) => get<Network>('/api/network', { ...p, edges: '40' })));
  const nodes = new Map(parts.flatMap((p) => p.nodes.map((n) => [n.code, n] as const)));
  const edges = new Map(parts.flatMap((p) => p.edges.map((e) => [`${e.source}|${e.target}`, e] as const)));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function pickCounterpart(code: string): void {
  if (!state.a) update({ a: code });
  else update({ b: code, event: '', mention: '' });
  renderControls();
}

function openEvent(event: LinkedEvent): void {
  update({ event: String(event.id), mention: String(headMention(event)?.id ?? '') }, false);
  for (const li of events.body.querySelectorAll('li.event')) {
    li.classList.toggle('selected', li.getAttribute('data-event') === String(event.id));
  }
}

async function renderDrawer(): Promise<void> {
  const event = timeline?.items.find((e) => String(e.id) === state.event);
  if (!event) {
    drawerSlot.replaceChildren();
    return;
  }
  const mention: Mention | undefined = event.mentions.find((m) => String(m.id) === state.mention) ?? headMention(event);
  if (!mention) return;
  try {
    const article = await get<Article>(`/api/articles/${encodeURIComponent(mention.article)}`);
    const drawer = articleDrawer(
      event,
      mention,
      article,
      (m) => update({ mention: String(m.id) }, false),
      () => update({ event: '', mention: '' }, false),
    );
    drawerSlot.replaceChildren(drawer);
    drawer.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
  } catch (error) {
    failed('article')(error);
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && state.event) update({ event: '', mention: '' }, false);
});

renderControls();
void render();
