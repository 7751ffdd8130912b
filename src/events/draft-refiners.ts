import type { Sentence, Token } from '../model.js';
import { type Draft, rejectDraft } from './event-draft.js';

// Verbs of saying that only carry what was said: "X said Y attacked Z" reports an attack, and a
// careful coder codes the attack, not a statement by X.
const CARRIERS = new Set(['010/say', '010/announce', '010/stress', '010/declare']);

/**
 * Drops a bare "said" / "announced" when the same sentence codes another event: the speech verb is then
 * only the carrier of the reported event ("Ukraine said Russia attacked ...", "Israel released the
 * mayor, officials said"). A sentence whose only event is the statement keeps it.
 */
export function dropSpeechCarriers(drafts: readonly Draft[]): Draft[] {
  const carrier = (d: Draft) => CARRIERS.has(d.match.pattern.id) && d.code.startsWith('01');
  const carried = drafts.some((d) => d.outcome === 'coded' && !carrier(d));
  // A carrier without a target is named a carrier too: that is why it is not a statement of its own.
  return drafts.map((d) =>
    carried && (d.outcome === 'coded' || d.outcome === 'no-target') && carrier(d)
      ? rejectDraft(d, 'speech-carrier', 'a verb of saying whose reported clause carries its own event')
      : d,
  );
}

/**
 * Drops an act in a purpose clause that restates the act it serves: "will meet in Zurich to discuss
 * trade" is one meeting, not a meeting and a discussion. Only acts of the same root, by the same
 * sources, are merged; "met to sign a deal" keeps both.
 */
export function dropPurposeRestatements(drafts: readonly Draft[], tokens: readonly Token[]): Draft[] {
  const sourcesOf = (d: Draft) =>
    d.pairs
      .map(([s]) => s.code)
      .sort()
      .join(' ');
  return drafts.map((d, i) => {
    if (d.outcome !== 'coded' || tokens[d.match.tokenStart - 1]?.lower !== 'to') return d;
    const served = drafts
      .slice(0, i)
      .find(
        (e) =>
          e.outcome === 'coded' &&
          e.match.pattern.code.slice(0, 2) === d.match.pattern.code.slice(0, 2) &&
          sourcesOf(e) === sourcesOf(d),
      );
    return served
      ? rejectDraft(d, 'duplicate', `the purpose of ${served.match.pattern.id}, the same act told twice`)
      : d;
  });
}

// Words that put a sentence in a game: a "beat", "crushed", "attack" there is sport, not war. Words a
// war report also uses ("team", "squad", "score", "stadium", "coach") are left out on purpose.
const SPORT = new Set([
  'match',
  'game',
  'cup',
  'league',
  'tournament',
  'championship',
  'final',
  'semifinal',
  'quarterfinal',
  'striker',
  'midfielder',
  'goalkeeper',
  'innings',
  'wicket',
  'medal',
  'fixture',
  'qualifier',
  'playoff',
  'derby',
  'scoreline',
]);
// Words that put a sentence in a market ("beat rivals on sales", "a price war", "attacked its market
// share"); "market" and "rival" alone are not among them: militias are rivals and markets are shelled.
const BUSINESS = new Set([
  'sales',
  'revenue',
  'revenues',
  'profit',
  'profits',
  'earnings',
  'investors',
  'shareholders',
]);
const BUSINESS_PAIRS = [
  ['market', 'share'],
  ['price', 'war'],
  ['stock', 'market'],
  ['share', 'price'],
];
// Conflict codes that games and markets borrow; protest, sanctions and threats keep their meaning.
const BORROWED_ROOTS = new Set(['17', '18', '19', '20']);

/**
 * Drops conflict codes (17-20) in a sentence about a game or a market: "Japan beat Korea 2-1",
 * "Brazil crushed Argentina in the final", "Samsung attacked Apple's market share". A score ("2-1",
 * "3 - 0") or a word of sport or business in the sentence is the sign; the war words of politics
 * ("war games", "trade war") are not sport.
 */
export function dropSportsAndBusiness(drafts: readonly Draft[], tokens: readonly Token[], sentence: Sentence): Draft[] {
  if (!drafts.some((d) => d.outcome === 'coded' && BORROWED_ROOTS.has(d.code.slice(0, 2)))) return [...drafts];
  const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const score = /\b\d{1,2}\s*[-–]\s*\d{1,2}\b(?!\s*(?:year|month|day|week))/.test(sentence.text);
  const sport = words.some((t, i) => t.pos === 'NOUN' && SPORT.has(t.lemma) && words[i - 1]?.lemma !== 'war');
  const market =
    words.some((t) => BUSINESS.has(t.lower)) ||
    words.some((t, i) => BUSINESS_PAIRS.some(([a, b]) => t.lemma === a && words[i + 1]?.lemma === b));
  if (!score && !sport && !market) return [...drafts];
  const why = score || sport ? 'a game (a score or a word of sport)' : 'a market (a word of business)';
  // Arrests are not borrowed: police arrest fans and players for real.
  return drafts.map((d) =>
    d.outcome === 'coded' && BORROWED_ROOTS.has(d.code.slice(0, 2)) && !d.code.startsWith('173')
      ? rejectDraft(d, 'sports-or-business', `the sentence is about ${why}, not political conflict`)
      : d,
  );
}

