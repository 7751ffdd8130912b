// dyad's public API. Everything else is internal and may change.

// The pipeline on one article, without a database; people learned from earlier articles, as a snapshot.
export { extract } from './pipeline.js';
export type { ExtractOptions } from './pipeline.js';
export { LearnedKnowledge } from './actors/learned-knowledge.js';

// Stages, for callers who want one organ at a time.
export { segment } from './text/segment.js';
export { tagTimes } from './time/tag-times.js';
export { recognizeActors } from './actors/recognize-actors.js';
export { findPlaces } from './places/find-places.js';
export { codeEvents } from './events/code-events.js';

// Reading articles and storing events.
export { readInputs } from './ingest/read-inputs.js';
export { contentHash } from './ingest/content-hash.js';
export { openSqliteStore } from './store/sqlite-store.js';
export { openPostgresStore } from './store/postgres-store.js';
export { dyadTimeline } from './query/timeline.js';
export { dyadTrend } from './query/trend.js';
export { actorProfile } from './query/actor-profile.js';

// The types that flow between stages.
export type {
  Actor,
  ActorMention,
  Article,
  CodedEvent,
  Doc,
  EventActor,
  EventDate,
  EventPlace,
  Extraction,
  Granularity,
  Issue,
  LearnedActor,
  Modality,
  Place,
  Sentence,
  Span,
  Timex,
  TimexType,
  Token,
} from './model.js';
export type { ReadItem, ReadOptions } from './ingest/reader.js';
export type { EventFilter, IngestReport, Store, StoredEvent, StoredLearnedActor } from './store/store.js';
export type { TimelineEntry } from './query/timeline.js';
