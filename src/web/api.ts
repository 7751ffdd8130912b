// The shapes the REST API answers with (src/server), as far as the UI reads them.

export interface Actor {
  readonly name: string;
  readonly code: string;
  readonly country: string;
}
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}
export interface Mention {
  readonly id: number;
  readonly article: string;
  readonly title: string | null;
  readonly published: string;
  readonly sentence: number;
  readonly evidence: Span;
  readonly trigger: Span;
  readonly cameo: string;
  readonly modality: string;
  readonly date: string;
}
export interface LinkedEvent {
  readonly id: number;
  readonly cameo: string;
  readonly label: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly modality: string;
  readonly mutual: boolean;
  readonly history: boolean;
  readonly source: Actor;
  readonly target: Actor | null;
  readonly date: {
    readonly value: string;
    readonly granularity: string;
    readonly source: string;
    readonly start: string;
  };
  readonly place: { readonly name: string; readonly country: string } | null;
  readonly articles: number;
  readonly mentions: readonly Mention[];
}
export interface Country {
  readonly code: string;
  readonly name: string;
  readonly lat: number | null;
  readonly lon: number | null;
}
export interface Timeline {
  readonly actors: readonly Country[];
  readonly items: readonly LinkedEvent[];
  readonly page: { readonly offset: number; readonly limit: number; readonly next: number | null };
}
export interface TrendPoint {
  readonly period: string;
  readonly events: number;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  readonly quadClass: readonly [number, number, number, number];
}
export interface Trend {
  readonly period: 'week' | 'month';
  readonly filter: { readonly modality: readonly string[]; readonly history: boolean };
  readonly points: readonly TrendPoint[];
}
export interface Suggestion {
  readonly code: string;
  readonly name: string;
  readonly events: number;
}
export interface Place {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: number;
}
export interface Network {
  readonly nodes: readonly (Country & { readonly events: number })[];
  readonly edges: readonly {
    readonly source: string;
    readonly target: string;
    readonly events: number;
    readonly goldsteinMean: number;
  }[];
}
export interface Article {
  readonly id: string;
  readonly published: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
}

/** An answer other than 2xx, with the server's message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GETs an API path with query parameters (empty ones left out). */
export async function get<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, v);
  const response = await fetch(`${path}${query.size > 0 ? `?${query}` : ''}`, {
    headers: { accept: 'application/json' },
  });
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new ApiError(response.status, body.error?.message ?? response.statusText);
  return body;
}
