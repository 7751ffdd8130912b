import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Article } from '../model.js';
import { segment } from '../text/segment.js';
import { tagTimes } from '../time/tag-times.js';
import { type TimemlDocument, readTimeml } from './timeml-reader.js';
import {
  type DocumentErrors,
  type ScoredDocument,
  type ScoredTimex,
  type TimexScores,
  scoreTimexes,
} from './timex-scorer.js';

/** The scores of one corpus (a folder of `.tml` files) or of all of them together (`corpus: 'all'`). */
export interface CorpusScore {
  readonly corpus: string;
  readonly result: TimexScores;
  readonly errors: readonly DocumentErrors[];
}

/** Tags one article: dyad's own time pipeline unless a test or a comparison passes another. */
export type TimeTagger = (article: Article) => readonly ScoredTimex[];

export interface ScoreTimemlOptions {
  readonly tagger?: TimeTagger;
}

/** No `.tml` file under the folder given to `scoreTimemlDirectory`, or no such folder (`cause` then says why). */
export class NoTimemlFilesError extends Error {
  override readonly name = 'NoTimemlFilesError';
  constructor(
    readonly dir: string,
    options?: { readonly cause: unknown },
  ) {
    const what = options ? `${dir} is not a readable folder` : `No .tml file under ${dir}`;
    super(`${what}: point --tml at a folder of TimeML documents (e.g. TimeBank/)`, options);
  }
}

const dyadTagger: TimeTagger = (article) => tagTimes(segment(article));

async function tmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await tmlFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.tml')) files.push(path);
  }
  return files;
}

/** Runs the tagger on one TimeML document, anchored on the day of its creation time. */
export function tagTimemlDocument(doc: TimemlDocument, tagger: TimeTagger = dyadTagger): ScoredDocument {
  const article: Article = { id: doc.id, published: doc.published, text: doc.text };
  return { id: doc.id, gold: doc.timexes, system: tagger(article) };
}

/**
 * Scores dyad's time tagger (segment → tagTimes, published = the creation time's day) against every
 * `.tml` file under `dir`, searched recursively, with the TempEval-3 task A measures. A folder whose
 * subfolders hold the documents (`tempeval3/` with `TimeBank/` and `AQUAINT/`) gives one row per
 * subfolder, in name order, then an `all` row over every document; a folder of `.tml` files gives one
 * row named after it. Documents directly in a folder that also has such subfolders count under its own
 * name. Throws `NoTimemlFilesError` when there is none, `TimemlParseError` on a malformed document.
 *
 * ```ts
 * const rows = await scoreTimemlDirectory('../shared/eval/tempeval3');
 * rows.map((r) => [r.corpus, r.result.valueF1]); // [['AQUAINT', …], ['TimeBank', …], ['all', …]]
 * ```
 */
export async function scoreTimemlDirectory(dir: string, options: ScoreTimemlOptions = {}): Promise<CorpusScore[]> {
  const tagger = options.tagger ?? dyadTagger;
  const files = await tmlFiles(dir).catch((cause: unknown) => {
    throw new NoTimemlFilesError(dir, { cause });
  });
  if (files.length === 0) throw new NoTimemlFilesError(dir);
  const own = basename(dir.replace(/[/\\]+$/, '')) || dir;
  const byCorpus = new Map<string, ScoredDocument[]>();
  for (const file of files) {
    const top = relative(dir, file).split(/[/\\]/);
    const corpus = top.length > 1 ? top[0]! : own;
    const doc = readTimeml(await readFile(file, 'utf8'), file);
    const list = byCorpus.get(corpus) ?? [];
    list.push(tagTimemlDocument(doc, tagger));
    byCorpus.set(corpus, list);
  }
  const rows: CorpusScore[] = [...byCorpus]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([corpus, docs]) => ({ corpus, ...scoreTimexes(docs) }));
  if (rows.length > 1) rows.push({ corpus: 'all', ...scoreTimexes([...byCorpus.values()].flat()) });
  return rows;
}
