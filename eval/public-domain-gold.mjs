#!/usr/bin/env node
// Scores `dyad extract` on the 30 public-domain articles against our own gold (eval/gold/public-domain.json)
// with ../shared/tools/check-gold.mjs. Needs `npm run build` first. Prints check-gold's lines and score.
// Usage: node eval/public-domain-gold.mjs [--keep]   (--keep: leave the temporary folder and print its path)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractTo } from './dyad-extract.mjs';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '..', 'shared');
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'dyad-pd-gold-'));
const articles = join(dir, 'articles');
mkdirSync(articles);

// The gold keys articles by line number ("pd-01"), so each line becomes a seed-format file of that name;
// dyad takes a file's name (without extension) as the article id.
const lines = readFileSync(join(root, 'examples', 'public-domain.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
lines.forEach((line, i) => {
  const { date, text } = JSON.parse(line);
  const id = `pd-${String(i + 1).padStart(2, '0')}`;
  writeFileSync(join(articles, `${id}.txt`), ` date ${date} ${text}`);
});

const check = spawnSync(
  process.execPath,
  [
    join(shared, 'tools', 'check-gold.mjs'),
    '--gold',
    join(root, 'eval', 'gold', 'public-domain.json'),
    '--events',
    extractTo(dir, [articles], 'events'),
    '--timex',
    extractTo(dir, [articles], 'timex'),
  ],
  { encoding: 'utf8' },
);
if (!/events \d+\/\d+ found/.test(check.stdout)) {
  console.error(`check-gold printed no score:\n${check.stdout}\n${check.stderr}`);
  process.exit(1);
}
console.log(check.stdout.trim());
if (keep) console.log(`extract output kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
