import type { Actor, ActorMention, Place, Sentence, Timex, Token } from '../model.js';
import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import { sanctionedParty } from './sanctioned-party.js';
import { guestVisits } from './guest-visits.js';
import { dropBackgroundActs } from './background-acts.js';
import { claimedForce } from './claimed-acts.js';
import { reportedForce } from './reported-force.js';
import { meansAgents, weaponAgents } from './means-agents.js';
import { documentSources } from './document-sources.js';
import { trailingComplaints } from './trailing-complaints.js';
import { meetingPartiesAsSubject } from './meeting-parties.js';
import { dropActContent } from './act-content.js';
import { ruledOutActs } from './ruled-out.js';
import { dropTaskedWith } from './charges.js';
import { dropOccasionVisits } from './occasion-visits.js';
import { foldPurposeClaims, purposeTargets } from './purpose-targets.js';
import {
  claimedActTargets,
  dropDuplicateSentences,
  dropArmedDefence,
  dropFigurativeFights,
  dropHelpingVerbs,
  dropJudgedActs,
  dropPurposeRestatements,
  dropRepeatedEvents,
  dropSpeechCarriers,
  dropSportsAndBusiness,
} from './draft-refiners.js';
import type { Draft } from './event-draft.js';

/** What a sentence refiner may read: the sentence, what was found in it, and what the sentences before left. */
export interface SentenceScope {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly mentions: readonly ActorMention[];
  readonly places: readonly Place[];
  readonly timexes: readonly Timex[];
  /** The texts of sentences already coded, which a repeated headline or caption is checked against. */
  readonly codedSentences: Set<string>;
  /** The two parties of the last meeting coded, which "the two leaders" may stand for. */
  readonly lastMeeting: readonly [Actor, Actor] | undefined;
}

/** A refiner: the drafts of one sentence in, the drafts a careful coder would keep (or recode) out. */
export type SentenceRefiner = (drafts: readonly Draft[], scope: SentenceScope) => readonly Draft[];

// A capital city stands for its government (the seats of government the actor knowledge base lists).
const isCapital = (place: Place): boolean =>
  loadKnowledgeBase().country(place.country)?.metonyms.includes(place.name) ?? false;

/**
 * The refiners run over each sentence's drafts, in order. The order matters where a comment says so:
 * each sees what the ones before it left.
 */
export const SENTENCE_REFINERS: readonly SentenceRefiner[] = [
  (d, s) => dropJudgedActs(d, s.tokens),
  (d, s) => dropTaskedWith(d, s.tokens),
  (d, s) => dropActContent(d, s.tokens),
  (d, s) => ruledOutActs(d, s.tokens, s.mentions, s.sentence.tokenStart),
  (d) => claimedActTargets(d),
  (d, s) => claimedForce(d, s.tokens, s.mentions),
  (d, s) => reportedForce(d, s.tokens, s.mentions),
  (d, s) => meansAgents(d, s.tokens),
  (d, s) => weaponAgents(d, s.tokens, s.mentions),
  (d, s) => documentSources(d, s.tokens, s.places, isCapital),
  (d, s) => trailingComplaints(d, s.tokens, s.mentions, s.sentence.tokenStart, s.sentence.tokenEnd),
  (d) => dropSpeechCarriers(d),
  (d, s) => dropOccasionVisits(d, s.tokens),
  (d, s) => dropPurposeRestatements(d, s.tokens),
  // After restatements are merged: a purpose clause left standing may name the target its act lacks.
  (d, s) => purposeTargets(d, s.tokens, s.mentions),
  (d, s) => sanctionedParty(d, s.tokens, s.mentions),
  (d, s) => dropBackgroundActs(d, s.tokens, s.timexes),
  (d, s) => foldPurposeClaims(d, s.tokens),
  (d, s) => dropHelpingVerbs(d, s.tokens),
  (d, s) => dropArmedDefence(d, s.tokens),
  (d, s) => dropFigurativeFights(d, s.tokens),
  (d, s) => dropSportsAndBusiness(d, s.tokens, s.sentence),
  (d) => dropRepeatedEvents(d),
  (d, s) => dropDuplicateSentences(d, s.sentence, s.codedSentences),
  (d, s) => meetingPartiesAsSubject(d, s.tokens, s.lastMeeting),
  (d, s) => guestVisits(d, s.tokens),
];

/**
 * Runs `SENTENCE_REFINERS` in order over one sentence's drafts.
 *
 * ```ts
 * drafts = refineSentence(drafts, { tokens, sentence, mentions, places, timexes, codedSentences, lastMeeting });
 * ```
 */
export function refineSentence(drafts: readonly Draft[], scope: SentenceScope): readonly Draft[] {
  return SENTENCE_REFINERS.reduce((kept, refine) => refine(kept, scope), drafts);
}
