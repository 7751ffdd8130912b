import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import numericCodes from 'virtual:iso-numeric';
import world from 'world-atlas/countries-110m.json';
import type { Place } from './api.js';
import { s } from './dom.js';

// Natural Earth at 1:110m, bundled at build time: no tiles, no network.
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

/**
 * An offline world map: the picked actors' countries shaded, and a circle per place where events happened
 * (area by linked-event count, name and count in its tooltip).
 */
export function worldMap(places: readonly Place[], actors: readonly string[], width: number): SVGSVGElement {
  const height = Math.round(width * 0.52);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  const shade = new Map<string, string>();
  actors.forEach((code, i) => {
    const id = numericCodes[code.slice(0, 3)];
    if (id !== undefined) shade.set(id, i === 0 ? 'actor-a' : 'actor-b');
  });
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'world-map',
    role: 'img',
    'aria-label': 'map of where events took place',
  });
  svg.append(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  for (const f of countries.features) {
    const cls = shade.get(String(f.id)) ?? 'land';
    svg.append(s('path', { d: path(f) ?? '', class: cls }, s('title', {}, f.properties.name)));
  }
  const max = Math.max(1, ...places.map((p) => p.events));
  // Busiest places are labelled first; a label that would overlap one already placed is left to the tooltip.
  const labelled: [number, number, number, number][] = [];
  const free = (box: [number, number, number, number]) =>
    labelled.every(([x1, y1, x2, y2]) => box[2] < x1 || box[0] > x2 || box[3] < y1 || box[1] > y2);
  for (const p of [...places].sort((a, b) => b.events - a.events)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 4 + 10 * Math.sqrt(p.events / max);
    const box: [number, number, number, number] = [
      xy[0] - r,
      xy[1] - 8,
      xy[0] + r + 6 + 6.5 * p.name.length,
      xy[1] + 8,
    ];
    const labelFits = free(box);
    if (labelFits) labelled.push(box);
    svg.append(
      s(
        'g',
        { class: 'place', transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})` },
        s('circle', { r: r.toFixed(1) }),
        labelFits ? s('text', { x: (r + 3).toFixed(1), y: 4 }, p.name) : null,
        s('title', {}, `${p.name} (${p.country}): ${p.events} event${p.events === 1 ? '' : 's'}`),
      ),
    );
  }
  return svg;
}
