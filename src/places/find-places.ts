import type { KnowledgeBase } from '../actors/knowledge-base.js';
import { loadKnowledgeBase } from '../actors/knowledge-base.js';
import { tokenKey } from '../actors/lexicon.js';
import type { Doc, Place } from '../model.js';
import { Gazetteer } from './gazetteer.js';

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'into',
  'across',
  'throughout',
  'within',
  'to',
  'from',
]);

// A whole country is rarely a point one is "at" or "around": "fired at Russia" aims at the state.
const POINT_PREPOSITIONS = new Set(['at', 'around']);

let gazetteer: Gazetteer | undefined;

/**
 * Places named after a locative preposition ("in Canada", "at ... in Seoul", "to Tokyo"): the longest
 * capitalized name the gazetteer knows, with its country and coordinates.
 */
export function findPlaces(doc: Doc, kb: KnowledgeBase = loadKnowledgeBase()): Place[] {
  gazetteer ??= new Gazetteer(kb);
  const tokens = doc.tokens;
  const out: Place[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (
      !LOCATIVE.has(tokens[i - 1]!.lower) &&
      !(tokens[i - 1]!.lower === 'the' && LOCATIVE.has(tokens[i - 2]?.lower ?? ''))
    )
      continue;
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    for (let n = Math.min(gazetteer.maxTokens, 4, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n).filter((t) => t.text !== '-');
      if (span.length === 0 || span.some((t) => t.sentence !== tokens[i]!.sentence)) continue;
      const entry = gazetteer.lookup(span.map((t) => tokenKey(t.text)));
      if (!entry) continue;
      const prep = tokens[i - 1]!.lower === 'the' ? tokens[i - 2]?.lower : tokens[i - 1]!.lower;
      if (entry.isCountry && POINT_PREPOSITIONS.has(prep ?? '')) break;
      const last = tokens[i + n - 1]!;
      out.push({
        kind: 'Place',
        name: entry.name,
        country: entry.country,
        ...(entry.lat === undefined ? {} : { lat: entry.lat }),
        ...(entry.lon === undefined ? {} : { lon: entry.lon }),
        start: tokens[i]!.start,
        end: last.end,
        sentence: tokens[i]!.sentence,
        tokenStart: i,
        tokenEnd: i + n,
      });
      i += n - 1;
      break;
    }
  }
  return out;
}
