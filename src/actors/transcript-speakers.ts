import type { Actor, Doc } from '../model.js';

/** A speaker's turn in a transcript: the tokens after "PRESIDENT BUSH:" up to the next label. */
export interface SpeakerTurn {
  readonly from: number;
  /** Exclusive token index. */
  readonly to: number;
  /** Undefined for a label that names no actor ("MODERATOR:", "Q:"): its turn still ends the one before. */
  readonly actor: Actor | undefined;
}

const LABEL_WORD = /^[A-Z][A-Z.'’-]*$/;
// A transcript's label: capitals, then a colon, at the start of a sentence ("VICE PRESIDENT HARRIS:").
const HAS_LABEL = /(^|\n)[A-Z][A-Z.'’ -]*:/;

/**
 * The turns of a transcript ("PRESIDENT BUSH: Mr. Prime Minister, welcome …"), each with the actor its label
 * names on the article's date, resolved by `resolve` from the label in ordinary case ("President Bush"). White
 * House and State Department transcripts mark their speakers so; "I" and "we" in a turn are its speaker's.
 *
 * ```ts
 * speakerTurns(doc, (name) => recognizeActors(segment({ id, published, text: name }))[0]?.actor);
 * ```
 */
export function speakerTurns(doc: Doc, resolve: (name: string) => Actor | undefined): SpeakerTurn[] {
  if (!HAS_LABEL.test(doc.article.text)) return openingLabel(doc, resolve);
  const tokens = doc.tokens;
  const labels: { start: number; end: number; actor: Actor | undefined }[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd && i - sentence.tokenStart < 5 && LABEL_WORD.test(tokens[i]!.text)) i++;
    if (i === sentence.tokenStart || tokens[i]?.text !== ':') continue;
    const name = tokens
      .slice(sentence.tokenStart, i)
      .map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase())
      .join(' ');
    labels.push({ start: sentence.tokenStart, end: i + 1, actor: resolve(name) });
  }
  return labels.map((label, k) => ({
    from: label.end,
    to: labels[k + 1]?.start ?? tokens.length,
    actor: label.actor,
  }));
}

// Words a label in ordinary case is made of: a title and a name ("President Lee.").
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

// A transcript of one speaker whose label opens it in ordinary case, a sentence of its own ("President Lee. I
// apologize for running a little late"): one turn, the rest of the article, when the label names a person.
function openingLabel(doc: Doc, resolve: (name: string) => Actor | undefined): SpeakerTurn[] {
  const first = doc.sentences[0];
  if (!first || doc.sentences.length < 2) return [];
  const words = doc.tokens.slice(first.tokenStart, first.tokenEnd - 1);
  const stop = doc.tokens[first.tokenEnd - 1]!.text;
  if ((stop !== '.' && stop !== ':') || words.length < 2 || words.length > 4) return [];
  if (!words.every((t) => NAME_WORD.test(t.text))) return [];
  const actor = resolve(words.map((t) => t.text).join(' '));
  return actor?.kind === 'person' ? [{ from: first.tokenEnd, to: doc.tokens.length, actor }] : [];
}
