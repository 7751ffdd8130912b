import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Modality } from '../model.js';
import { cameoCode } from './cameo-table.js';

const PATTERNS = new URL('../../data/events/patterns/', import.meta.url);

const patternSchema = z.object({
  id: z.string(),
  code: z.string().regex(/^\d{2,4}$/),
  match: z.string().min(1),
  target: z.union([z.string(), z.array(z.string())]).optional(),
  mutual: z.boolean().optional(),
  converse: z.boolean().optional(),
  topicObject: z.boolean().optional(),
  modality: z.enum(['asserted', 'intended', 'planned', 'negated', 'hypothetical']).optional(),
  note: z.string().optional(),
});

/** One element of a compiled pattern: a set of words, or a gap of up to `max` tokens. */
export type PatternElement = { readonly words: ReadonlySet<string> } | { readonly gap: number };

export interface TriggerPattern {
  readonly id: string;
  readonly code: string;
  readonly elements: readonly PatternElement[];
  /** `object`, prepositions, or `possessive`. */
  readonly target: readonly string[];
  readonly mutual: boolean;
  /** The clause's subject receives the act from the target's phrase: "received weapons from X" is X's aid. */
  readonly converse: boolean;
  /** The verb's direct object is what is talked about, not a party: "discussed North Korea" (only "with" names one). */
  readonly topicObject: boolean;
  readonly modality?: Modality;
  /** Number of word elements: longer patterns are more specific. */
  readonly specificity: number;
}

/** Compiles a `match` string: words and `a|b` alternatives, `~` for a gap of up to four tokens. */
export function compileMatch(match: string): PatternElement[] {
  const elements: PatternElement[] = [];
  for (const part of match.trim().split(/\s+/)) {
    if (/^~\d*$/.test(part)) {
      elements.push({ gap: part.length > 1 ? Number(part.slice(1)) : 4 });
      continue;
    }
    const alternatives = part.toLowerCase().split('|');
    // "test-fire" is three tokens in running text: test, -, fired.
    const hyphenated = alternatives.filter((a) => a.includes('-'));
    if (hyphenated.length === alternatives.length && alternatives.length === 1) {
      const pieces = alternatives[0]!.split('-');
      pieces.forEach((piece, k) => {
        if (k > 0) elements.push({ words: new Set(['-']) });
        elements.push({ words: new Set([piece]) });
      });
      continue;
    }
    elements.push({ words: new Set(alternatives) });
  }
  return elements;
}

let book: TriggerPattern[] | undefined;

/** All trigger patterns in `data/events/patterns/*.yaml`, validated and compiled (loaded once). */
export function loadPatternBook(directory: URL = PATTERNS): TriggerPattern[] {
  if (book && directory === PATTERNS) return book;
  const patterns: TriggerPattern[] = [];
  const seen = new Set<string>();
  const files = readdirSync(directory)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  for (const file of files) {
    const records = parse(readFileSync(new URL(file, directory), 'utf8')) ?? [];
    const parsed = z.array(patternSchema).safeParse(records);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`data/events/patterns/${file}: pattern ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const p of parsed.data) {
      if (seen.has(p.id)) throw new Error(`data/events/patterns/${file}: duplicate pattern id ${p.id}`);
      seen.add(p.id);
      cameoCode(p.code);
      const elements = compileMatch(p.match);
      patterns.push({
        id: p.id,
        code: p.code,
        elements,
        target: p.target === undefined ? ['object'] : [p.target].flat(),
        mutual: p.mutual ?? false,
        converse: p.converse ?? false,
        topicObject: p.topicObject ?? false,
        ...(p.modality ? { modality: p.modality } : {}),
        specificity: elements.filter((e) => 'words' in e).length,
      });
    }
  }
  if (directory === PATTERNS) book = patterns;
  return patterns;
}
