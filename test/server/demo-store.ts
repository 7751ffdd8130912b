import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { extract } from '../../src/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');

/** A fresh SQLite store holding what `npm run demo` ingests (the seeds and the public-domain items). */
export async function demoStore(): Promise<{ store: Store; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-demo-')), 'demo.db');
  const store = await openSqliteStore(file);
  const batch = [];
  for await (const item of readInputs([join(EXAMPLES, 'seeds'), join(EXAMPLES, 'public-domain.jsonl')])) {
    if (item.kind === 'article') batch.push(extract(item.article));
  }
  await store.ingest(batch);
  return { store, file };
}

/** Hostile strings for every filter: SQL, FTS syntax, path tricks, markup, control characters, huge values. */
export const HOSTILE = [
  "' OR '1'='1",
  "KOR'; DROP TABLE events; --",
  '1) OR (1=1',
  '" OR ""="',
  '%',
  '_',
  '*',
  'NEAR(a b)',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\u0000',
  '-1',
  '1e309',
  'NaN',
  '9'.repeat(400),
  'KOR\nJPN',
];
