import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Article, Issue } from '../../src/model.js';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { ReadOptions } from '../../src/ingest/reader.js';

/** Everything `readInputs` yields for `paths`, split into articles and issues (each in yield order). */
export async function readAll(paths: readonly string[], options?: ReadOptions) {
  const articles: Article[] = [];
  const issues: Issue[] = [];
  for await (const item of readInputs(paths, options)) {
    if (item.kind === 'article') articles.push(item.article);
    else issues.push(item.issue);
  }
  return { articles, issues };
}

/** A fresh temporary folder holding `files` (relative path → content); returns its path. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}
