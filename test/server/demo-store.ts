import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { Extraction } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import type { Engine } from '../../src/store/migration.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { freshLocation, openAt } from '../store/dialects.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');

async function demoExtractions(): Promise<Extraction[]> {
  const batch = [];
  for await (const item of readInputs([join(EXAMPLES, 'seeds'), join(EXAMPLES, 'public-domain.jsonl')])) {
    if (item.kind === 'article') batch.push(extract(item.article));
  }
  return batch;
}

/** A fresh SQLite store holding what `npm run demo` ingests (the seeds and the public-domain items). */
export async function demoStore(): Promise<{ store: Store; file: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'dyad-demo-')), 'demo.db');
  const store = await openSqliteStore(file);
  await store.ingest(await demoExtractions());
  return { store, file };
}

/** The same demo store on either engine: a new SQLite file, or a new database on the test PostgreSQL server. */
export async function demoStoreOn(engine: Engine): Promise<Store> {
  if (engine === 'sqlite') return (await demoStore()).store;
  const store = await openAt(engine, await freshLocation(engine));
  await store.ingest(await demoExtractions());
  return store;
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
