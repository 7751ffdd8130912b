// Dev tool: prints every TimeML timex error of dyad's tagger with its context, one line each, grouped by
// kind, so that errors can be counted by category (`node scripts/timex-errors.mjs ../shared/eval/tempeval3`
// after `npm run build`; `--kind missed` to print one kind only).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTimeml } from '../dist/eval/timeml-reader.js';
import { tagTimemlDocument } from '../dist/eval/score-timeml-dir.js';
import { alignTimexes } from '../dist/eval/timex-scorer.js';

const dir = process.argv[2] ?? '../shared/eval/tempeval3';
const only = process.argv.includes('--kind') ? process.argv[process.argv.indexOf('--kind') + 1] : undefined;

async function files(d) {
  const out = [];
  for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (e.name.endsWith('.tml')) out.push(p);
  }
  return out;
}

const show = (t) => `"${t.text}" ${t.type} ${t.value}${t.mod ? ' ' + t.mod : ''}`;
const ctx = (text, s, e) =>
  (text.slice(Math.max(0, s - 50), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 40)).replace(/\s+/g, ' ');
const lines = { missed: [], spurious: [], span: [], type: [], value: [] };
for (const file of await files(dir)) {
  const doc = readTimeml(await readFile(file, 'utf8'), file);
  const scored = tagTimemlDocument(doc);
  const a = alignTimexes(scored.gold, scored.system);
  const id = `${doc.id.slice(0, 22)} ${doc.published}`;
  for (const g of a.missed) lines.missed.push(`${id} | ${show(g)} | ${ctx(doc.text, g.start, g.end)}`);
  for (const s of a.spurious)
    lines.spurious.push(`${id} | ${show(s)} ${s.rule ?? ''} | ${ctx(doc.text, s.start, s.end)}`);
  for (const p of a.pairs) {
    const c = ctx(doc.text, Math.min(p.gold.start, p.system.start), Math.max(p.gold.end, p.system.end));
    if (!p.strict) lines.span.push(`${id} | gold ${show(p.gold)} | ours ${show(p.system)} ${p.system.rule} | ${c}`);
    if (p.gold.type !== p.system.type)
      lines.type.push(`${id} | gold ${show(p.gold)} | ours ${show(p.system)} ${p.system.rule} | ${c}`);
    if (p.gold.value !== p.system.value)
      lines.value.push(`${id} | gold ${show(p.gold)} | ours ${show(p.system)} ${p.system.rule} | ${c}`);
  }
}
for (const [kind, list] of Object.entries(lines)) {
  if (only && only !== kind) continue;
  console.log(`\n## ${kind} (${list.length})`);
  for (const l of list) console.log(l);
}
