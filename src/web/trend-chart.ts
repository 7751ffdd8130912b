import * as Plot from '@observablehq/plot';
import type { Trend, TrendPoint } from './api.js';
import { h } from './dom.js';

export const QUAD_COLORS = ['#57a773', '#1b7f4b', '#f2a541', '#d1495b'] as const;
const QUAD_NAMES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;

/** The first day of a trend period (`2025-06`, `2025-W25`) and the first day after it. */
export function periodSpan(period: string): [Date, Date] {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    // ISO week 1 holds 4 January; its Monday starts the week.
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
    const start = new Date(monday.getTime() + (Number(week[2]) - 1) * 7 * 86_400_000);
    return [start, new Date(start.getTime() + 7 * 86_400_000)];
  }
  const [y = 0, m = 1] = period.split('-').map(Number);
  return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))];
}

const tip = (p: TrendPoint) =>
  `${p.period}: ${p.events} linked event${p.events === 1 ? '' : 's'}\n` +
  `Goldstein sum ${p.goldsteinSum}, mean ${p.goldsteinMean}\n` +
  QUAD_NAMES.map((name, i) => `${name}: ${p.quadClass[i]}`).join('\n');

/**
 * The trend of a dyad: linked events per period as bars stacked by quad class (cooperation above the axis,
 * conflict below), and the mean Goldstein score per period beneath, with the linked-event count on each bar.
 */
export function trendChart(trend: Trend, width: number): HTMLElement {
  if (trend.points.length === 0) {
    return h(
      'p',
      { class: 'empty' },
      `No ${trend.filter.modality.join(' or ')} events in this range.`,
      trend.filter.modality.length === 1 ? ' Tick “plans in trend” to count intended and planned ones.' : '',
    );
  }
  const bars = trend.points.flatMap((p) => {
    const [start, end] = periodSpan(p.period);
    return p.quadClass.flatMap((count, i) =>
      count === 0 ? [] : [{ start, end, quad: QUAD_NAMES[i]!, value: i < 2 ? count : -count, point: p }],
    );
  });
  const points = trend.points.map((p) => {
    const [start, end] = periodSpan(p.period);
    return { ...p, mid: new Date((start.getTime() + end.getTime()) / 2), start, end };
  });
  // A few periods would stretch across the whole width: show at least eight periods' worth of axis.
  const first = points[0]!;
  const periodMs = first.end.getTime() - first.start.getTime();
  let [lo, hi] = [first.start.getTime(), points.at(-1)!.end.getTime()];
  const missing = 8 * periodMs - (hi - lo);
  if (missing > 0) [lo, hi] = [lo - missing / 2, hi + missing / 2];
  const xDomain = [new Date(lo), new Date(hi)];
  // Bars of one period are thin on a long axis: give each at least a few pixels.
  const inset = 0.5;
  const counts = Plot.plot({
    width,
    height: 220,
    marginLeft: 44,
    marginRight: 16,
    x: { type: 'utc', domain: xDomain, label: null },
    y: {
      label: '↑ cooperation · linked events · conflict ↓',
      grid: true,
      tickFormat: (d: number) => String(Math.abs(d)),
    },
    color: { domain: [...QUAD_NAMES], range: [...QUAD_COLORS], legend: true },
    marks: [
      Plot.rectY(bars, {
        x1: 'start',
        x2: 'end',
        y: 'value',
        fill: 'quad',
        insetLeft: inset,
        insetRight: inset,
        title: (d: { point: TrendPoint }) => tip(d.point),
      }),
      Plot.ruleY([0], { stroke: '#333' }),
      Plot.text(points, {
        x: 'mid',
        y: (p: TrendPoint) => p.quadClass[0] + p.quadClass[1],
        text: (p: TrendPoint) => String(p.events),
        dy: -8,
        fontSize: 11,
        fill: '#333',
      }),
    ],
  });
  const goldstein = Plot.plot({
    width,
    height: 120,
    marginLeft: 44,
    marginRight: 16,
    x: { type: 'utc', domain: xDomain, label: null },
    y: { label: 'Goldstein mean', domain: [-10, 10], grid: true, ticks: [-10, -5, 0, 5, 10] },
    marks: [
      Plot.ruleY([0], { stroke: '#999' }),
      Plot.ruleX(points, {
        x: 'mid',
        y1: 0,
        y2: 'goldsteinMean',
        stroke: (p: TrendPoint) => (p.goldsteinMean >= 0 ? QUAD_COLORS[1] : QUAD_COLORS[3]),
        strokeWidth: 2,
      }),
      Plot.dot(points, {
        x: 'mid',
        y: 'goldsteinMean',
        r: 4,
        fill: (p: TrendPoint) => (p.goldsteinMean >= 0 ? QUAD_COLORS[1] : QUAD_COLORS[3]),
        title: tip,
      }),
    ],
  });
  return h('div', { class: 'trend-charts' }, counts, goldstein);
}
