/**
 * A linked event as the linker reads and writes it: the columns of the `linked_events` table. `pair_a` and
 * `pair_b` are the two countries, sorted; the code, actors, modality and place are the head mention's;
 * `date_*` is the best (most precise) date any directly compatible mention gave.
 */
export interface LinkedEventRecord {
  readonly id: number;
  readonly pair_a: string;
  readonly pair_b: string;
  readonly source_code: string;
  readonly source_country: string;
  readonly source_name: string;
  readonly target_code: string | null;
  readonly target_country: string | null;
  readonly target_name: string | null;
  readonly cameo: string;
  readonly root: string;
  readonly plover: string;
  readonly goldstein: number;
  readonly quad_class: number;
  readonly modality: string;
  readonly mutual: number;
  readonly history: number;
  readonly date_value: string;
  readonly date_granularity: string;
  readonly date_source: string;
  readonly date_start: string;
  readonly date_end: string;
  readonly place_name: string | null;
  readonly place_country: string | null;
  readonly mention_count: number;
  readonly article_count: number;
}

/** A linked event not yet stored: everything but its id. */
export type NewLinkedEvent = Omit<LinkedEventRecord, 'id'>;
