import type { ActorMention, Doc, Place, Token } from '../model.js';
import { type Segment, nextClauseOpener, segmentAt } from './clause-bounds.js';
import { governorOf, isOblique } from './noun-phrases.js';
import { genericPrepositions, protestedAgent } from './act-prepositions.js';
import {
  PROTESTERS,
  betweenCounterpart,
  byPhrase,
  resumedAgent,
  frontedGerund,
  invertedSpeaker,
  mainVerb,
  modifierOwner,
  ownPredicateEnd,
  verbBetween,
  infinitiveBetween,
  partyOf,
  pronounOwner,
  reducedRelative,
  pastReducedRelative,
} from './role-phrases.js';
import {
  coordinatedPredicate,
  listHead,
  byList,
  listedWith,
  purposeClause,
  servedVerb,
  withConjoinedSegments,
} from './conjuncts.js';
import { isPassive, participleHost } from './passive.js';
import { OCCASION_OF_VIOLENCE, hasOwnSubject, inOccasionPhrase } from './clause-subjects.js';
import { objectVerb, reportedAway } from './reported.js';
import { type SaidClause, obligedPronoun, saidClause } from './said-clause.js';
import type { TriggerMatch } from './trigger-matcher.js';
import { OCCASIONS } from './occasion-host.js';
import { selfDirected } from './self-directed.js';
import { lastMentionIn, subjectIn } from './subject-finder.js';

export interface Roles {
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  /** How the target was found, for the confidence and `explain`. */
  readonly targetVia: 'clause' | 'passive' | 'topic' | 'occasion' | 'mutual' | 'place' | 'complement' | 'none';
  /**
   * For a verb of saying: the actor that opens the said clause and the word after it ("said Libya
   * must ...": Libya, "must"), which can make the statement a demand on that actor.
   */
  readonly complement?: SaidClause;
}

// Beyond this many tokens an actor after the trigger belongs to another phrase ("said he will ... Japan").
const MAX_OBJECT_DISTANCE = 6;
const ASSURING = /^(re)?assur/;

/**
 * Who did it and to whom, from the shape of the clause: the nearest actor before the trigger that no
 * preposition governs (skipping relative clauses and appositions, climbing to a relative clause's
 * antecedent), conjoined subjects ("Lee and Ishiba"), and the target where the pattern says it sits.
 */