// Anything but letters and digits (Latin, Greek, Cyrillic and other scripts; general punctuation such as
// dashes and curly quotes is left out). A Unicode-property pattern does the same three times slower.
const NOT_WORD = /[^a-z0-9\u00c0-\u024f\u0370-\u1fff\u2070-\uffff]+/g;

/**
 * Codes a sentence once per article: a headline or photo caption that repeats a sentence of the body
 * (or the body repeating its headline) adds no event. Sentences are compared by their words.
 */
export function dropDuplicateSentences(drafts: readonly Draft[], sentence: Sentence, seen: Set<string>): Draft[] {
  // Only sentences that coded something need a key: most do not, and normalizing text is not free.
  if (!drafts.some((d) => d.outcome === 'coded') || sentence.text.length < 20) return [...drafts];
  const key = sentence.text.toLowerCase().replace(NOT_WORD, ' ').trim();
  if (key.length < 20) return [...drafts];
  if (!seen.has(key)) {
    seen.add(key);
    return [...drafts];
  }
  return drafts.map((d) =>
    d.outcome === 'coded'
      ? rejectDraft(d, 'duplicate', 'the article already coded this sentence (a headline or caption)')
      : d,
  );
}

// Acts of judging or answering another act: "condemned the attack", "welcomed the release", "mourned the
// killings", "investigated the bombing". Their object is someone else's act.
const JUDGING = ['012', '013', '018', '051', '052', '09', '11'];

/**
 * Drops an event noun that is the object of a judgment by its own subject: in "France condemned the attack
 * in Mali" the attack is not France's, though France stands before it as the clause's subject. The noun
 * keeps an agent of its own ("condemned Russia's attack", "the attack by the rebels"), which stands after
 * the judging verb.
 */
export function dropJudgedActs(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  if (drafts.length < 2) return drafts;
  const judgments = drafts.filter((d) =>
    d.outcome === 'coded' || d.outcome === 'no-target'
      ? JUDGING.some((c) => d.match.pattern.code.startsWith(c))
      : false,
  );
  if (judgments.length === 0) return drafts;
  return drafts.map((d) => {
    if (d.outcome !== 'coded' || tokens[d.match.tokenStart]?.pos !== 'NOUN') return d;
    const judge = judgments.find(
      (j) =>
        j !== d &&
        j.segment === d.segment &&
        j.match.tokenEnd <= d.match.tokenStart &&
        d.roles.sources.every((s) => s.tokenEnd <= j.match.tokenStart),
    );
    return judge
      ? rejectDraft(d, 'no-source', `the object of ${judge.match.pattern.id}: its agent is not the judge`)
      : d;
  });
}

/**
 * Gives a claim of responsibility the target of the act it claims: "al-Shabab claimed responsibility for an
 * attack on a mall in Kenya" claims an attack on Kenya. The act must follow the claim in the same segment
 * and have the same source. The act is then told as the claim, as the CAMEO codebook codes it (015), not as
 * an attack the report asserts.
 */
export function claimedActTargets(drafts: readonly Draft[]): readonly Draft[] {
  const claim = (d: Draft) =>
    d.code.startsWith('015') && (d.outcome === 'no-target' || d.outcome === 'coded') && d.roles.sources.length > 0;
  if (!drafts.some(claim)) return drafts;
  const claimed = new Set<Draft>();
  const out = drafts.map((d) => {
    if (!claim(d)) return d;
    const sources = d.roles.sources.flatMap((m) => m.group ?? [m.actor]);
    const act = drafts.find(
      (e) =>
        e.outcome === 'coded' &&
        e !== d &&
        e.segment === d.segment &&
        e.match.tokenStart >= d.match.tokenEnd &&
        e.pairs.every(([s]) => sources.some((x) => x.code === s.code)),
    );
    if (!act) return d;
    if (d.outcome === 'coded') {
      claimed.add(act);
      return d;
    }
    const targets = [...new Set(act.pairs.map(([, t]) => t).filter((t) => t !== null))];
    if (targets.length === 0) return d;
    claimed.add(act);
    const pairs = sources.flatMap((s) => targets.map((t) => [s, t] as const));
    return {
      ...d,
      pairs,
      outcome: 'coded' as const,
      reason: `coded with the target of the claimed ${act.match.pattern.id}`,
    };
  });
  return out.map((d) =>
    claimed.has(d) ? rejectDraft(d, 'duplicate', 'the act claimed, coded as the claim of responsibility (015)') : d,
  );
}

