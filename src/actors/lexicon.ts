import type { Token } from '../model.js';
import { inForce, ownNamesSince, sameYears, seatsSince } from './dated-entries.js';
import { type KnowledgeBase, type PersonRecord, personOfRefs } from './knowledge-base.js';
import { formKeys, keyOfLower } from './lexical-keys.js';
import { TITLES } from './titles.js';

export { formKeys, rolePhrases, titlePhrases, tokenKey } from './lexical-keys.js';

/** What a run of tokens can name. */
export type LexicalKind =
  | 'country'
  | 'adjective'
  | 'metonym'
  | 'agency'
  | 'person'
  | 'organization'
  | 'group'
  | 'title'
  | 'role'
  | 'state'
  | 'learned'
  | 'mark';

export interface LexicalEntry {
  readonly kind: LexicalKind;
  /**
   * Country code (countries, metonyms, agencies, `USA` for a U.S. state), person or group id, organization
   * code, title, role, the key of a person learned from an earlier article, or what a mark marks
   * (`community`: "Moslem", "Kurdish"; `civil`: "Forum", "Association").
   */
  readonly ref: string;
  /** Role implied by a title ("Foreign Minister" → GOV) or a role word. */
  readonly role?: string;
  /** All-capital forms ("US", "UN", "ROK") match only in capitals; names need capitalized words. */
  readonly caseSensitive: boolean;
  readonly properName: boolean;
  /** A lower-case phrase that names the body only before one of these words ("security council resolutions"). */
  readonly before?: readonly string[];
  /** A seat of government that moved ("Bonn") or a state that is gone ("Zaire"): in force only between these days. */
  readonly since?: string;
  readonly until?: string;
  /** The name of a state that no longer exists ("Zaire"): after "former" it names a region ("former Yugoslavia"). */
  readonly formerState?: boolean;
  /** A people named for the one country it lives in ("Chechen"), not for a state: its leaders are no government. */
  readonly people?: boolean;
  /** An ambiguous alias ("IRA"): it names the group only in an article that has one of these words. */
  readonly cues?: readonly string[];
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  entries: LexicalEntry[];
}

export interface LexicalMatch {
  readonly tokenStart: number;
  /** Exclusive. */
  readonly tokenEnd: number;
  readonly entries: readonly LexicalEntry[];
}

// Lower-case words inside proper names: "Hamad bin Khalifa Al Thani", "Eduardo dos Santos", "Ursula von der Leyen".
const PARTICLES = new Set([
  'of',
  'the',
  'and',
  'for',
  "'s",
  'de',
  'du',
  'da',
  'del',
  'al',
  'on',
  'bin',
  'bint',
  'ibn',
  'el',
  'dos',
  'das',
  'do',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
]);

/** A trie over token keys of every name, title and role word the knowledge base knows. */
export class Lexicon {
  private readonly root: TrieNode = { children: new Map(), entries: [] };