export function findRoles(
  doc: Doc,
  match: TriggerMatch,
  segments: readonly Segment[],
  mentions: readonly ActorMention[],
  context: {
    readonly topic?: ActorMention | undefined;
    readonly occasionHost?: ActorMention | undefined;
    readonly places: readonly Place[];
  },
): Roles {
  const tokens = doc.tokens;
  const k = segmentAt(segments, match.tokenStart);
  const segment = segments[k]!;
  const head = tokens[match.tokenStart]!;
  const speaker = invertedSpeaker(tokens, match.tokenStart, segment.end, mentions);
  if (speaker) return { sources: speaker, targets: [], targetVia: 'none' };
  // "..., saying South Korea sympathizes", "After meeting with Kenyan police, the FBI chief said": a
  // participle trailing or opening the sentence has the main clause's subject.
  const participle =
    (k > 0 && match.tokenStart === segment.start && head.pos === 'VERB' && head.lower.endsWith('ing')) ||
    frontedGerund(tokens, segment, k, match.tokenStart, mentions);
  // "will counter Somalia's threats by conducting exercises": a gerund of means is done by the clause's subject.
  const means = !participle && head.lower.endsWith('ing') && tokens[match.tokenStart - 1]?.lower === 'by';
  let sources = participle
    ? []
    : subjectIn(doc, segment, means ? mainVerb(tokens, segment, mentions) : match.tokenStart, mentions);
  if (participle) {
    const main = segments.find((s) => !s.fronted && !s.parenthetical);
    // The subject stands before the main clause's verb, not before its end (where its object is).
    if (main && main !== segment) sources = subjectIn(doc, main, mainVerb(tokens, main, mentions), mentions);
  }
  // "…, a human rights group protested here Wednesday", "…, where 24 people were killed in riots": a segment
  // whose clause has a subject of its own that is no actor takes none from the segments before.
  if (sources.length === 0 && !participle && !hasOwnSubject(tokens, segment.start, match.tokenStart)) {
    // "Lee, who departed for Canada ..., sent": a relative clause's subject is its antecedent; a main verb
    // after a relative clause or apposition takes the subject before it.
    for (let j = k - 1; j >= 0 && sources.length === 0; j--) {
      const previous = segments[j]!;
      if (segment.parenthetical && !segments[k]!.fronted) {
        // "condemned the launches, which violated ...": "which" stands for the thing just named, and a
        // thing that is no actor lends the clause no source.
        const which = tokens[segment.start]!.lower === 'which';
        const antecedent = lastMentionIn(previous, mentions);
        sources = which && antecedent[0]?.tokenEnd !== previous.end ? [] : antecedent;
        break;
      }
      if (previous.parenthetical || previous.fronted) continue;
      // "Blinken highlighted U.S.-ROK-Japan cooperation, …, and stressed": the clause's subject stands before its
      // verb, not before its end (where its object is).
      sources = subjectIn(doc, previous, mainVerb(tokens, previous, mentions), mentions);
    }
  }

  // "security forces clashed with anti-government demonstrators": the people a trigger names protest, not
  // the clause's subject; only an actor written onto them is theirs ("Nigerian demonstrators").
  if (PROTESTERS.has(tokens[match.tokenEnd - 1]!.lemma))
    sources = sources.filter((s) => s.tokenEnd >= match.tokenStart && s.tokenStart < match.tokenEnd);
  // "faced with a grassroots movement calling for a withdrawal": the people the participle follows act.
  if (reducedRelative(tokens, match.tokenStart, mentions)) sources = [];
  sources = withConjoinedSegments(tokens, segments, k, sources, mentions);
  // "a reminder to Iraq that it must cooperate": the pronoun stands for the party told.
  const told = obligedPronoun(tokens, match.tokenStart, segment.start, mentions);
  if (told) sources = [told];
  // "Israel said a mortar bomb was fired at it": the speaker is not the subject of what it reports.
  if (!match.pattern.code.startsWith('01') && reportedAway(tokens, sources, match.tokenStart)) sources = [];
  // "Russia attacked Ukraine and killed ten civilians": the object of the first verb is not the subject of
  // the second; the first verb's subject is.
  const verb = sources[0]
    ? objectVerb(tokens, sources[0], match.tokenStart, match.pattern.code, segment.start)
    : undefined;
  if (verb !== undefined) sources = subjectIn(doc, segment, verb, mentions);
  // "would blockade Paris to demand an end", "will visit Mauritania and Senegal to mediate": a purpose clause's
  // subject is that of the verb it serves, not the verb's object.
  const served = purposeClause(tokens, match.tokenStart)
    ? servedVerb(tokens, sources, mentions, match.tokenStart, segment.start)
    : -1;
  if (served >= 0) sources = subjectIn(doc, segment, served, mentions);
  // "the launch of an ICBM by the DPRK": the agent of an event noun is its "by" phrase.
  const by = head.pos === 'NOUN' ? byPhrase(tokens, match, segment, mentions) : undefined;
  // "the demand for his extradition has been refused by the Taliban": that "by" is the verb's.
  const agent = by && !verbBetween(tokens, match.tokenEnd, by.tokenStart) ? by : undefined;
  // "sanctions imposed on Iraq after its 1990 invasion of Kuwait": "its" is the actor named just before it.
  // A possessive also makes a noun of what the tagger read as a verb ("the DPRK's self-claimed launch of").
  const owner = agent
    ? undefined
    : head.pos === 'NOUN'
      ? (pronounOwner(tokens, match.tokenStart, mentions) ??
        modifierOwner(tokens, match.tokenStart, match.pattern.code, mentions))
      : head.pos === 'VERB'
        ? modifierOwner(tokens, match.tokenStart, match.pattern.code, mentions, true)
        : undefined;
  // "the accord signed by Annan and Aziz": every party of a mutual act's "by" phrase did it.
  if (agent) sources = match.pattern.mutual ? byList(tokens, agent, mentions, segment.end) : [agent];
  else if (owner) sources = [owner];
  // "advised against travel after the museum shooting": violence named as the occasion of the clause is
  // not the subject's own.
  else if (
    (head.pos === 'NOUN' || head.pos === 'ADJ' || head.lower.endsWith('ing')) &&
    OCCASION_OF_VIOLENCE.test(match.pattern.code) &&
    inOccasionPhrase(tokens, match, segment)
  )
    sources = sources.filter((s) => s.tokenStart > match.tokenStart);

  // Passive: "was attacked by X", "was blown up ... by a missile": the subject is the target and the "by"
  // phrase, when there is one, the source. Without one the source is unknown ("were killed").
  const passive = isPassive(tokens, match, segment.start);
  if (passive) {
    const by = byPhrase(tokens, match, segment, mentions) ?? resumedAgent(tokens, segments, k, mentions);
    // A reduced passive's subject is the noun right before it, its adverbs aside ("victims killed by the crash",
    // "troops recently praised by the EU").
    const host = participleHost(tokens, match.tokenStart);
    const subjects = passive === 'reduced' ? sources.filter((s) => s.tokenEnd === host) : sources;
    const targets = subjects.filter((s) => s !== by);
    // "Evidence against Russia was presented by the US", "the civilians … were released by Putin": a pattern that
    // opens on the passive's own subject finds the target, if any, where the act's prepositions put it.
    if (targets.length > 0 || (head.pos !== 'NOUN' && head.pos !== 'PROPN'))
      return { sources: by ? [by] : [], targets, targetVia: 'passive' };
    sources = by ? [by] : [];
  }
  // "were killed by a roadside bomb": an event noun that is a passive's "by" phrase has no agent named.
  if (head.pos === 'NOUN' && governorOf(tokens, match.tokenStart, segment.start)?.lower === 'by')
    sources = sources.filter((s) => s.tokenStart > match.tokenStart);

  const sourceActors = sources.flatMap((s) => s.group ?? [s.actor]);
  // "held a ceremony since Ethiopia and Sudan signed …": the subject of a clause that opens after the
  // trigger is not its object.
  const objectEnd = ownPredicateEnd(tokens, match.tokenEnd, nextClauseOpener(tokens, match.tokenEnd, segment.end));
  const after = mentions.filter(
    (m) =>
      m.tokenStart > match.tokenStart &&
      m.tokenStart < objectEnd &&
      !sources.includes(m) &&
      !sourceActors.some((s) => selfDirected(s, m.actor)),
  );
  const sourceParties = new Set(sourceActors.map(partyOf));
  const wanted = match.pattern.target;
  // Only a verb of saying is followed by a clause whose subject is not its object: "demanded that the
  // US cancel" addresses the US, "said Japan should" does not address Japan. An assurance is given as a statement.
  const speech = match.pattern.code.startsWith('01') || ASSURING.test(head.lower);
  const said = speech
    ? saidClause(
        tokens,
        match.tokenEnd,
        segment.end,
        mentions.filter((m) => m.tokenStart >= match.tokenEnd),
      )
    : undefined;
  const complement = said && match.pattern.code.startsWith('01') ? { complement: said } : {};
  // A mention inside a gapped trigger ("hand over to Britain two nationals") is governed within it.
  // One after it may be governed by the trigger's last word ("sought refuge in X"); one inside it never is.
  const governedBy = (m: ActorMention) =>
    (m.tokenStart < match.tokenEnd
      ? governorOf(tokens, m.tokenStart, match.tokenStart + 1)
      : (governorOf(tokens, m.tokenStart, match.tokenEnd) ?? tokens[match.tokenEnd - 1])
    )?.lower ?? '';
  // An object is the first actor no preposition governs, or one governed by a preposition the pattern names.
  const direct = after.find(
    (m) =>
      m.tokenStart - match.tokenEnd <= MAX_OBJECT_DISTANCE &&
      // "met to discuss North Korea's tests": an actor after an infinitive is that verb's object.
      !infinitiveBetween(tokens, match.tokenEnd, m.tokenStart) &&
      !(speech && (opensClause(tokens, m) || (said && m.tokenStart >= said.start))) &&
      (!isOblique(tokens, listHead(tokens, m, mentions), match.tokenEnd) || wanted.includes(governedBy(m))),
  );
  // A gapped trigger that swallowed an actor ("gave the Ivory Coast 5 million", "urged Mexico to lift")
  // swallowed its object, unless the trigger ends on the preposition of its target ("attend the G7 summit in").
  const inside =
    direct &&
    direct.tokenEnd <= match.tokenEnd &&
    !isOblique(tokens, direct, match.tokenStart + 1) &&
    !wanted.includes(tokens[match.tokenEnd - 1]!.lower);
  const generic = genericPrepositions(match.pattern.code);
  const predicateEnd = coordinatedPredicate(tokens, match.tokenEnd, segment.end);
  // "demanded that the Turkish government provide", "its demand today that Israel ease": a demand or appeal
  // lands on the subject of the clause it asks for.
  const asked = /^(02|10)/.test(match.pattern.code) ? thatSubject(tokens, match.tokenEnd, after) : undefined;
  let target =
    asked ??
    after.find((m) => wanted.includes(governedBy(m))) ??
    (wanted.includes('possessive') ? after.find((m) => tokens[m.tokenEnd]?.text === "'s") : undefined) ??
    (wanted.includes('object') || (direct?.tokenStart === match.tokenEnd && !match.pattern.topicObject) || inside
      ? direct
      : undefined) ??
    // The pattern's own prepositions found nothing: the usual ones for the act ("agreed to lift
    // embargoes ... to Iran", "fired batteries at Russia") still name whom it is done to.
    after.find(
      (m) =>
        m.tokenStart >= match.tokenEnd &&
        m.tokenStart < predicateEnd &&
        (generic.has(governedBy(m)) || protestedAgent(tokens, m.tokenStart, match.pattern.code)) &&
        !pastReducedRelative(tokens, match.tokenEnd, m) &&
        !infinitiveBetween(tokens, match.tokenEnd, m.tokenStart) &&
        // A meeting "in Geneva" or a return "to Geneva" is not held with Switzerland; aid "to Israel" goes to it.
        !(match.pattern.code.startsWith('04') && isPlace(m, context.places)) &&
        // A verb of saying is addressed to someone near it, never to an actor inside what was said.
        !(speech && (m.tokenStart - match.tokenEnd > MAX_OBJECT_DISTANCE || (said && m.tokenStart >= said.start))),
    ) ??
    // "desire for better relations between South Korea and Japan", said by Korea's president: Japan.
    // A verb of saying: "says gaps remain between Israeli and Palestinian positions" addresses neither.
    (speech ? undefined : betweenCounterpart(tokens, mentions, match.tokenEnd, predicateEnd, sourceParties));
  // "complained to the UN over Syria's raids", "lodged a protest with the UN against Syria": a complaint is
  // made to (or with) one party about another, and the CAMEO target is the party complained about.
  if (target && match.pattern.code.startsWith('11') && ADDRESSEES.has(governedBy(target)))
    target =
      after.find(
        (m) => m.tokenStart > target!.tokenEnd && m.tokenStart < predicateEnd && COMPLAINED_ABOUT.has(governedBy(m)),
      ) ?? target;
  if (target) {
    const last = segments[segments.length - 1]!.end;
    return { sources, targets: listedWith(tokens, target, mentions, last), targetVia: 'clause', ...complement };
  }
  if (context.topic && !sourceParties.has(partyOf(context.topic.actor)))
    return { sources, targets: [context.topic], targetVia: 'topic', ...complement };
  const definiteOccasion = tokens
    .slice(match.tokenEnd, segment.end)
    .some((t, i, all) => t.lower === 'the' && OCCASIONS.has(all[i + 1]?.lemma ?? ''));
  if (context.occasionHost && definiteOccasion && !sourceParties.has(partyOf(context.occasionHost.actor))) {
    return { sources, targets: [context.occasionHost], targetVia: 'occasion', ...complement };
  }
  return { sources, targets: [], targetVia: 'none', ...complement };
}

