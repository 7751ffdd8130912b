import { parentPort } from 'node:worker_threads';
import { LearnedKnowledge } from '../actors/learned-knowledge.js';
import type { Article, LearnedActor } from '../model.js';
import { extract } from '../pipeline.js';
import { compactExtraction } from './compact-extraction.js';

// One pipeline per thread: the models and knowledge base load once, then articles stream through. Each
// batch brings the people learned since this thread's last one.
let learned = LearnedKnowledge.empty;
parentPort?.on('message', (message: { id: number; articles: Article[]; learned?: LearnedActor[] }) => {
  try {
    learned = learned.with(message.learned ?? []);
    const results = message.articles.map((article) => compactExtraction(extract(article, { learned })));
    parentPort!.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