const VIOLENCE = /^(18|19|20)/;
// Coercion's codes name distinct acts ("fired tear gas to disperse demonstrators, … arresting 40": 175 and 173);
// the codes of other roots tell one act in different words.
const actKind = (code: string): string => code.slice(0, code.startsWith('17') ? 3 : 2);

/**
 * Codes one act once per sentence: "Kenya urged Uganda to send troops" is one appeal, found both at "urged"
 * and at the act asked for; "threatened to launch an offensive" is one threat. Of the drafts of one root with
 * the same pairs, the one with the most specific code is kept (the first of equals).
 */
export function dropRepeatedEvents(drafts: readonly Draft[]): readonly Draft[] {
  let coded = 0;
  for (const d of drafts) if (d.outcome === 'coded') coded++;
  if (coded < 2) return drafts;
  const key = (d: Draft) => {
    const pair = ([s, t]: Draft['pairs'][number]) => `${s.code}>${t?.code ?? '-'}`;
    const pairs = d.pairs.length === 1 ? pair(d.pairs[0]!) : d.pairs.map(pair).sort().join(' ');
    return `${actKind(d.code)} ${pairs}`;
  };
  const kept = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.outcome !== 'coded') continue;
    const first = kept.get(key(d));
    if (!first || d.code.length > first.code.length) kept.set(key(d), d);
  }
  // "held talks with Y during a visit to Y": a one-way act between parties that a two-way act of the same
  // root already joins (talks both sides held) is the same encounter told twice.
  const pairKeys = (d: Draft) => d.pairs.map(([s, t]) => `${s.code}>${t?.code ?? '-'}`);
  const within = (d: Draft) =>
    [...kept.values()].find(
      (w) =>
        w !== d &&
        w.code.slice(0, 2) === d.code.slice(0, 2) &&
        w.pairs.length > d.pairs.length &&
        pairKeys(d).every((k) => pairKeys(w).includes(k)),
    );
  // "killed 46 Afghan civilians in an attack on a village in Herat": an act aimed only at the place it happened
  // is the act on the people named there, told twice.
  const inferred = (d: Draft) => d.roles.targets.length === 0 && d.pairs.some(([, t]) => t !== null);
  const named = (d: Draft) =>
    [...kept.values()].find(
      (w) =>
        w !== d &&
        !inferred(w) &&
        actKind(w.code) === actKind(d.code) &&
        d.pairs.every(([s, t]) => w.pairs.some(([ws, wt]) => ws.code === s.code && wt?.country === t?.country)),
    );
  // "the car bomb attack": a compound of two violence words is one act, the more specific code.
  const compound = (d: Draft) =>
    VIOLENCE.test(d.code) &&
    [...kept.values()].find(
      (w) =>
        w !== d &&
        VIOLENCE.test(w.code) &&
        w.code.length > d.code.length &&
        (w.match.tokenEnd === d.match.tokenStart || d.match.tokenEnd === w.match.tokenStart) &&
        pairKeys(d).join(' ') === pairKeys(w).join(' '),
    );
  // "Israel and the Palestinians reached a consensus to exchange information": the accord (019) is the intent its
  // content is coded as (03), told twice.
  const accordOf = (d: Draft) =>
    d.code.startsWith('019')
      ? [...kept.values()].find((w) => w.code.startsWith('03') && pairKeys(d).every((k) => pairKeys(w).includes(k)))
      : undefined;
  return drafts.map((d) => {
    if (d.outcome !== 'coded') return d;
    const part = compound(d);
    if (part) return rejectDraft(d, 'duplicate', `part of ${part.match.pattern.id}, one act`);
    const accord = accordOf(d);
    if (accord) return rejectDraft(d, 'duplicate', `the accord ${accord.match.pattern.id} codes as an intent`);
    const winner = kept.get(key(d))!;
    if (winner !== d) return rejectDraft(d, 'duplicate', `the same act as ${winner.match.pattern.id}, told twice`);
    const wider = within(d);
    if (wider) return rejectDraft(d, 'duplicate', `one side of ${wider.match.pattern.id}, told twice`);
    const people = inferred(d) ? named(d) : undefined;
    return people ? rejectDraft(d, 'duplicate', `the act on the people ${people.match.pattern.id} names`) : d;
  });
}

const VERB_OBJECT_OPENERS = new Set(['DET', 'PRON', 'NUM']);

