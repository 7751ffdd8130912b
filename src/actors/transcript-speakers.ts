import type { Actor, ActorMention, Doc } from '../model.js';
import type { DocMemory } from './actor-context.js';
import { ActorFactory } from './actor-factory.js';
import { type KnowledgeBase, positionOn } from './knowledge-base.js';

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

/** The one other speaker of a two-party transcript (a joint press conference), of another country, or of a
 * transcript of one speaker the one guest it addresses (`guestsOf`); else undefined. */
export function otherSpeaker(
  turns: readonly SpeakerTurn[],
  speaker: Actor,
  guests: readonly Actor[],
): Actor | undefined {
  const others = new Map<string, Actor>();
  for (const u of turns) if (u.actor && u.actor.country !== speaker.country) others.set(u.actor.country, u.actor);
  for (const guest of guests) if (guest.country !== speaker.country) others.set(guest.country, guest);
  return others.size === 1 ? [...others.values()][0] : undefined;
}

// A leader addressed as "Mr. President" or "Madam Prime Minister" is there.
const ADDRESS = /\b(?:Mr|Mrs|Madam|Madame)\.? (Vice President|President|Prime Minister|Chancellor|Premier)\b/;

/** Whether a turn addresses someone by office ("Thank you, Mr. President"). */
export function addresses(doc: Doc, turn: SpeakerTurn): boolean {
  const from = doc.tokens[turn.from]?.start ?? doc.article.text.length;
  const to = doc.tokens[turn.to - 1]?.end ?? doc.article.text.length;
  return ADDRESS.test(doc.article.text.slice(from, to));
}

/**
 * The guests a transcript of one speaker addresses ("Welcome to Korea, Mr. President"): the people the article
 * names with a title ("President Obama and I both agreed"), else the holder on the article's date of the office
 * addressed in the first other country the article names ("Mr. Prime Minister" ... "Japan's participation");
 * none for a briefing, whose "you" is the press and whose "we" the speaker's side.
 */
export function guestsOf(
  doc: Doc,
  kb: KnowledgeBase,
  turns: readonly SpeakerTurn[],
  memory: DocMemory,
  mentions: readonly ActorMention[],
): readonly Actor[] {
  const turn = turns.length === 1 ? turns[0]! : undefined;
  const office = turn?.actor && ADDRESS.exec(doc.article.text.slice(doc.tokens[turn.from]?.start ?? 0))?.[1];
  if (!turn?.actor || !office) return [];
  const named = [...memory.titleHolders.values()].flatMap((holders) =>
    holders.map((h) => h.actor).filter((a) => a.kind === 'person' && a.country !== turn.actor!.country),
  );
  if (named.length) return named;
  const day = doc.article.published;
  const title = office.toLowerCase();
  for (const m of mentions) {
    if (m.actor.kind === 'organization' || m.actor.country === turn.actor.country) continue;
    const holder = kb.people.find(
      (p) => p.country === m.actor.country && positionOn(p, day)?.title.toLowerCase() === title,
    );
    if (holder) return [ActorFactory.person(holder, day)];
  }
  return [];
}
