import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import type { IsoDay } from '../model.js';

/** The two gold formats dyad can score against. */
export type EventRecordFormat = 'petrarch' | 'plover';

/**
 * One gold coding of a sentence. `source` and `target` are countries (ISO 3166-1 alpha-3), `'IGO'`, `'NGO'` or
 * `'IMG'`; `null` means the gold actor has no country ("---GOV", "---REB") or, for `target`, that there is none.
 */
export interface GoldEvent {
  readonly source: string | null;
  readonly target: string | null;
  /** CAMEO event code (PETRARCH records). */
  readonly cameo?: string;
  /** PLOVER event type under today's names (PLOVER records); see {@link ploverName}. */
  readonly plover?: string;
  /** The gold actor codes as written (`USAGOV`, `---LEG`, `JAP`). */
  readonly sourceCode?: string;
  readonly targetCode?: string;
  /** The gold's actor and event words, where the format gives them (PLOVER). */
  readonly sourceText?: string;
  readonly targetText?: string;
  readonly eventText?: string;
}

/**
 * One gold sentence: the text to code, its date, and every coding the gold expects from it (none for a
 * sentence that should yield no event). `scheme` says which code the gold events carry.
 */
export interface EventRecord {
  readonly id: string;
  readonly date: IsoDay;
  readonly text: string;
  readonly format: EventRecordFormat;
  readonly scheme: 'cameo' | 'plover';
  readonly gold: readonly GoldEvent[];
}

/** A gold file that cannot be read as the format asked for; names the file and what to do. */
export class EventRecordsError extends Error {
  override readonly name = 'EventRecordsError';
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

// CAMEO country codes that are not ISO 3166-1 alpha-3, mapped to the code our knowledge base uses; the
// PLOVER file's own slips (JAP, ITL, VTN) are here too.
const CAMEO_TO_ISO: Readonly<Record<string, string>> = {
  ROM: 'ROU',
  ZAR: 'COD',
  TMP: 'TLS',
  YUG: 'SRB',
  KOS: 'UNK',
  XKX: 'UNK',
  WSB: 'PSE',
  GZS: 'PSE',
  BUR: 'MMR',
  JAP: 'JPN',
  ITL: 'ITA',
  VTN: 'VNM',
};

// CAMEO's non-state party classes: international and non-governmental bodies, and international militarized
// groups (al-Qaeda is `IMGREB` in CAMEO's dictionaries and in our knowledge base alike).
const PARTY_CLASSES = new Set(['IGO', 'NGO', 'IMG']);

/**
 * The country a CAMEO actor code belongs to: its first three letters when they name a country (after
 * {@link CAMEO_TO_ISO}), `'IGO'`/`'NGO'`/`'IMG'` for international bodies and militarized groups, else `null`.
 *
 * ```ts
 * countryOfCameoCode('USAGOV'); // 'USA'
 * countryOfCameoCode('ROMGOV'); // 'ROU'
 * countryOfCameoCode('IGOUNO'); // 'IGO'
 * countryOfCameoCode('IMGREB'); // 'IMG'
 * countryOfCameoCode('---LEG'); // null
 * ```
 */
export function countryOfCameoCode(code: string): string | null {
  const head = code.trim().toUpperCase().slice(0, 3);
  if (PARTY_CLASSES.has(head)) return head;
  const iso = CAMEO_TO_ISO[head] ?? head;
  return loadKnowledgeBase().country(iso) ? iso : null;
}

// The gold file was coded with PLOVER 0.5; dyad writes today's type names, which merged or renamed these.
const PLOVER_RENAMED: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

/** A PLOVER type under the name dyad writes (`DEMAND` → `REQUEST`, `FIGHT` → `ASSAULT`). */
export function ploverName(type: string): string {
  const upper = type.trim().toUpperCase();
  return PLOVER_RENAMED[upper] ?? upper;
}

// PLOVER 0.5 gave each CAMEO root one type (named here as today: 09 INVESTIGATE and 11 DISAPPROVE are ACCUSE,
// 10 DEMAND is REQUEST, 19 FIGHT is ASSAULT) and split 08 into CONCEDE (080-083) and RETREAT (084-087). Its
// DEMAND held CAMEO's appeals too: the gold files "sought refuge in Germany" (CAMEO's own example of 0233)
// and "is pushing hard for the US support" among its DEMAND records. The
// 2021 table that dyad's output follows moved some codes across types (163 sanctions and 191 blockades to
// COERCE, 175 repression to ASSAULT, eased curfews to RETREAT).
const PLOVER_05_ROOTS: Readonly<Record<string, string>> = {
  '02': 'REQUEST',
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '09': 'ACCUSE',
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
};

/**
 * The type a CAMEO code had under PLOVER 0.5, the version the PLOVER gold records were coded with (each
 * record says `"version": "0.5b1"`): one type per CAMEO root, 08 split in two. Undefined for roots that
 * version gave no type of its own (01 statements); the caller then keeps the event's own type.
 *
 * ```ts
 * plover05Type('163');  // 'SANCTION' (COERCE in the 2021 table)
 * plover05Type('0813'); // 'CONCEDE'
 * plover05Type('0841'); // 'RETREAT'
 * plover05Type('0831'); // 'RETREAT' (a resignation)
 * plover05Type('175');  // 'ASSAULT' (violent repression)
 * ```
 */
export function plover05Type(cameo: string): string | undefined {
  // The gold files resignations (0831) under RETREAT, as today's PLOVER codebook does ("a resignation by a
  // government official"), though 0831 sits among the 083 concessions.
  if (cameo.startsWith('0831')) return 'RETREAT';
  // Violent repression (175: firing on or tear-gassing crowds) is force, as the PLOVER codebook files crowd control
  // under ASSAULT; the gold files "police opened fire to disperse demonstrators" as FIGHT, none as COERCE.
  if (cameo.startsWith('175')) return 'ASSAULT';
  if (cameo.startsWith('08')) return Number(cameo[2] ?? '0') <= 3 ? 'CONCEDE' : 'RETREAT';
  return PLOVER_05_ROOTS[cameo.slice(0, 2)];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const n = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]!.toLowerCase()] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** News text as typed, from the parser-ready form: one line, and `` '' quotes back to plain ones. */
