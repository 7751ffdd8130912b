import type { Actor, ActorMention, Doc, Token } from '../model.js';
import { mentionOver } from './mention.js';
import { ActorFactory } from './actor-factory.js';
import { type CountryRecord, type KnowledgeBase, positionOn } from './knowledge-base.js';
import { formKeys } from './lexicon.js';
import { describedActor, mayDescribe } from './description-coreference.js';
import type { DocMemory } from './actor-context.js';
import { type SpeakerTurn, addresses, guestsOf, otherSpeaker } from './transcript-speakers.js';

const SAY = new Set(['say', 'tell', 'add', 'note', 'stress', 'ask', 'insist', 'explain']);

/**
 * Adds the mentions that only the document's own context resolves: "the North" and "the South" in a
 * Korea story, "the two countries" (the last two countries named), "he"/"she" (the last person), a
 * lower-case title ("the president") for the last person named with it, a capitalized office title never
 * named with a person ("the Secretary" in a State Department briefing: the Secretary of State that day),
 * and "I"/"we" in a quotation for its speaker.
 */
export function resolveCoreference(
  doc: Doc,
  kb: KnowledgeBase,
  mentions: readonly ActorMention[],
  memory: DocMemory,
  turns: readonly SpeakerTurn[] = [],
): ActorMention[] {
  const tokens = doc.tokens;
  const out = [...mentions];
  // Tokens some mention covers: one flag a token, looked up for every token of the article.
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  // Mentions in text order, kept so as mentions are added at the scan position: "what came before" is a prefix.
  const ordered = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart);
  const before = (tokenIndex: number) => ordered.filter((m) => m.tokenEnd <= tokenIndex);
  const koreaStory = mentions.some((m) => m.actor.country === 'KOR' || m.actor.country === 'PRK');
  const add = (start: number, end: number, actor: Actor, group?: readonly Actor[]) => {
    const mention = mentionOver(doc, start, end, actor, 'coreference', group);
    out.push(mention);
    let at = ordered.length;
    while (at > 0 && ordered[at - 1]!.tokenStart > start) at--;
    ordered.splice(at, 0, mention);
    covered.fill(1, start, end);
  };
  // Titles people were named with, split once, by their first word: most "the"s start none of them.
  const titles = new Map<string, { words: readonly string[]; actor: Actor }[]>();
  for (const [title, actor] of memory.byTitle) {
    const words = title.split(' ');
    titles.set(words[0]!, [...(titles.get(words[0]!) ?? []), { words, actor }]);
  }

  const genders = new PronounChains();
  let guestList: readonly Actor[] | undefined;
  const guests = () => (guestList ??= guestsOf(doc, kb, turns, memory, mentions));
  // Where someone the knowledge base does not know was last named by a surname a known person shares.
  let otherBearer: { token: number; sentence: number } | undefined;
  for (const sentence of doc.sentences) {
    const speaker = quoteSpeaker(tokens, sentence.tokenStart, sentence.tokenEnd, out);
    let inQuote = false;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      if (isQuote(t)) inQuote = !inQuote;
      if (covered[i]) continue;
      if (memory.otherBearers.has(t.text)) otherBearer = { token: i, sentence: t.sentence };
      const next = tokens[i + 1];
      const described = mayDescribe(t)
        ? describedActor(tokens, i, kb, () => before(i), koreaStory, memory.places)
        : undefined;
      if (described && !covered[described.end - 1]) {
        add(i, described.end, described.actor, described.group);
        i = described.end - 1;
        continue;
      }
      if (inQuote && speaker && ['i', 'we', 'me', 'us'].includes(t.lower) && t.pos === 'PRON') {
        add(i, i + 1, speaker);
        continue;
      }
      // A transcript's turn: "I" is its speaker, "we" the speaker and the other side when two speak.
      const turn = turns.length ? turns.find((u) => u.from <= i && i < u.to) : undefined;
      if (turn?.actor && FIRST_PERSON.has(t.lower) && t.pos === 'PRON') {
        const other = SPEAKERS_WE.has(t.lower) ? otherSpeaker(turns, turn.actor, guests()) : undefined;
        add(i, i + 1, turn.actor, other ? [turn.actor, other] : undefined);
        continue;
      }
      // "our two nations" in a turn of a two-party transcript: the speaker's side and the other one.
      if (turn?.actor && t.lower === 'our' && next?.lower === 'two' && OUR_SIDES.has(tokens[i + 2]?.lower ?? '')) {
        const other = otherSpeaker(turns, turn.actor, guests());
        if (other) add(i, i + 3, turn.actor, [turn.actor, other]);
        if (other) i += 2;
        continue;
      }
      // "I sincerely welcome you to Korea" in a turn that addresses the other side ("Madam Vice President"): "you"
      // is the one other speaker; in a briefing it is the press.
      if (turn?.actor && t.lower === 'you' && t.pos === 'PRON' && addresses(doc, turn)) {
        const other = otherSpeaker(turns, turn.actor, guests());
        if (other) add(i, i + 1, other);
        continue;
      }
      if ((t.lower === 'he' || t.lower === 'she') && !inQuote) {
        const people = before(i).filter((m) => m.actor.kind === 'person');
        const speaking = before(i).filter((m) => m.tokenStart >= sentence.tokenStart);
        const speaker = speakerBefore(tokens, sentence.tokenStart, i, people, speaking);
        // A speaker the article names but nobody knows ("the boy's great-uncle, Lazaro Gonzalez, denied that he"):
        // no actor, and the pronouns after it go on with that person.
        // "Juan Miguel Gonzalez ... Gonzalez said he": the pronoun after that person, named in this sentence or the one
        // before and after everyone known, is that person too.
        const latest = people[people.length - 1];
        const afterOther =
          otherBearer && t.sentence - otherBearer.sentence <= 1 && (!latest || latest.tokenEnd <= otherBearer.token);
        // "Gonzalez also wrote to Attorney General Janet Reno, saying he": that person opened the sentence.
        const otherFirst =
          speaker &&
          speaker !== UNKNOWN &&
          otherBearer?.sentence === t.sentence &&
          otherBearer.token < speaker.tokenStart;
        const actor =
          speaker === UNKNOWN || otherFirst || (!speaker && afterOther)
            ? null
            : (speaker?.actor ?? genders.pick(t.lower, people, t.sentence));
        if (actor) add(i, i + 1, actor);
        if (actor !== undefined) genders.note(t.lower, actor, t.sentence);
        continue;
      }
      // "the Foreign Ministers", "the ministers": everyone named with that title, when they are of two countries
      // or more.
      // "The presidents of Poland and the Czech Republic" is composed already, from the word after "the".
      const plural = t.lower === 'the' && next && !covered[i + 1] ? pluralTitle(tokens, i + 1, memory) : undefined;
      if (plural) {
        add(i, plural.end, plural.actors[0]!, plural.actors);
        i = plural.end - 1;
        continue;
      }
      // "the president", "The Secretary": the last person named with that title (the longest title that fits).
      if (t.lower === 'the' && next) {
        let best: { end: number; actor: Actor } | undefined;
        for (const { words, actor } of titles.get(next.lower) ?? []) {
          const end = i + 1 + words.length;
          if (!words.every((w, k) => tokens[i + 1 + k]?.lower === w) || tokens[end]?.lower === 'of') continue;
          // "The Foreign Minister Gemba" names the person itself; composition has done it.
          if (/^\p{Lu}/u.test(tokens[end]?.text ?? '') && tokens[end]?.pos === 'PROPN') continue;
          if (!best || end > best.end) best = { end, actor: latestHolder(words, actor, memory, before(i)) };
        }
        // Only a capitalized title can name an office alone ("The Secretary"); most "the"s are not that.
        const office = best || !/^\p{Lu}/u.test(next.text) ? undefined : officeHolder(doc, kb, i, before(i));
        if (best) add(i, best.end, best.actor);
        else if (office) add(i, office.end, office.actor);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The person who says what the pronoun at `at` is in. The subject right before the verb of saying comes first:
 * "In a letter to President X of Iran, Saddam said he will" is Saddam, not X in the fronted phrase; so does an
 * official of a body named there ("A State Department duty officer said she": the body's actor, not a person
 * named in an earlier sentence). Else the first person of the sentence before the verb: "Gen. X, a loyalist of
 * Prime Minister Y, said that he hopes" is X, not Y inside the apposition. Undefined when the sentence has no
 * such verb before the pronoun or no speaker before it; `UNKNOWN` when the subject is a name nobody knows.
 */
function speakerBefore(
  tokens: readonly Token[],
  sentenceStart: number,
  at: number,
  people: readonly ActorMention[],
  speaking: readonly ActorMention[],
): ActorMention | typeof UNKNOWN | undefined {
  let verb = -1;
  for (let k = at - 1; k >= sentenceStart && verb < 0; k--) if (SAYING.has(tokens[k]!.lemma)) verb = k;
  if (verb < 0) return undefined;
  const subject = subjectBefore(tokens, verb, speaking, people);
  if (subject) return subject;
  return people.find((m) => m.tokenStart >= sentenceStart && m.tokenEnd <= verb);
}

// The mention that is the subject of the verb of saying at `verb`: a person right before it ("Saddam said",
// "Saddam also said today"), or a body or country followed by a word for one of its people ("A State
// Department duty officer said"); undefined when neither stands there.
function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  speaking: readonly ActorMention[],
  people: readonly ActorMention[],
): ActorMention | typeof UNKNOWN | undefined {
  let k = verb;
  while (k > 0 && (tokens[k - 1]!.pos === 'ADV' || SAID_WHEN.has(tokens[k - 1]!.lower))) k--;
  // "Lazaro Gonzalez, denied": a name right before the verb (or before the comma that closes its apposition)
  // that no mention covers is someone the knowledge base does not know.
  const named = tokens[k - 1]?.text === ',' ? k - 1 : k;
  const name = tokens[named - 1];
  if (name?.pos === 'PROPN' && /^\p{Lu}/u.test(name.text) && !speaking.some((m) => m.tokenEnd === named)) {
    let first = named - 1;
    while (first > 0 && tokens[first - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first--;
    const opener = tokens[first - 1];
    // An apposition (", Mariela, told") or the sentence's subject; not a place after a preposition ("from his
    // home in Maine, said").
    const subjectSlot =
      named < k ? !opener || opener.text === ',' || opener.sentence !== name.sentence : opener?.pos !== 'ADP';
    if (subjectSlot) {
      // "Nhek Bunchhay said" again after "Gen. Nhek Bunchhay": the person named before.
      const again = [...people].reverse().find((m) => m.actor.name.split(' ').pop() === name.text);
      return again ?? UNKNOWN;
    }
  }
  let end = k;
  while (end > 0 && end > k - 3 && SPOKESPEOPLE.test(tokens[end - 1]!.lower)) end--;
  // "duty officer": one plain noun may stand before the word for the person.
  if (end < k && end > 0 && tokens[end - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[end - 1]!.text)) end--;
  const mention = speaking.find((m) => m.tokenEnd === end || m.tokenEnd === k);
  if (!mention) return undefined;
  const spokesperson = SPOKESPEOPLE.test(tokens[mention.tokenEnd - 1]!.lower);
  if (mention.tokenEnd === k) return mention.actor.kind === 'person' || spokesperson ? mention : undefined;
  return mention.actor.kind === 'person' ? undefined : mention;
}

// What `speakerBefore` returns for a speaker named by a name nobody knows.
const UNKNOWN = Symbol('unknown speaker');

// Verbs of saying whose subject a pronoun after them stands for: those of `SAY` and a denial.
const SAYING = new Set([...SAY, 'deny']);

// Words for when something was said, between a subject and its verb ("Saddam today said").
const SAID_WHEN = new Set(
  'today yesterday tonight monday tuesday wednesday thursday friday saturday sunday later earlier also'.split(' '),
);
// Words for someone who speaks for a body ("a Pentagon spokesman", "State Department officials").
const SPOKESPEOPLE =
  /^(?:officials?|officers?|spokes(?:man|men|woman|women|person|people)|sources?|diplomats?|aides?)$/;

/**
 * Of everyone the article named with a title, the one mentioned last before this point: "President Bush ...
 * The president responded" is Bush, though President Saddam Hussein is named again further on. `fallback` (the
 * last holder in the whole article) when none of them is mentioned before.
 */
function latestHolder(
  words: readonly string[],
  fallback: Actor,
  memory: DocMemory,
  earlier: readonly ActorMention[],
): Actor {
  const title = words.join(' ');
  const holders = (memory.titleHolders.get(words[words.length - 1]!) ?? [])
    .filter((h) => h.title === title || words.length === 1)
    .map((h) => h.actor);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const actor = earlier[k]!.actor;
    if (actor.kind === 'person' && holders.some((h) => h.code === actor.code && h.name === actor.name)) return actor;
  }
  return fallback;
}

// "Foreign Ministers" at `at`: the people named with a title of that head noun ("minister") whose title also has
// the word before it ("Minister of Foreign Affairs"), when they are of two countries or more.
function pluralTitle(
  tokens: readonly Token[],
  at: number,
  memory: DocMemory,
): { end: number; actors: readonly Actor[] } | undefined {
  for (const length of [2, 1]) {
    const words = tokens.slice(at, at + length);
    const last = words[words.length - 1];
    if (words.length < length || !last || !/s$/.test(last.lower)) continue;
    // The tagger leaves a capitalized plural unlemmatized ("Ministers").
    const singular = last.lemma !== last.lower ? last.lemma : last.lower.slice(0, -1);
    const modifier = length === 2 ? words[0]!.lower : undefined;
    const actors = (memory.titleHolders.get(singular) ?? [])
      .filter((h) => !modifier || h.title.split(' ').includes(modifier))
      .map((h) => h.actor);
    if (new Set(actors.map((a) => a.country)).size >= 2) return { end: at + length, actors };
  }
  return undefined;
}

const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);
const OUR_SIDES = new Set(['nations', 'countries', 'governments', 'peoples']);
const SPEAKERS_WE = new Set(['we', 'us']);

function isQuote(t: Token): boolean {
  return t.text === '"' || t.text === '“' || t.text === '”';
}

// The speaker of a quotation: the actor right before or after a speech verb outside the quotes ("Lee said").
function quoteSpeaker(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly ActorMention[],
): Actor | undefined {
  let inQuote = false;
  let hasQuote = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (isQuote(t)) {
      inQuote = !inQuote;
      hasQuote = true;
      continue;
    }
    if (inQuote || !hasQuote || !SAY.has(t.lemma)) continue;
    const subject = mentions.find(
      (m) => m.tokenEnd === i || (m.tokenEnd === i - 1 && tokens[i - 1]?.pos === 'ADV') || m.tokenStart === i + 1,
    );
    if (subject) return subject.actor;
  }
  return undefined;
}

