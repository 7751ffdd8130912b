#!/usr/bin/env node
// Writes data/events/cameo.json: for every CAMEO event code its name, Goldstein score, quad class and
// PLOVER category, from the reference tables in ../shared/reference (GDELT's Goldstein lookup; the PLOVER
// project's CAMEO→PLOVER table, CC BY-SA 4.0). Run it again when those facts change.
import { readFileSync, writeFileSync } from 'node:fs';

const ref = new URL('../../shared/reference/', import.meta.url);
const goldstein = new Map(
  readFileSync(new URL('CAMEO.goldsteinscale.txt', ref), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split('\t'))
    .filter((p) => p.length === 2)
    .map(([code, score]) => [code, Number(score)]),
);
const plover = new Map();
const names = new Map();
for (const line of readFileSync(new URL('CAMEO2PLOVER-2021.txt', ref), 'utf8').split('\n')) {
  const m = /^(\d{2,4}):\s*([A-Z_]+)?[^#]*(?:#\s*(.*))?$/.exec(line.trim());
  if (!m) continue;
  if (m[2]) plover.set(m[1], m[2]);
  if (m[3]) names.set(m[1], m[3].trim());
}
// CAMEO's quad classes group the twenty roots: verbal and material cooperation, verbal and material conflict.
const quad = (root) => (root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
const rootPlover = (code) =>
  plover.get(code) ??
  plover.get(code.padEnd(3, '0')) ??
  plover.get(code.slice(0, 3)) ??
  plover.get(code.slice(0, 2)) ??
  'OTHER';
const table = {};
for (const [code, score] of [...goldstein].sort(([a], [b]) => a.localeCompare(b))) {
  table[code] = {
    name: names.get(code) ?? names.get(code.padEnd(3, '0')) ?? null,
    goldstein: score,
    quadClass: quad(Number(code.slice(0, 2))),
    plover: rootPlover(code),
  };
}
writeFileSync(new URL('../data/events/cameo.json', import.meta.url), JSON.stringify(table, null, 1) + '\n');
console.log(`wrote ${Object.keys(table).length} codes`);
