/**
 * The types that flow between dyad's pipeline stages. Every stage takes the previous stage's output and
 * returns new immutable values of these types; nothing here does I/O.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDay = string;

/** One dated news article, as every reader in `ingest/` yields it. */
export interface Article {
  /** Stable id: the JSON Lines record's `id`, else its line number, or the file name without extension. */
  readonly id: string;
  /** Publication date: the anchor for every relative time expression. */
  readonly published: IsoDay;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** Where the article was read from (`file` or `file:line`), for error messages and provenance. */
  readonly origin?: string;
}

/** A half-open character range `[start, end)` in the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Coarse part of speech (Universal Dependencies tag set, as wink-nlp gives it). */
export type PartOfSpeech = string;

export interface Token extends Span {
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  /** Dictionary form (`met` → `meet`), lower case. */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  readonly sentence: number;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Token index range `[tokenStart, tokenEnd)`. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly text: string;
}

/** An article split into sentences and tokens with offsets. */
export interface Doc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Granularity =
  'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century' | 'ref';

/** A TIMEX3 time expression with its normalized value. */
export interface Timex extends Span {
  readonly kind: 'Timex';
  readonly text: string;
  readonly sentence: number;
  readonly type: TimexType;
  /** TimeML value: `2025-07-03`, `2025-06`, `2025-W26`, `1965`, `P60Y`, `PAST_REF`... */
  readonly value: string;
  readonly mod?: string;
  /** `EVERY` for a SET ("daily"). */
  readonly quant?: string;
  readonly granularity?: Granularity;
  /** Which recognizer produced it, and how it was anchored (for `explain`). */
  readonly rule: string;
}

/** CAMEO role / sector codes (GOV, MIL, DIP, ...). */
export type RoleCode = string;

/** A resolved actor: a country (or body) and, when known, the role within it. */
export interface Actor {
  /** CAMEO actor code: country + role, e.g. `KORGOV`, `JPN`, `IGOUNO`. */
  readonly code: string;
  /** ISO 3166-1 alpha-3 country (or `IGO` for an international body). */
  readonly country: string;
  /** Canonical name: `Lee Jae-myung`, `Japan`, `United Nations`. */
  readonly name: string;
  readonly role?: RoleCode;
  /** Knowledge-base id of the person or organization when the actor is a known entity. */
  readonly entity?: string;
  readonly kind: 'country' | 'person' | 'organization' | 'group';
}

/**
 * How a mention was resolved: looked up, learned from a title or an apposition, by coreference, or as a
 * person learned from an earlier article (`learned`).
 */
export type MentionVia = 'kb' | 'title' | 'apposition' | 'coreference' | 'metonym' | 'demonym' | 'learned';

/** One mention of an actor in the text. */
export interface ActorMention extends Span {
  readonly kind: 'ActorMention';
  readonly text: string;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly actor: Actor;
  readonly via: MentionVia;
  /** A plural mention ("the two countries") stands for several actors. */
  readonly group?: readonly Actor[];
}

/** A place where something happened, from the gazetteer. */
export interface Place extends Span {
  readonly kind: 'Place';
  readonly name: string;
  readonly country: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export type Modality = 'asserted' | 'intended' | 'planned' | 'negated' | 'hypothetical';

export interface EventActor {
  readonly name: string;
  readonly code: string;
  readonly country: string;
}

export interface EventDate {
  readonly value: string;
  readonly granularity: Granularity;
  readonly text: string | null;
  readonly source: 'text' | 'publication';
  /** How the date was chosen: the clause's own expression, the sentence's, the narrative's, or none. */
  readonly via: 'clause' | 'sentence' | 'narrative' | 'publication';
  readonly end?: string;
}

export interface EventPlace {
  readonly name: string;
  readonly country: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** One coded event mention: the output contract of `dyad extract`. */
export interface CodedEvent {
  readonly article: string;
  readonly published: IsoDay;
  readonly source: EventActor;
  readonly target: EventActor | null;
  readonly cameo: string;
  readonly plover: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly modality: Modality;
  readonly date: EventDate;
  /** True when the event's date lies years before publication: background, not news. */
  readonly history: boolean;
  readonly place: EventPlace | null;
  readonly sentence: number;
  readonly evidence: { readonly text: string; readonly start: number; readonly end: number };
  readonly trigger: string;
  readonly triggerSpan: Span;
  readonly rule: string;
  readonly confidence: number;
}

/**
 * A person no knowledge base lists, learned from one article ("Akihisa Nagashima, a special adviser to
 * Japanese Prime Minister Shigeru Ishiba" → JPN GOV), to be recognized by full name in later articles.
 */
export interface LearnedActor {
  /** The name as the article wrote it: "Akihisa Nagashima". */
  readonly name: string;
  /** Other spellings the article used for the same name. */
  readonly aliases: readonly string[];
  /** The form used alone on a later mention in the same article ("Nagashima"). */
  readonly surname: string;
  readonly country: string;
  readonly role?: RoleCode;
  /** How it was learned: from an apposition or from a title with a country. */
  readonly via: 'apposition' | 'title';
  /** The article it was first learned from, and that article's publication date. */
  readonly article: string;
  readonly published: IsoDay;
  /** The sentence that says who the person is. */
  readonly evidence: string;
}

/** Everything dyad extracts from one article. */
export interface Extraction {
  readonly article: Article;
  readonly doc: Doc;
  readonly timexes: readonly Timex[];
  readonly mentions: readonly ActorMention[];
  readonly places: readonly Place[];
  readonly events: readonly CodedEvent[];
  /** People the article taught (absent where the extraction was made without them). */
  readonly learned?: readonly LearnedActor[];
}

/** An expected failure, reported as data (a bad file, a bad line), never thrown past the reader. */
export interface Issue {
  readonly code:
    'empty' | 'no-date' | 'bad-date' | 'bad-json' | 'binary' | 'not-utf8' | 'missing-text' | 'unreadable' | 'too-large';
  /** `file` or `file:line`. */
  readonly where: string;
  readonly message: string;
}
