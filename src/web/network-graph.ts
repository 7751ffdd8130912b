import type { Network } from './api.js';
import { s } from './dom.js';

// Mean Goldstein from -10 (red) through 0 (grey) to +10 (green).
function tone(mean: number): string {
  const t = Math.max(-1, Math.min(1, mean / 6));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * Math.abs(t));
  return t >= 0
    ? `rgb(${mix(150, 27)},${mix(150, 127)},${mix(150, 75)})`
    : `rgb(${mix(150, 209)},${mix(150, 73)},${mix(150, 91)})`;
}

/**
 * Who interacts with whom: the picked actors as hubs in the middle, their counterparts on a ring ordered by
 * event count, edge width by linked events and colour by mean Goldstein score. Clicking a counterpart calls
 * `onPick` with its code.
 */
export function networkGraph(network: Network, hubs: readonly string[], width: number, onPick: (code: string) => void) {
  const height = Math.round(width * 0.62);
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'network',
    role: 'img',
    'aria-label': 'actor network',
  });
  const cx = width / 2;
  const cy = height / 2;
  const hubSet = new Set(hubs.map((h) => h.slice(0, 3)).filter((h) => network.nodes.some((n) => n.code === h)));
  const centre = [...hubSet];
  const ring = network.nodes.filter((n) => !hubSet.has(n.code));
  // With no hub picked, the busiest node sits in the middle.
  if (centre.length === 0 && ring.length > 0) centre.push(ring.shift()!.code);
  const pos = new Map<string, [number, number]>();
  centre.forEach((code, i) => pos.set(code, [cx + (centre.length === 1 ? 0 : (i === 0 ? -1 : 1) * width * 0.12), cy]));
  const radius = Math.min(width, height) / 2 - 36;
  ring.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ring.length, 1);
    pos.set(n.code, [cx + radius * 1.25 * Math.cos(angle), cy + radius * Math.sin(angle)]);
  });
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...network.nodes.map((n) => n.events));
  for (const e of network.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    svg.append(
      s(
        'line',
        {
          x1: a[0].toFixed(1),
          y1: a[1].toFixed(1),
          x2: b[0].toFixed(1),
          y2: b[1].toFixed(1),
          stroke: tone(e.goldsteinMean),
          'stroke-width': (1 + 7 * Math.sqrt(e.events / maxEdge)).toFixed(1),
          class: 'edge',
        },
        s('title', {}, `${e.source}–${e.target}: ${e.events} linked events, mean Goldstein ${e.goldsteinMean}`),
      ),
    );
  }
  for (const n of network.nodes) {
    const p = pos.get(n.code);
    if (!p) continue;
    const r = 6 + 14 * Math.sqrt(n.events / maxNode);
    const hub = hubSet.has(n.code);
    const node = s(
      'g',
      { class: `node${hub ? ' hub' : ''}`, transform: `translate(${p[0].toFixed(1)},${p[1].toFixed(1)})`, tabindex: 0 },
      s('circle', { r: r.toFixed(1) }),
      s('text', { y: 4 }, n.code),
      s('title', {}, `${n.name} (${n.code}): ${n.events} linked events`),
    );
    if (!hub) node.addEventListener('click', () => onPick(n.code));
    svg.append(node);
  }
  return svg;
}
