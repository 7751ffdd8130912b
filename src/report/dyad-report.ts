import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import { cameoCode } from '../events/cameo-table.js';
import { dyadTrend, type TrendPeriod } from '../query/trend.js';
import type { EventFilter, LinkedEvent, Store } from '../store/store.js';
import { escapeHtml as e } from './escape-html.js';
import { trendSvg } from './report-svg.js';

export interface ReportOptions {
  readonly period?: TrendPeriod;
  readonly from?: string;
  readonly to?: string;
  /** Count intended and planned events in the trend (the timeline always shows them, badged). */
  readonly plans?: boolean;
  /** When the report was made, printed in it. Default now. */
  readonly now?: Date;
}

const label = (code: string) => {
  try {
    return cameoCode(code).name ?? code;
  } catch {
    return code;
  }
};
const nameOf = (code: string) => loadKnowledgeBase().country(code.slice(0, 3))?.name ?? code;

// Everything the page needs is in it: no script, no fetch, no font or image from anywhere.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const STYLE = `
body{font:14px/1.5 system-ui,sans-serif;color:#1d232b;max-width:980px;margin:24px auto;padding:0 20px}
h1{margin:0 0 4px}h2{font-size:14px;text-transform:uppercase;letter-spacing:.07em;color:#5d6673;margin-top:32px}
.meta{color:#5d6673}.axis{font-size:11px;fill:#5d6673}.count{font-size:11px;text-anchor:middle}.period{font-size:10px;text-anchor:end;fill:#5d6673}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e6ea;padding:6px 8px;vertical-align:top;text-align:left}
th{font-size:12px;color:#5d6673}.code{font-family:ui-monospace,monospace}.q1{border-left:4px solid #57a773}.q2{border-left:4px solid #1b7f4b}
.q3{border-left:4px solid #f2a541}.q4{border-left:4px solid #d1495b}.badge{font-size:11px;border:1px solid;border-radius:4px;padding:0 5px;margin-left:4px;color:#6b4bb5}
.badge.history{color:#6e5637}blockquote{margin:6px 0 12px;padding:6px 12px;border-left:3px solid #e3e6ea;font-family:Georgia,serif}
mark{background:#ffd166;font-weight:700}.legend{display:flex;gap:16px;font-size:12px;color:#5d6673}
.key i{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px}.src{font-size:12px;color:#5d6673}`;

function badges(event: LinkedEvent): string {
  return [
    event.modality === 'asserted' ? '' : `<span class="badge">${e(event.modality)}</span>`,
    event.history ? '<span class="badge history">history</span>' : '',
    event.date.source === 'publication' ? '<span class="badge history">dated by article</span>' : '',
  ].join('');
}

/** The evidence sentence with the trigger marked, from the offsets the coder stored. */
function evidenceHtml(m: LinkedEvent['mentions'][number]): string {
  const { text, start } = m.evidence;
  const a = Math.max(0, m.triggerSpan.start - start);
  const b = Math.min(text.length, m.triggerSpan.end - start);
  if (a >= b) return e(text);
  return `${e(text.slice(0, a))}<mark>${e(text.slice(a, b))}</mark>${e(text.slice(b))}`;
}

/**
 * One self-contained HTML page on a dyad: the trend (inline SVG, the numbers of `dyadTrend`), the timeline of
 * linked events and, for each, the sentences that report it with their triggers marked. No script and no
 * network: it opens anywhere, and its CSP forbids fetching anything.
 *
 * ```ts
 * writeFileSync('report.html', await dyadReport(store, 'KOR', 'JPN', { period: 'month' }));
 * ```
 */
export async function dyadReport(store: Store, a: string, b: string, options: ReportOptions = {}): Promise<string> {
  const range: EventFilter = {
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  };
  const period = options.period ?? 'month';
  const points = await dyadTrend(store, a, b, { period, plans: options.plans ?? false, ...range });
  const events = await store.linkedEvents({ ...range, dyad: [a, b], order: 'date-asc' });
  const title = `${nameOf(a)} (${a}) – ${nameOf(b)} (${b})`;
  const rows = events.map((ev) => {
    const seen = new Set<string>();
    const quotes = ev.mentions
      .filter((m) => {
        const key = `${m.article}/${m.sentence}/${m.triggerSpan.start}`;
        return !seen.has(key) && seen.add(key);
      })
      .map(
        (m) =>
          `<blockquote>${evidenceHtml(m)}<div class="src">${e(m.article)} · ${e(m.published)} · ${e(m.rule)}</div></blockquote>`,
      )
      .join('');
    return `<tr class="q${ev.quadClass}"><td class="code">${e(ev.date.value)}</td><td class="code">${e(ev.source.code)} ${ev.mutual ? '⇄' : '→'} ${e(ev.target?.code ?? '—')}</td><td><span class="code">${e(ev.cameo)}</span> ${e(label(ev.cameo))}${badges(ev)}${ev.place ? ` <span class="src">in ${e(ev.place.name)}</span>` : ''}${quotes}</td><td>${ev.articles}</td></tr>`;
  });
  const counted = options.plans ? 'asserted, intended and planned' : 'asserted';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(`dyad report: ${title}`)}</title><style>${STYLE}</style></head>
<body><h1>${e(title)}</h1>
<p class="meta">${events.length} linked events from ${new Set(events.flatMap((ev) => ev.mentions.map((m) => m.article))).size} articles${options.from ? ` from ${e(options.from)}` : ''}${options.to ? ` to ${e(options.to)}` : ''} · made by dyad on ${e((options.now ?? new Date()).toISOString().slice(0, 10))}</p>
<h2>Cooperation and conflict by ${period}</h2>
<p class="meta">Linked events counted once however many articles report them; ${counted} events only, history left out.</p>
${trendSvg(points)}
<h2>Timeline and evidence</h2>
<table><thead><tr><th>date</th><th>dyad</th><th>event, and the sentences that report it</th><th>sources</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</body></html>
`;
}