  constructor(kb: KnowledgeBase) {
    const { states: formerStates, seats: formerSeats, territories } = kb.formerNames;
    const datedSeats = new Set(formerSeats.flatMap((f) => [f.name, ...f.aliases]));
    const dated = ownNamesSince(territories);
    const seats = seatsSince(territories);
    // A seat in its years goes before the capitals: Juba was a seat within Sudan before South Sudan was a state.
    for (const f of formerSeats)
      for (const name of [f.name, ...f.aliases])
        this.add(name, {
          kind: 'metonym',
          ref: f.country,
          role: 'GOV',
          caseSensitive: false,
          properName: true,
          since: f.start,
          ...(f.end === null ? {} : { until: f.end }),
        });
    // Sovereign states first: "French" is France, not the French Southern Territories.
    const states = [...kb.countries].sort(
      (a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent),
    );
    for (const c of states) {
      for (const name of c.names)
        this.add(name, {
          kind: 'country',
          ref: c.code,
          // "northern Ireland": a name the data writes in lower case matches only as written.
          caseSensitive: isAcronym(name) || /^\p{Ll}/u.test(name),
          properName: true,
          ...dated(c.code, name),
        });
      for (const adj of c.adjectives) {
        const since = dated(c.code, adj);
        this.add(adj, { kind: 'adjective', ref: c.code, caseSensitive: isAcronym(adj), properName: true, ...since });
        // "Palestinians", "Israelis": the people of a country act for it in news ("arrested 100 Palestinians").
        if (/[aeiln]$/.test(adj) && !adj.includes(' ')) {
          this.add(`${adj}s`, { kind: 'country', ref: c.code, caseSensitive: false, properName: true, ...since });
        }
      }
      // A capital with dated seats ("Juba": Sudan's, then South Sudan's) is read from those alone.
      for (const seat of c.metonyms.filter((name) => !datedSeats.has(name)))
        this.add(seat, {
          kind: 'metonym',
          ref: c.code,
          // "the Pentagon" speaks for the military, "Capitol Hill" for the legislature.
          role: c.metonymRoles[seat] ?? 'GOV',
          caseSensitive: isAcronym(seat),
          properName: true,
          ...seats(c.code),
        });
      for (const [agency, role] of Object.entries(c.agencies))
        this.add(agency, { kind: 'agency', ref: c.code, role, caseSensitive: isAcronym(agency), properName: true });
    }
    for (const f of formerStates) {
      // A state that is gone acts only in its years: "the fall of the Soviet Union" in 2013 is history.
      const years = { since: f.start, until: f.end, formerState: true };
      for (const name of [f.name, ...f.aliases])
        this.add(name, { kind: 'country', ref: f.country, caseSensitive: isAcronym(name), properName: true, ...years });
      for (const adj of f.adjectives) {
        this.add(adj, { kind: 'adjective', ref: f.country, caseSensitive: false, properName: true, ...years });
        // "880 Soviets in Kuwait", "Yugoslavs": its people, capitalized (the councils called soviets are not).
        if (!adj.includes(' '))
          this.add(`${adj}s`, { kind: 'country', ref: f.country, caseSensitive: true, properName: true, ...years });
      }
    }
    for (const t of territories) {
      // A land's leaders are no state's government: "Kosovar leaders" in 1999 are Serbia's, without a role.
      const until = { until: t.end, people: true };
      for (const name of [t.name, ...t.aliases])
        this.add(name, { kind: 'country', ref: t.country, caseSensitive: false, properName: true, ...until });
      for (const adj of t.adjectives)
        this.add(adj, { kind: 'adjective', ref: t.country, caseSensitive: false, properName: true, ...until });
    }
    // "Chechen rebels", "Yoruba leaders", "Tibetans": a people of one country speaks of that country.
    for (const [people, home] of Object.entries(kb.ethnicHomes)) {
      // "Irish nationalist": a form with a lower-case word matches only as written.
      const caseSensitive = /\s\p{Ll}/u.test(people);
      this.add(people, { kind: 'adjective', ref: home, caseSensitive, properName: true, people: true });
      if (/[aeiln]$/.test(people))
        this.add(`${people}s`, { kind: 'country', ref: home, caseSensitive, properName: true, people: true });
    }
    // "Ohio Gov. Mike DeWine", "Georgia lawmakers": a state names a U.S. government below the federal one.
    for (const state of kb.usStates)
      this.add(state.name, { kind: 'state', ref: 'USA', caseSensitive: false, properName: true });
    // "Sindh officials", "the governor of Helmand": another country's province works the same way.
    for (const province of kb.provinces)
      this.add(province.name, { kind: 'state', ref: province.country, caseSensitive: false, properName: true });
    for (const p of kb.people) {
      for (const name of [p.name, ...p.aliases])
        this.add(name, { kind: 'person', ref: p.id, caseSensitive: false, properName: true });
    }
    for (const o of kb.organizations) {
      for (const name of [o.name, ...o.aliases]) {
        this.add(name, {
          kind: 'organization',
          ref: o.code,
          caseSensitive: isAcronym(name),
          properName: true,
        });
      }
      for (const [phrase, before] of Object.entries(o.phraseAliases))
        this.add(phrase, { kind: 'organization', ref: o.code, caseSensitive: false, properName: false, before });
    }
    for (const g of kb.groups) {
      for (const name of [g.name, ...g.aliases]) {
        const ambiguous = g.ambiguousAliases.includes(name);
        if (ambiguous && g.contextWords.length === 0) continue;
        this.add(name, {
          kind: 'group',
          ref: g.id,
          role: g.role,
          caseSensitive: isAcronym(name),
          properName: true,
          ...(ambiguous ? { cues: g.contextWords } : {}),
        });
      }
    }
    // Words that name no actor alone but let later stages find one without a pass of their own over the
    // tokens: communities ("Moslem forces") and the heads of civil bodies' names ("Forum").
    for (const name of kb.ethnicGroups)
      this.add(name, { kind: 'mark', ref: 'community', caseSensitive: false, properName: true });
    for (const [head, role] of Object.entries(kb.nameHeads))
      if (role === 'NGO') this.add(head, { kind: 'mark', ref: 'civil', caseSensitive: false, properName: true });
    const titles = new Map(TITLES);
    for (const p of kb.people.filter((person) => !person['body']))
      for (const pos of p.positions)
        if (!titles.has(pos.title.toLowerCase())) titles.set(pos.title.toLowerCase(), pos.role);
    for (const [title, role] of titles)
      this.add(title, { kind: 'title', ref: title, role, caseSensitive: false, properName: false });
    // "PM Suga": the abbreviation, in capitals only, is the title it stands for.
    this.add('PM', { kind: 'title', ref: 'prime minister', role: 'GOV', caseSensitive: true, properName: false });
    for (const r of kb.roles) {
      for (const word of r.words)
        this.add(word, { kind: 'role', ref: r.code, role: r.code, caseSensitive: false, properName: false });
      // "Diet" is Japan's parliament only when capitalized.
      for (const word of r.caseSensitive ?? [])
        this.add(word, { kind: 'role', ref: r.code, role: r.code, caseSensitive: true, properName: false });
    }
  }

