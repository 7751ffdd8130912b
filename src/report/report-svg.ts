import type { TrendPoint } from '../query/trend.js';
import { escapeHtml } from './escape-html.js';

export const QUAD_COLORS = ['#57a773', '#1b7f4b', '#f2a541', '#d1495b'] as const;
export const QUAD_NAMES = [
  'Verbal cooperation',
  'Material cooperation',
  'Verbal conflict',
  'Material conflict',
] as const;

/**
 * The trend as an inline SVG: per period, linked events stacked by quad class (cooperation above the axis,
 * conflict below) with the count on top, and the mean Goldstein score as a dot on a -10..10 strip beneath.
 * Periods without events are left out, as in `dyadTrend`.
 */
export function trendSvg(points: readonly TrendPoint[], width = 860): string {
  if (points.length === 0) return '<p class="empty">No events in this range.</p>';
  const left = 40;
  const band = Math.min(48, (width - left - 10) / points.length);
  const up = Math.max(1, ...points.map((p) => p.quadClass[0] + p.quadClass[1]));
  const down = Math.max(0, ...points.map((p) => p.quadClass[2] + p.quadClass[3]));
  const unit = 160 / (up + down);
  const zero = 24 + up * unit;
  const strip = zero + down * unit + 44;
  const height = strip + 70;
  const out: string[] = [];
  out.push(`<line x1="${left}" x2="${width - 10}" y1="${zero}" y2="${zero}" stroke="#333"/>`);
  out.push(`<text x="4" y="16" class="axis">linked events ↑ cooperation · conflict ↓</text>`);
  points.forEach((p, i) => {
    const x = left + i * band + 2;
    const w = Math.max(2, band - 4);
    let yUp = zero;
    let yDown = zero;
    p.quadClass.forEach((count, q) => {
      if (count === 0) return;
      const h = count * unit;
      const y = q < 2 ? (yUp -= h) : yDown;
      if (q >= 2) yDown += h;
      out.push(
        `<rect x="${x}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${QUAD_COLORS[q]}"><title>${escapeHtml(`${p.period}: ${count} ${QUAD_NAMES[q]}`)}</title></rect>`,
      );
    });
    const cx = x + w / 2;
    out.push(`<text x="${cx.toFixed(1)}" y="${(yUp - 4).toFixed(1)}" class="count">${p.events}</text>`);
    const gy = strip + 20 - (p.goldsteinMean / 10) * 20;
    out.push(
      `<line x1="${cx.toFixed(1)}" x2="${cx.toFixed(1)}" y1="${strip + 20}" y2="${gy.toFixed(1)}" stroke="${p.goldsteinMean >= 0 ? QUAD_COLORS[1] : QUAD_COLORS[3]}" stroke-width="2"/>`,
      `<circle cx="${cx.toFixed(1)}" cy="${gy.toFixed(1)}" r="3.5" fill="${p.goldsteinMean >= 0 ? QUAD_COLORS[1] : QUAD_COLORS[3]}"><title>${escapeHtml(`${p.period}: Goldstein mean ${p.goldsteinMean}, sum ${p.goldsteinSum}`)}</title></circle>`,
      `<text x="${cx.toFixed(1)}" y="${height - 6}" class="period" transform="rotate(-45 ${cx.toFixed(1)} ${height - 6})">${escapeHtml(p.period)}</text>`,
    );
  });
  out.push(
    `<line x1="${left}" x2="${width - 10}" y1="${strip + 20}" y2="${strip + 20}" stroke="#999"/>`,
    `<text x="4" y="${strip + 4}" class="axis">Goldstein mean (−10 … +10)</text>`,
  );
  const legend = QUAD_NAMES.map(
    (name, q) => `<span class="key"><i style="background:${QUAD_COLORS[q]}"></i>${name}</span>`,
  ).join('');
  return `<div class="legend">${legend}</div><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="trend">${out.join('')}</svg>`;
}
