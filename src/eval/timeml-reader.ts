import type { IsoDay, Span, TimexType } from '../model.js';

/** One element of a TimeML document, with its character range in the tag-stripped text. */
export interface MarkupElement extends Span {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Names of the elements it sits in, outermost first (`['TimeML', 'DCT']` for the creation time). */
  readonly ancestors: readonly string[];
}

/** Markup with every tag removed and entities decoded, plus the elements with their offsets in that text. */
export interface StrippedMarkup {
  readonly text: string;
  /** In document order of their start tags. */
  readonly elements: readonly MarkupElement[];
}

/** A gold TIMEX3, with offsets in the stripped `<TEXT>` (`TimemlDocument.text`). */
export interface GoldTimex extends Span {
  readonly kind: 'GoldTimex';
  readonly tid?: string;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string;
}

/** A TimeML document: its creation time and the raw text of `<TEXT>` with the gold time expressions. */
export interface TimemlDocument {
  /** `<DOCID>`, else the name it was read under. */
  readonly id: string;
  /** The `<DCT>`'s TIMEX3 value as written (`1998-08-07` or `1998-08-07T06:18:00`). */
  readonly dct: string;
  /** The creation time's calendar day: the anchor for relative expressions. */
  readonly published: IsoDay;
  /** Everything between `<TEXT>` and `</TEXT>`, tags removed, entities decoded, nothing else changed. */
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

/** A `.tml` document that cannot be read: unbalanced tags, no `<TEXT>`, no creation time, a bad type. */
export class TimemlParseError extends Error {
  override readonly name = 'TimemlParseError';
  constructor(
    readonly where: string,
    problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TIMEX_TYPES: ReadonlySet<string> = new Set<TimexType>(['DATE', 'TIME', 'DURATION', 'SET']);

// Comments, CDATA sections, processing instructions and declarations, tags, entities: in that order, so
// that a comment or CDATA section is never read as a tag.
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Decodes the five XML entities and numeric character references; any other entity (SGML leftovers such
 * as `&Cx1f;`) is kept as written.
 *
 * ```ts
 * decodeEntities('AT&amp;T &lt;b&gt;'); // 'AT&T <b>'
 * ```
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);/g, (whole, name: string) => entity(name) ?? whole);
}

function entity(name: string): string | undefined {
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name];
}

/**
 * Removes every tag from XML-like markup, keeping the text between them exactly, and records where each
 * element's content lies in the result. Throws `TimemlParseError` on a closing tag that does not close
 * the innermost open element, or on an element left open.
 *
 * ```ts
 * const { text, elements } = stripTags('On <TIMEX3 type="DATE">Friday</TIMEX3> AT&amp;T');
 * text; // 'On Friday AT&T'
 * elements[0]; // { name: 'TIMEX3', attributes: { type: 'DATE' }, start: 3, end: 9, ancestors: [] }
 * ```
 */
export function stripTags(markup: string, where = 'markup'): StrippedMarkup {
  let text = '';
  const elements: MarkupElement[] = [];
  const open: { name: string; attributes: Record<string, string>; start: number; order: number }[] = [];
  const ordered: (MarkupElement | undefined)[] = [];
  let last = 0;
  for (const m of markup.matchAll(TOKEN)) {
    text += markup.slice(last, m.index);
    last = m.index + m[0].length;
    const [whole, cdata, closing, name, rawAttributes, selfClosing, entityName] = m;
    if (cdata !== undefined) {
      text += cdata;
    } else if (entityName !== undefined) {
      text += entity(entityName) ?? whole;
    } else if (name === undefined) {
      // A comment, processing instruction or declaration: no text, no element.
    } else if (closing) {
      const top = open.pop();
      if (!top || top.name !== name) {
        const expected = top ? `</${top.name}>` : 'no closing tag';
        throw new TimemlParseError(where, `</${name}> at character ${m.index} where ${expected} was expected`);
      }
      ordered[top.order] = {
        name,
        attributes: top.attributes,
        start: top.start,
        end: text.length,
        ancestors: open.map((e) => e.name),
      };
    } else {
      const attributes = parseAttributes(rawAttributes ?? '');
      if (selfClosing) {
        const at = text.length;
        ordered.push({ name, attributes, start: at, end: at, ancestors: open.map((e) => e.name) });
      } else {
        open.push({ name, attributes, start: text.length, order: ordered.length });
        ordered.push(undefined);
      }
    }
  }
  text += markup.slice(last);
  const unclosed = open.pop();
  if (unclosed) throw new TimemlParseError(where, `<${unclosed.name}> is never closed`);
  for (const e of ordered) if (e) elements.push(e);
  return { text, elements };
}

function parseAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of raw.matchAll(ATTRIBUTE)) attributes[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attributes;
}

/**
 * Reads one TimeML (`.tml`) document: its creation time (`<DCT><TIMEX3 value=…>`), the raw text inside
 * `<TEXT>` with all tags removed and entities decoded, and the gold TIMEX3s with their offsets in that
 * text. `where` names the document in errors and is its id when it has no `<DOCID>`. Throws
 * `TimemlParseError` when the document has no `<TEXT>`, no creation time, or a TIMEX3 without a known type.
 *
 * ```ts
 * const doc = readTimeml(await readFile('ABC19980108.1830.0711.tml', 'utf8'), 'ABC19980108.1830.0711');
 * doc.published; // '1998-01-08'
 * doc.timexes[0]; // { kind: 'GoldTimex', text: 'week', type: 'DURATION', value: 'P1W', start: 95, end: 99, ... }
 * ```
 */
export function readTimeml(source: string, where = 'document'): TimemlDocument {
  const { text: all, elements } = stripTags(source, where);
  const body = elements.find((e) => e.name === 'TEXT');
  if (!body) throw new TimemlParseError(where, 'has no <TEXT> element');
  const dctTimex = elements.find((e) => e.name === 'TIMEX3' && e.ancestors.includes('DCT'));
  const dct = dctTimex?.attributes['value'];
  if (dct === undefined) throw new TimemlParseError(where, 'has no <DCT><TIMEX3 value="…"> creation time');
  if (!/^\d{4}-\d{2}-\d{2}/.test(dct))
    throw new TimemlParseError(where, `its creation time "${dct}" does not start with a YYYY-MM-DD day`);
  const docId = elements.find((e) => e.name === 'DOCID');
  const id = docId ? all.slice(docId.start, docId.end).trim() || where : where;

  const text = all.slice(body.start, body.end);
  const timexes: GoldTimex[] = [];
  for (const e of elements) {
    if (e.name !== 'TIMEX3' || e.start < body.start || e.end > body.end || !e.ancestors.includes('TEXT')) continue;
    const { tid, type, value, mod } = e.attributes;
    if (type === undefined || !TIMEX_TYPES.has(type))
      throw new TimemlParseError(where, `TIMEX3 ${tid ?? `at ${e.start}`} has type "${type ?? ''}"`);
    const start = e.start - body.start;
    const end = e.end - body.start;
    timexes.push({
      kind: 'GoldTimex',
      ...(tid === undefined ? {} : { tid }),
      text: text.slice(start, end),
      start,
      end,
      type: type as TimexType,
      value: value ?? '',
      ...(mod === undefined ? {} : { mod }),
    });
  }
  return { id, dct, published: dct.slice(0, 10), text, timexes };
}