function cleanText(s: string): string {
  return s
    .replace(/\s*``\s*/g, ' "')
    .replace(/\s*''/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `20080806` or `080806` (YYMMDD) → `2008-08-06`; anything else stays as it is, for the caller to judge. */
function isoDay(raw: string): IsoDay {
  const s = raw.trim();
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    return `${yy < 50 ? 2000 + yy : 1900 + yy}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
  }
  return s;
}

/** The sentence spelled out by a CoNLL-U `<Parse>` (its word forms, spaced unless `SpaceAfter=No`). */
function parseText(block: string): string {
  const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(block)?.[1] ?? '';
  let text = '';
  for (const line of parse.split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 10 || !/^\d+$/.test(cells[0]!)) continue;
    text += cells[1]! + (/SpaceAfter=No/.test(cells[9]!) ? '' : ' ');
  }
  return cleanText(decodeXml(text));
}

/**
 * Reads PETRARCH validation records (`<Sentence id date>` with `<EventCoding sourcecode targetcode
 * eventcode/>` and `<Text>`). A sentence whose coding is `noevents="True"`, or that has none, expects no
 * event; sentences marked `evaluate="false"` are left out. An empty `<Text>` is spelled out from the
 * sentence's `<Parse>`; a sentence with neither is left out. XML comments are ignored.
 *
 * ```ts
 * const records = readPetrarchRecords(readFileSync('PETR2_GSR_validation.xml', 'utf8'));
 * records[0].gold; // [{ source: 'USA', target: 'CHN', cameo: '042', sourceCode: 'USA', targetCode: 'CHN' }]
 * ```
 */
export function readPetrarchRecords(xml: string): EventRecord[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const starts = [...body.matchAll(/<Sentence\b([^>]*?)\/?>/g)];
  const records: EventRecord[] = [];
  starts.forEach((start, i) => {
    const from = start.index + start[0].length;
    const next = starts[i + 1]?.index ?? body.length;
    const close = body.indexOf('</Sentence>', from);
    const block = body.slice(from, close >= 0 && close < next ? close : next);
    const attrs = attributes(start[1] ?? '');
    if (attrs['evaluate']?.toLowerCase() === 'false') return;
    const text = cleanText(decodeXml(/<Text>([\s\S]*?)<\/Text>/.exec(block)?.[1] ?? '')) || parseText(block);
    if (!text) return;
    const gold: GoldEvent[] = [];
    for (const coding of block.matchAll(/<EventCoding\b([^>]*?)\/?>/g)) {
      const a = attributes(coding[1] ?? '');
      if (a['noevents']?.toLowerCase() === 'true' || !a['eventcode']) continue;
      const sourceCode = a['sourcecode'] ?? '';
      const targetCode = a['targetcode'] ?? '';
      gold.push({
        source: countryOfCameoCode(sourceCode),
        target: targetCode ? countryOfCameoCode(targetCode) : null,
        cameo: a['eventcode'].trim(),
        sourceCode,
        targetCode,
      });
    }
    records.push({
      id: attrs['id'] ?? `sentence-${i + 1}`,
      date: isoDay(attrs['date'] ?? ''),
      text,
      format: 'petrarch',
      scheme: 'cameo',
      gold,
    });
  });
  return records;
}

interface PloverActor {
  readonly actorText?: unknown;
  readonly code?: unknown;
}

function ploverActors(value: unknown): PloverActor[] {
  // An empty string, a stray word ("diplomatic") or a missing field all mean: no actor given.
  if (!Array.isArray(value)) return [];
  return value.filter((a): a is PloverActor => typeof a === 'object' && a !== null);
}

function goldActor(a: PloverActor | undefined): { country: string | null; code?: string; text?: string } {
  if (!a) return { country: null };
  const code = typeof a.code === 'string' ? a.code : '';
  return {
    country: code ? countryOfCameoCode(code) : null,
    ...(code ? { code } : {}),
    ...(typeof a.actorText === 'string' ? { text: a.actorText } : {}),
  };
}

function ploverGold(record: Record<string, unknown>): GoldEvent[] {
  const plover = ploverName(String(record['event']));
  const eventText = typeof record['eventText'] === 'string' ? record['eventText'] : undefined;
  const sources = ploverActors(record['source']);
  const targets = ploverActors(record['target']);
  const markup = (record['textInfo'] as { markup?: unknown } | undefined)?.markup;
  // "(SRC/TAR: Jordan) and (SRC/TAR: Britain) have agreed": each party acts on each other one, as CAMEO
  // codes a reciprocal event.
  const reciprocal = targets.length === 0 && sources.length > 1 && /SRC\/TAR/.test(String(markup ?? ''));
  const pairs: [PloverActor | undefined, PloverActor | undefined][] = reciprocal
    ? sources.flatMap((s, i) => sources.filter((_, j) => j !== i).map((t): [PloverActor, PloverActor] => [s, t]))
    : (sources.length ? sources : [undefined]).flatMap((s) =>
        (targets.length ? targets : [undefined]).map((t): [PloverActor | undefined, PloverActor | undefined] => [s, t]),
      );
  return pairs.map(([s, t]) => {
    const source = goldActor(s);
    const target = goldActor(t);
    return {
      source: source.country,
      target: target.country,
      plover,
      ...(source.code !== undefined ? { sourceCode: source.code } : {}),
      ...(target.code !== undefined ? { targetCode: target.code } : {}),
      ...(source.text !== undefined ? { sourceText: source.text } : {}),
      ...(target.text !== undefined ? { targetText: target.text } : {}),
      ...(eventText !== undefined ? { eventText } : {}),
    };
  });
}

/**
 * Reads PLOVER gold records: a JSON array of records (or JSON Lines), each with `id`, `date`, `text`,
 * `event` (the PLOVER type) and `source`/`target` lists of `{actorText, code}`. Several sources and targets
 * give every source–target pair; sources marked `SRC/TAR` with no target give each ordered pair of them.
 * Records without a text (the file's `DOCUMENT` header) are skipped; a repeated id gets `#2`, `#3`.
 *
 * ```ts
 * const records = readPloverRecords(readFileSync('PLOVER_GSR_CAMEO.txt', 'utf8'));
 * records[0].gold; // [{ source: 'HUN', target: 'ROU', plover: 'AGREE', ... }, { source: 'ROU', target: 'HUN', ... }]
 * ```
 */
export function readPloverRecords(json: string): EventRecord[] {
  const trimmed = json.trim();
  let raw: unknown[];
  try {
    raw = trimmed.startsWith('[')
      ? (JSON.parse(trimmed) as unknown[])
      : trimmed
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as unknown);
  } catch (error) {
    throw new EventRecordsError(
      `PLOVER records are not valid JSON (${error instanceof Error ? error.message : String(error)}): expected a JSON array or one JSON record per line`,
    );
  }
  const seen = new Map<string, number>();
  const records: EventRecord[] = [];
  raw.forEach((item, i) => {
    if (typeof item !== 'object' || item === null) return;
    const r = item as Record<string, unknown>;
    if (typeof r['text'] !== 'string' || typeof r['event'] !== 'string') return;
    const base = typeof r['id'] === 'string' ? r['id'] : `record-${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    records.push({
      id: n === 1 ? base : `${base}#${n}`,
      date: typeof r['date'] === 'string' ? isoDay(r['date']) : '2000-01-01',
      text: cleanText(r['text']),
      format: 'plover',
      scheme: 'plover',
      gold: ploverGold(r),
    });
  });
  return records;
}

