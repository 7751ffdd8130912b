import type { Actor, ActorMention, Doc, MentionVia, Token } from '../model.js';
import { ActorFactory } from './actor-factory.js';
import { type KnowledgeBase, loadKnowledgeBase, positionOn } from './knowledge-base.js';
import { type LexicalEntry, type LexicalMatch, Lexicon } from './lexicon.js';
import { learnFromAppositions } from './apposition-learner.js';
import { resolveCoreference } from './coreference.js';

// After these a country or capital names where something happened, not who acted ("met in Canada").
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'into',
  'across',
  'around',
  'throughout',
  'within',
  'across',
]);

const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

let lexicon: Lexicon | undefined;
function lexiconFor(kb: KnowledgeBase): Lexicon {
  lexicon ??= new Lexicon(kb);
  return lexicon;
}

/** People this document has introduced so far, by surname, for later bare-surname mentions. */
export interface DocMemory {
  readonly bySurname: Map<string, Actor>;
  readonly byTitle: Map<string, Actor>;
}

/**
 * Finds the actors of a document: countries, capitals and government seats used for governments,
 * people (known ones with their office on the article's date, and new ones learned from titles and
 * appositions), international bodies, country + role phrases ("South Korea's Foreign Ministry"), then
 * in-document coreference (surnames, "the North", "the two countries", pronouns, quoted "I").
 */