/**
 * "help" followed by a verb is a helping verb: in "helped end the war in Bosnia" and "will consider helping set
 * up a center in Kenya" the event is the act helped, not aid; "helped Israel defend itself" keeps the aid to
 * Israel. Help with nobody named as helped, or only the purpose of another act, is no event either.
 */
export function dropHelpingVerbs(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  return drafts.map((d) => {
    if (d.outcome !== 'coded' || !d.match.pattern.id.endsWith('/help')) return d;
    const next = tokens[d.match.tokenEnd];
    // The tagger reads a bare infinitive there as a noun ("helped broker a deal", "helped end the war").
    const infinitive =
      next?.pos === 'VERB' ||
      (next?.pos === 'NOUN' && VERB_OBJECT_OPENERS.has(tokens[d.match.tokenEnd + 1]?.pos ?? ''));
    if (next && (infinitive || next.lower === 'to'))
      return rejectDraft(d, 'no-target', 'a helping verb: the act it helps is the event');
    // "offered its troops to help him", "faces pressure to help Iran": help as the purpose of another act, or
    // what someone is pressed to do, is no act of its own; "wants to help" was recoded as an intent (033).
    if (tokens[d.match.tokenStart - 1]?.lower === 'to' && d.code === d.match.pattern.code)
      return rejectDraft(d, 'no-target', 'help as the purpose of another act, not given');
    return d.pairs.every(([, target]) => target === null) ? rejectDraft(d, 'no-target', 'no one named as helped') : d;
  });
}

/**
 * "to defend against the threat posed by the DPRK", "forces defending against the offensive": defence
 * against an attack is armed, not the verbal defence of 052 (which defends a decision or a party in words).
 */
export function dropArmedDefence(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  return drafts.map((d) =>
    d.outcome === 'coded' && d.match.pattern.id === '052/defend' && tokens[d.match.tokenEnd]?.lower === 'against'
      ? rejectDraft(d, 'no-target', 'defence against an attack: armed, not verbal')
      : d,
  );
}

// Modifiers that make a fight a figure of speech: "a custody battle", "the government's ideological battle
// with exiles", "a legal fight", "a war of words".
const FIGURATIVE = new Set([
  'legal',
  'custody',
  'court',
  'courtroom',
  'ideological',
  'political',
  'verbal',
  'rhetorical',
  'propaganda',
  'electoral',
  'election',
  'bureaucratic',
  'budget',
  'diplomatic',
  'public',
  'media',
  'culture',
  'cultural',
]);
// What may stand between a modifier and the fight noun ("a decades-long ideological battle": hyphens are tokens).
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'ADV', 'PUNCT']);
const FIGHT_NOUNS = new Set(['battle', 'fight', 'war', 'struggle', 'offensive', 'assault', 'attack', 'showdown']);

/**
 * A fight named with a modifier that makes it figurative is no use of force: "a decades-long ideological battle
 * with Cuban exiles", "the custody battle over Elian", "a war of words". Only the noun is read: "political
 * violence" and "legal attacks" on a verb are left to the other checks.
 */
export function dropFigurativeFights(drafts: readonly Draft[], tokens: readonly Token[]): readonly Draft[] {
  return drafts.map((d) => {
    if (d.outcome !== 'coded') return d;
    // "isolate and strangle Iraq": a body is strangled, tortured or beaten, a state only in a figure.
    const object = d.roles.targets[0];
    if (
      d.match.pattern.code.startsWith('182') &&
      object?.tokenStart === d.match.tokenEnd &&
      object.actor.kind === 'country' &&
      object.actor.role === undefined &&
      // The state's own name, not its people ("tortured Kuwaitis") or its officials ("Kuwait's ambassador").
      object.text.replace(/^the /i, '') === object.actor.name &&
      !/^['’]s$/.test(tokens[object.tokenEnd]?.text ?? '')
    )
      return figure(d);
    if (!BORROWED_ROOTS.has(d.code.slice(0, 2))) return d;
    // The fight noun is the trigger's head ("battle with") or inside it ("fought a long legal battle with").
    for (let at = d.match.tokenStart; at < d.match.tokenEnd; at++) {
      const noun = tokens[at]!;
      if (noun.pos !== 'NOUN' || !FIGHT_NOUNS.has(noun.lemma)) continue;
      if (tokens[at + 1]?.lower === 'of' && tokens[at + 2]?.lower === 'words') return figure(d);
      for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
        const t = tokens[k]!;
        if (FIGURATIVE.has(t.lower)) return figure(d);
        if (!MODIFIER_POS.has(t.pos) || t.text === ',') break;
      }
    }
    return d;
  });
}

const figure = (d: Draft) => rejectDraft(d, 'sports-or-business', 'a figure of speech, not a use of force');
