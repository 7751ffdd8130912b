// Streams a big JSON Lines file through the readers and prints what it cost, as one JSON line:
//   node --import tsx test/reliability/jsonl-memory.ts MB [FILE]
// writes a file of MB megabytes of distinct articles (unless FILE exists) and reads it all. The memory
// test runs it in a process of its own, so the figures are this reading's alone.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { readInputs } from '../../src/ingest/read-inputs.js';

const megabytes = Number(process.argv[2] ?? 64);
const file = process.argv[3] ?? `/tmp/dyad-jsonl-${megabytes}mb.jsonl`;

async function write(): Promise<void> {
  const out = createWriteStream(file);
  const paragraph = 'Seoul and Tokyo held talks on trade and security on Friday, officials said. '.repeat(25);
  for (let i = 0, bytes = 0; bytes < megabytes * 2 ** 20; i++) {
    const line = JSON.stringify({ id: `a${i}`, date: '2025-07-04', text: `Report ${i}. ${paragraph}` }) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

if (!existsSync(file)) await write();
const baseline = process.memoryUsage().rss;
const started = Date.now();
let articles = 0;
let issues = 0;
let peakHeap = 0;
for await (const item of readInputs([file])) {
  if (item.kind === 'article') articles++;
  else issues++;
  if (articles % 2000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
console.log(
  JSON.stringify({
    fileBytes: statSync(file).size,
    articles,
    issues,
    ms: Date.now() - started,
    baselineRss: baseline,
    maxRss: process.resourceUsage().maxRSS * 1024,
    peakHeap,
  }),
);