// "The Secretary opened by ...": a capitalized title that, alone, names one office of a government the
// article has named (`officeTitles` in the knowledge base): the person holding it that day, else the office.
function officeHolder(
  doc: Doc,
  kb: KnowledgeBase,
  i: number,
  before: readonly ActorMention[],
): { end: number; actor: Actor } | undefined {
  const tokens = doc.tokens;
  if (!/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return undefined;
  const named = new Set(before.map((m) => m.actor.country));
  for (const country of named) {
    const record = kb.country(country);
    for (const { words, office } of record ? officeTitleKeys(record) : []) {
      const end = i + 1 + words.length;
      if (!words.every((w, k) => tokens[i + 1 + k]?.lower === w && /^\p{Lu}/u.test(tokens[i + 1 + k]!.text))) continue;
      // "the Secretary-General", "the Secretary of Defense", "the Secretary Blinken": another title or a name.
      if (['-', 'of', 'for', 'general'].includes(tokens[end]?.lower ?? '') || /^\p{Lu}/u.test(tokens[end]?.text ?? ''))
        continue;
      const day = doc.article.published;
      const holder = kb.people.find(
        (p) => p.country === country && positionOn(p, day)?.title.toLowerCase() === office.toLowerCase(),
      );
      return { end, actor: holder ? ActorFactory.person(holder, day) : ActorFactory.country(kb, country, 'GOV') };
    }
  }
  return undefined;
}

const officeKeys = new WeakMap<CountryRecord, readonly { words: readonly string[]; office: string }[]>();

// A country's office titles as token keys, made once: every capitalized "The" of an article asks.
function officeTitleKeys(record: CountryRecord): readonly { words: readonly string[]; office: string }[] {
  let keys = officeKeys.get(record);
  if (!keys) {
    keys = Object.entries(record.officeTitles).map(([title, office]) => ({ words: formKeys(title), office }));
    officeKeys.set(record, keys);
  }
  return keys;
}

const personKey = (a: Actor) => `${a.code}|${a.name}`;

/**
 * What "he" and "she" have stood for so far. "She was to meet President Daniel arap Moi. In Dar es Salaam, she
 * laid a wreath": the second "she" goes on with the first (Albright, in the sentence before), not to Moi, the
 * last person named; and a person "he" has stood for is never "she", nor the other way round.
 */
class PronounChains {
  private readonly gender = new Map<string, string>();
  private readonly last = new Map<string, { actor: Actor | null; sentence: number }>();

  /** Notes who `pronoun` stood for in `sentence`; null for a person nobody knows. */
  note(pronoun: string, actor: Actor | null, sentence: number): void {
    if (actor) this.gender.set(personKey(actor), pronoun);
    this.last.set(pronoun, { actor, sentence });
  }

  /**
   * The person a pronoun in sentence `sentence` stands for among the people named before it, null when it goes on
   * with someone nobody knows, else undefined.
   */
  pick(pronoun: string, people: readonly ActorMention[], sentence: number): Actor | null | undefined {
    const fits = people.filter((m) => (this.gender.get(personKey(m.actor)) ?? pronoun) === pronoun);
    const latest = fits[fits.length - 1];
    if (!latest) return undefined;
    const chain = this.last.get(pronoun);
    // The chain goes on while its person was this pronoun or named in this sentence or the one before, when the
    // latest person was named in an earlier sentence and has not been this pronoun yet.
    const near = (at: number) => sentence - at <= 1;
    const live =
      chain &&
      (near(chain.sentence) ||
        fits.some((m) => chain.actor && personKey(m.actor) === personKey(chain.actor) && near(m.sentence)));
    // Someone nobody knows spoke last, in this sentence or the one before, after the latest person was named.
    if (chain && chain.actor === null && near(chain.sentence) && latest.sentence <= chain.sentence) return null;
    if (live && latest.sentence < sentence && !this.gender.has(personKey(latest.actor))) return chain.actor;
    return latest.actor;
  }
}
