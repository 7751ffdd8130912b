import { parentPort } from 'node:worker_threads';
import type { Article } from '../model.js';
import { extract } from '../pipeline.js';
import { compactExtraction } from './compact-extraction.js';

// One pipeline per thread: the models and knowledge base load once, then articles stream through.
parentPort?.on('message', (message: { id: number; articles: Article[] }) => {
  try {
    const results = message.articles.map((article) => compactExtraction(extract(article)));
    parentPort!.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