/**
 * Which gold format a file holds: by extension (`.xml` → PETRARCH, `.json`/`.jsonl` → PLOVER), else by
 * content (`<` first → PETRARCH, `[` or `{` → PLOVER).
 */
export function detectRecordFormat(file: string, content: string): EventRecordFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.xml') return 'petrarch';
  if (ext === '.json' || ext === '.jsonl') return 'plover';
  const first = content.trimStart()[0];
  if (first === '<') return 'petrarch';
  if (first === '[' || first === '{') return 'plover';
  throw new EventRecordsError(
    `cannot tell the format of ${file}: pass --format petrarch (XML validation records) or --format plover (JSON)`,
    file,
  );
}

/**
 * Reads a gold file of either format (detected when `format` is not given).
 *
 * ```ts
 * const records = readEventRecords('../shared/eval/plover/PLOVER_GSR_CAMEO.txt');
 * ```
 */
export function readEventRecords(file: string, format?: EventRecordFormat): EventRecord[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EventRecordsError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, file);
  }
  const kind = format ?? detectRecordFormat(file, content);
  try {
    return kind === 'petrarch' ? readPetrarchRecords(content) : readPloverRecords(content);
  } catch (error) {
    if (error instanceof EventRecordsError) throw new EventRecordsError(`${file}: ${error.message}`, file);
    throw error;
  }
}