const TIME_WORDS = new Set(['NOUN', 'PROPN', 'ADV', 'ADP', 'DET', 'NUM']);
const COMPLAINED_ABOUT = new Set(['over', 'about', 'against', 'of']);
const ADDRESSEES = new Set(['to', 'with']);

// The actor opening a "that" clause right after the trigger (its own time words aside).
function thatSubject(tokens: readonly Token[], from: number, after: readonly ActorMention[]): ActorMention | undefined {
  // Its own time words may come between: "today that", "on Friday that".
  let i = from;
  while (i < from + 4 && tokens[i] && tokens[i]!.lower !== 'that' && TIME_WORDS.has(tokens[i]!.pos)) i++;
  if (tokens[i]?.lower !== 'that') return undefined;
  return after.find(
    (m) => m.tokenStart > i && tokens.slice(i + 1, m.tokenStart).every((t) => t.pos === 'DET' || t.pos === 'ADJ'),
  );
}

function isPlace(m: ActorMention, places: readonly Place[]): boolean {
  return places.some((p) => p.tokenStart <= m.tokenStart && p.tokenEnd >= m.tokenEnd);
}

// "said Japan should ...", "believes that China will ...": an actor that opens a clause of its own is that
// clause's subject, not the object of the verb before it.
function opensClause(tokens: readonly Token[], m: ActorMention): boolean {
  const next = tokens[m.tokenEnd];
  const previous = tokens[m.tokenStart - 1];
  if (previous && ['that', 'whether'].includes(previous.lower)) return true;
  if (!next) return false;
  return next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing') && next.lower !== 'to');
}
