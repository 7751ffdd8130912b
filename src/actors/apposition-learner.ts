import type { ActorMention, Doc } from '../model.js';
import { mentionOver } from './mention.js';
import { ActorFactory } from './actor-factory.js';
import type { LexicalMatch } from './lexicon.js';
import { type DocMemory, nameAfter } from './actor-context.js';

const ARTICLES = new Set(['a', 'an', 'the']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
// "an expert on Iraq", "a book about China": what the person knows about, not whom they work for.
const TOPIC = new Set(['on', 'about', 'toward', 'towards']);

/**
 * Learns people nobody listed from an apposition that says who they work for: "Akihisa Nagashima, a
 * special adviser to Japanese Prime Minister Shigeru Ishiba," is a JPN government actor, and so is
 * "Nagashima" later in the article. The role is the first title or role word inside the apposition.
 */
export function learnFromAppositions(
  doc: Doc,
  matches: readonly LexicalMatch[],
  mentions: readonly ActorMention[],
  memory: DocMemory,
  from: number,
  to: number,
): ActorMention[] {
  const tokens = doc.tokens;
  const starts = new Set(mentions.map((m) => m.tokenStart));
  // An apposition opens with a comma and an article or an actor: most sentences have none.
  let opens = false;
  for (let i = from + 2; i < to - 1 && !opens; i++)
    opens = tokens[i]!.text === ',' && (ARTICLES.has(tokens[i + 1]!.lower) || starts.has(i + 1));
  if (!opens) return [];
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  const taken = (i: number) => covered.has(i);
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    if (taken(i) || (i > from && /^\p{Lu}/u.test(tokens[i - 1]!.text) && tokens[i - 1]!.pos === 'PROPN')) continue;
    const name = nameAfter(tokens, i, to);
    if (!name || name.end - i < 2 || tokens[name.end]?.text !== ',') continue;
    // "disappeared over the Yellow Sea, Japanese Chief Cabinet Secretary X said": a name after a
    // preposition or an article is a place or a thing, not the head of an apposition about a person.
    if (i > from && (tokens[i - 1]!.pos === 'ADP' || tokens[i - 1]!.lower === 'the')) continue;
    if (Array.from({ length: name.end - i }, (_, k) => i + k).some(taken)) continue;
    // The apposition runs to the next comma or the end of the sentence, at most twelve tokens.
    let close = name.end + 1;
    // A relative clause says what the person did, not whom they work for ("a scholar who has written about Iraq").
    while (close < to && close - name.end <= 12 && tokens[close]!.text !== ',' && !RELATIVE.has(tokens[close]!.lower))
      close++;
    if (!ARTICLES.has(tokens[name.end + 1]?.lower ?? '') && !starts.has(name.end + 1)) continue;
    const anchor = mentions.find(
      (m) =>
        m.tokenStart > name.end &&
        m.tokenStart < close &&
        m.actor.country !== 'IGO' &&
        !TOPIC.has(tokens[m.tokenStart - 1]!.lower),
    );
    if (!anchor) continue;
    const roleMatch = matches.find(
      (m) =>
        m.tokenStart > name.end &&
        m.tokenStart < close &&
        m.entries.some((e) => e.kind === 'title' || e.kind === 'role'),
    );
    const role =
      roleMatch?.entries.find((e) => e.kind === 'title' || e.kind === 'role')?.role ?? anchor.actor.role ?? 'GOV';
    const actor = ActorFactory.learned(name.text, anchor.actor.country, role);
    memory.bySurname.set(name.last, actor);
    out.push(mentionOver(doc, i, name.end, actor, 'apposition'));
    i = name.end;
  }
  return out;
}