  private add(form: string, entry: LexicalEntry): void {
    const keys = formKeys(form);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    const form0 = form;
    // One surface form may name several things (a capital that is also a country name): keep them all.
    // A country name or adjective names one country at a time: the first (most sovereign) one added keeps it.
    const exclusive = entry.kind === 'country' || entry.kind === 'adjective';
    // A lower-case phrase alias ("security council resolutions") sits beside the proper name it shares words with.
    // A form written in lower case ("northern Ireland") sits beside its capitalized twin, which needs capitals.
    const same = (e: LexicalEntry) =>
      e.kind === entry.kind &&
      (e.ref === entry.ref || (exclusive && sameYears(e, entry))) &&
      e.properName === entry.properName &&
      !(e.ref === entry.ref && entry.caseSensitive && !e.caseSensitive);
    if (!node.entries.some(same)) node.entries.push({ ...entry, ...(entry.caseSensitive ? { form: form0 } : {}) });
  }

  // "Ex-President", "ex-minister" are one token: the title or role after "ex-" is matched, and readers
  // see the "ex-" on the match's first token (a past holder).
  private firstKey(lower: string): string {
    const key = keyOfLower(lower);
    if (!key.startsWith('ex-') || this.root.children.has(key)) return key;
    return this.root.children.has(key.slice(3)) ? key.slice(3) : key;
  }

  /**
   * Longest matches, left to right, over tokens `[from, to)`; hyphens inside names are skipped. With `day`,
   * a former seat of government or a former state is passed over outside its years.
   */
  match(tokens: readonly Token[], from: number, to: number, day?: string): LexicalMatch[] {
    const out: LexicalMatch[] = [];
    let i = from;
    while (i < to) {
      // Most words start no name: one look-up at the root passes over them.
      const first = this.firstKey(tokens[i]!.lower);
      if (!this.root.children.has(first)) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = this.root;
      let best: LexicalMatch | undefined;
      let j = i;
      while (j < to && node) {
        const token = tokens[j]!;
        if (token.text === '-' && j > i) {
          j++;
          continue;
        }
        node = node.children.get(j === i ? first : keyOfLower(token.lower));
        if (!node) break;
        j++;
        if (node.entries.length === 0) continue;
        const fitting = node.entries.filter((e) => fitsCase(e, tokens, i, j) && inForce(e, day));
        if (fitting.length > 0) best = { tokenStart: i, tokenEnd: j, entries: fitting };
      }
      if (best) {
        out.push(best);
        i = best.tokenEnd;
      } else i++;
    }
    return out;
  }
}

/**
 * Takes the marks out of a sentence's matches: the matches with every other entry (a match that was only a
 * mark goes), and the marks with where they stand.
 */
export function splitMarks(matches: readonly LexicalMatch[]): { known: LexicalMatch[]; marks: LexicalMatch[] } {
  const known: LexicalMatch[] = [];
  const marks: LexicalMatch[] = [];
  for (const m of matches) {
    if (!m.entries.some((e) => e.kind === 'mark')) {
      known.push(m);
      continue;
    }
    marks.push({ ...m, entries: m.entries.filter((e) => e.kind === 'mark') });
    const rest = m.entries.filter((e) => e.kind !== 'mark');
    if (rest.length > 0) known.push({ ...m, entries: rest });
  }
  return { known, marks };
}

function isAcronym(form: string): boolean {
  const letters = form.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase();
}

function fitsCase(
  entry: LexicalEntry & { form?: string },
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  if (entry.caseSensitive) {
    const text = tokens
      .slice(start, end)
      .filter((t) => t.text !== '-')
      .map((t) => t.text.replace(/\./g, ''))
      .join(' ');
    return text === (entry.form ?? '').replace(/\./g, '').replace(/-/g, ' ');
  }
  if (entry.before) return entry.before.includes(tokens[end]?.lower ?? '');
  if (!entry.properName) return true;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    // A word right after a hyphen may be lower case inside a name: "Lee Jae-myung".
    if (t.text === '-' || (k > start && tokens[k - 1]!.text === '-')) continue;
    // "iSrael": a word that starts in lower case but has capitals in it is a name mistyped, not a common word.
    if (!PARTICLES.has(t.lower) && LOWER_START.test(t.text) && !HAS_CAPITAL.test(t.text)) return false;
  }
  return true;
}

const LOWER_START = /^\p{Ll}/u;
const HAS_CAPITAL = /\p{Lu}/u;

/**
 * The known person a match names on a day: of several records under one name (a prime minister who later
 * led NATO), the one in office then or nearest it; with `country`, only that country's.
 */
export function personAt(
  kb: KnowledgeBase,
  m: LexicalMatch | undefined,
  day: string,
  country?: string,
): PersonRecord | undefined {
  const refs = m?.entries.filter((e) => e.kind === 'person').map((e) => e.ref) ?? [];
  return refs.length === 0 ? undefined : personOfRefs(kb, refs, day, country);
}