export function recognizeActors(doc: Doc, kb: KnowledgeBase = loadKnowledgeBase()): ActorMention[] {
  const lex = lexiconFor(kb);
  const memory: DocMemory = { bySurname: new Map(), byTitle: new Map() };
  const mentions: ActorMention[] = [];
  for (const sentence of doc.sentences) {
    const matches = lex.match(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
    const found = composeSentence(doc, kb, matches, memory, sentence.tokenStart, sentence.tokenEnd);
    mentions.push(
      ...found,
      ...learnFromAppositions(doc, matches, found, memory, sentence.tokenStart, sentence.tokenEnd),
    );
  }
  return resolveCoreference(doc, kb, mentions, memory);
}

function composeSentence(
  doc: Doc,
  kb: KnowledgeBase,
  matches: readonly LexicalMatch[],
  memory: DocMemory,
  from: number,
  to: number,
): ActorMention[] {
  const tokens = doc.tokens;
  const day = doc.article.published;
  const out: ActorMention[] = [];
  const used = new Set<number>();
  const make = (start: number, end: number, actor: Actor, via: MentionVia): ActorMention => {
    for (let i = start; i < end; i++) used.add(i);
    const first = tokens[start]!;
    const last = tokens[end - 1]!;
    return {
      kind: 'ActorMention',
      text: doc.article.text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      sentence: first.sentence,
      tokenStart: start,
      tokenEnd: end,
      actor,
      via,
    };
  };
  const kindAt = (m: LexicalMatch | undefined, kind: LexicalEntry['kind']) => m?.entries.find((e) => e.kind === kind);

  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (used.has(m.tokenStart)) continue;
    const modifier = kindAt(m, 'adjective') ?? kindAt(m, 'country');
    let cursor = m.tokenEnd;
    if (modifier && tokens[cursor]?.text === "'s") cursor++;
    const next = matches.find((n) => n.tokenStart === cursor);
    const title = kindAt(next, 'title');
    const roleWord = kindAt(next, 'role');
    const role = roleWord && next ? { code: roleWord.ref, end: next.tokenEnd } : roleAfter(matches, cursor, tokens);

    // "Japanese Prime Minister Shigeru Ishiba", "South Korea's foreign minister".
    if (modifier && title && next) {
      const name = nameAfter(tokens, next.tokenEnd, to);
      if (name) {
        const known = personNamed(kb, lexMatchAt(matches, next.tokenEnd), modifier.ref);
        const actor = known
          ? ActorFactory.person(known, day)
          : ActorFactory.learned(name.text, modifier.ref, title.role);
        remember(memory, actor, name.text, title.ref);
        out.push(make(m.tokenStart, name.end, actor, known ? 'kb' : 'title'));
        continue;
      }
      const actor = ActorFactory.country(kb, modifier.ref, title.role);
      out.push(make(m.tokenStart, next.tokenEnd, actor, 'kb'));
      continue;
    }
    // "the Japanese Embassy", "South Korea's Foreign Ministry", "North Korean troops".
    if (modifier && role) {
      out.push(make(m.tokenStart, role.end, ActorFactory.country(kb, modifier.ref, role.code), 'kb'));
      continue;
    }
    // "President Lee", "Prime Minister Shigeru Ishiba".
    const bareTitle = kindAt(m, 'title');
    if (bareTitle && /^\p{Lu}/u.test(tokens[m.tokenStart]!.text)) {
      const name = nameAfter(tokens, m.tokenEnd, to);
      if (name) {
        const known =
          personNamed(kb, lexMatchAt(matches, m.tokenEnd)) ?? personByTitle(kb, name.last, bareTitle.ref, day);
        const actor = known ? ActorFactory.person(known, day) : memory.bySurname.get(name.last);
        if (actor) {
          remember(memory, actor, name.text, bareTitle.ref);
          out.push(make(m.tokenStart, name.end, actor, known ? 'kb' : 'coreference'));
        }
        continue;
      }
    }
    const person = kindAt(m, 'person');
    if (person) {
      const record = kb.people.find((p) => p.id === person.ref)!;
      const actor = ActorFactory.person(record, day);
      remember(memory, actor, record.name);
      out.push(make(m.tokenStart, m.tokenEnd, actor, 'kb'));
      continue;
    }
    const locative =
      LOCATIVE.has(tokens[m.tokenStart - 1]?.lower ?? '') ||
      (tokens[m.tokenStart - 1]?.lower === 'the' && LOCATIVE.has(tokens[m.tokenStart - 2]?.lower ?? ''));
    const org = kindAt(m, 'organization');
    if (org && !locative) {
      const record = kb.organizations.find((o) => o.code === org.ref);
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.organization(org.ref, record?.name ?? org.ref), 'kb'));
      continue;
    }
    const country = kindAt(m, 'country');
    if (country && !locative && !ambiguousHere(kb, country.ref, tokens, m)) {
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.country(kb, country.ref), 'kb'));
      continue;
    }
    const metonym = kindAt(m, 'metonym');
    if (metonym && !locative) {
      out.push(make(m.tokenStart, m.tokenEnd, ActorFactory.country(kb, metonym.ref, 'GOV'), 'metonym'));
    }
  }

  // Learned names on later mention: "Nagashima" after "Akihisa Nagashima, a special adviser to ...".
  for (let i = from; i < to; i++) {
    if (used.has(i)) continue;
    const token = tokens[i]!;
    if (token.pos !== 'PROPN' || !/^\p{Lu}/u.test(token.text)) continue;
    const actor = memory.bySurname.get(token.text) ?? uniqueSurname(kb, token.text, day);
    if (actor && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      remember(memory, actor, token.text);
      out.push(make(i, i + 1, actor, 'coreference'));
    }
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** A capitalized name of one to four words starting at `i` (hyphenated parts joined): "Lee Jae Myung". */
export function nameAfter(
  tokens: readonly Token[],
  i: number,
  to: number,
): { end: number; text: string; last: string } | null {
  let j = i;
  const words: string[] = [];
  while (j < to && words.length < 4) {
    const t = tokens[j]!;
    if (t.text === '-' && words.length > 0 && /^\p{L}/u.test(tokens[j + 1]?.text ?? '')) {
      words[words.length - 1] += '-' + tokens[j + 1]!.text;
      j += 2;
      continue;
    }
    if (!/^\p{Lu}[\p{L}'.]*$/u.test(t.text) || (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ')) break;
    // "Syrian President Bashar Assad Tuesday": a day or month ends a name.
    if (CALENDAR_WORDS.has(t.lower)) break;
    words.push(t.text);
    j++;
  }
  if (words.length === 0) return null;
  return { end: j, text: words.join(' '), last: words[words.length - 1]! };
}

function lexMatchAt(matches: readonly LexicalMatch[], tokenStart: number): LexicalMatch | undefined {
  return matches.find((m) => m.tokenStart === tokenStart);
}

function personNamed(kb: KnowledgeBase, match: LexicalMatch | undefined, country?: string) {
  const entry = match?.entries.find((e) => e.kind === 'person');
  const person = entry && kb.people.find((p) => p.id === entry.ref);
  return person && (!country || person.country === country) ? person : undefined;
}

function personByTitle(kb: KnowledgeBase, surname: string, title: string, day: string) {
  return kb.people.find((p) => p.surname === surname && positionOn(p, day)?.title.toLowerCase() === title);
}

function uniqueSurname(kb: KnowledgeBase, surname: string, day: string): Actor | undefined {
  const holders = kb.people.filter((p) => p.surname === surname);
  if (holders.length !== 1 || !positionOn(holders[0]!, day)) return undefined;
  return ActorFactory.person(holders[0]!, day);
}

function remember(memory: DocMemory, actor: Actor, name: string, title?: string): void {
  const parts = name.split(/\s+/);
  memory.bySurname.set(parts[parts.length - 1]!, actor);
  if (actor.entity) memory.bySurname.set(actor.name.split(/[\s]+/)[0]!, actor);
  if (title) memory.byTitle.set(title, actor);
}

// "Japanese government officials": a role word up to two words after the modifier.
function roleAfter(
  matches: readonly LexicalMatch[],
  cursor: number,
  tokens: readonly Token[],
): { code: string; end: number } | undefined {
  for (let skip = 0; skip <= 2; skip++) {
    const m = matches.find((x) => x.tokenStart === cursor + skip);
    const role = m?.entries.find((e) => e.kind === 'role');
    if (role) return { code: role.ref, end: m!.tokenEnd };
    const t = tokens[cursor + skip];
    if (!t || !['ADJ', 'NOUN'].includes(t.pos) || /^\p{Lu}/u.test(t.text)) return undefined;
  }
  return undefined;
}

// "Georgia", "Jordan", "Chad" stand for the country only when no person or US state reading is likelier.
function ambiguousHere(kb: KnowledgeBase, code: string, tokens: readonly Token[], m: LexicalMatch): boolean {
  const names = kb.country(code)?.ambiguousNames ?? [];
  const text = tokens
    .slice(m.tokenStart, m.tokenEnd)
    .map((t) => t.text)
    .join(' ');
  if (!names.includes(text)) return false;
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1];
  return Boolean((next && /^\p{Lu}/u.test(next.text)) || (prev && /^\p{Lu}/u.test(prev.text) && prev.pos === 'PROPN'));
}
