import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { recognizeActors } from '../actors/recognize-actors.js';
import type { Article, Span } from '../model.js';
import { segment } from '../text/segment.js';
import { type ScoredActor, type ScoredSentence, isPronoun, labelOf } from './actor-scorer.js';

const goldLine = z.object({
  /** 1-based line of the article in the corpus file. */
  article: z.number().int().positive(),
  published: z.string(),
  sentence: z.string(),
  actors: z.array(
    z.object({
      text: z.string(),
      country: z.string(),
      role: z.string(),
      /** How many free occurrences of `text` to pass over first ("Seoul, South Korea - ... of South Korea"). */
      skip: z.number().int().nonnegative().optional(),
    }),
  ),
});
export type ActorGoldLine = z.infer<typeof goldLine>;

/** A gold file or corpus that cannot be read or does not fit: the message says which line and why. */
export class ActorGoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActorGoldError';
  }
}

/** Reads the actor gold (JSON Lines, one sentence a line) and checks every line's shape. */
export function readActorGold(file: string): ActorGoldLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, k) => [line, k + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new ActorGoldError(`${file}:${n}: not JSON`);
      }
      const parsed = goldLine.safeParse(json);
      if (!parsed.success) throw new ActorGoldError(`${file}:${n}: ${parsed.error.issues[0]?.message ?? 'bad line'}`);
      return parsed.data;
    });
}

// The first whole-word occurrence of `text` in `sentence` that no gold actor placed before it covers
// ("President Yoon" after "South Korean President Yoon Suk Yeol"), offsets made absolute with `base`.
function locate(sentence: string, text: string, placed: readonly Span[], base: number, skip = 0): Span | null {
  const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    if (isLetter(sentence[at - 1]) || isLetter(sentence[at + text.length])) continue;
    const span = { start: base + at, end: base + at + text.length };
    if (!placed.some((p) => p.start < span.end && span.start < p.end) && skip-- === 0) return span;
  }
  return null;
}

/**
 * Runs the actor stage on each gold sentence's whole article (so coreference has its context) and pairs
 * the sentence's gold actors with the system's mentions inside it. `corpus` is the JSON Lines file the
 * gold's `article` line numbers point into.
 */
export function actorSentences(gold: readonly ActorGoldLine[], corpus: string): ScoredSentence[] {
  const lines = readFileSync(corpus, 'utf8').split('\n');
  const cache = new Map<number, { text: string; mentions: ReturnType<typeof recognizeActors> }>();
  return gold.map((g) => {
    const id = `${g.article}:${g.sentence.slice(0, 40)}`;
    let done = cache.get(g.article);
    if (!done) {
      const record = JSON.parse(lines[g.article - 1] ?? 'null') as { text?: string; date?: string } | null;
      if (!record?.text) throw new ActorGoldError(`${corpus}:${g.article}: no article text`);
      const article: Article = { id: String(g.article), published: record.date ?? g.published, text: record.text };
      done = { text: record.text, mentions: recognizeActors(segment(article)) };
      cache.set(g.article, done);
    }
    const base = done.text.indexOf(g.sentence);
    if (base < 0) throw new ActorGoldError(`gold sentence not found in article ${g.article}: ${g.sentence}`);
    const goldActors: ScoredActor[] = [];
    for (const a of g.actors) {
      const span = locate(g.sentence, a.text, goldActors, base, a.skip);
      if (!span) throw new ActorGoldError(`"${a.text}" is not (again) in gold sentence: ${g.sentence}`);
      goldActors.push({ text: a.text, country: a.country, role: a.role, ...span });
    }
    const end = base + g.sentence.length;
    const system = done.mentions.filter((m) => m.start >= base && m.end <= end && !isPronoun(m)).map(labelOf);
    return { id, sentence: g.sentence, gold: goldActors, system };
  });
}
