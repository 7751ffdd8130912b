import type { Actor, Place } from '../model.js';

// Repression that is domestic by nature: curfews, martial law, bans on parties, arrests, dispersals.
// Restrictions and expulsions in general (172, 174) are as often aimed abroad, and need a named target.
// Threats of them (1321-1324: "threatened to impose a curfew") fall where the repression would.
// Easing them (0811-0814: "lifted the curfew", "shortened the state of emergency") falls there too.
const DOMESTIC_REPRESSION = [
  '1711',
  '1721',
  '1722',
  '1723',
  '1724',
  '173',
  '175',
  '1321',
  '1322',
  '1323',
  '1324',
  '0811',
  '0812',
  '0813',
  '0814',
  // An official who refuses to resign refuses the people at home who ask it ("declined to resign despite pressure").
  '1231',
];
// Authorities that impose curfews, bans and arrests on their own people.
const AUTHORITIES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const NOT_COUNTRIES = new Set(['IGO', 'NGO', 'IMG']);

/**
 * The target of a protest (14) or of repression (17) that names none: a protest is aimed at the
 * government where it is held, or else at the protesters' own government; a curfew, ban or arrest by
 * an authority falls on the people where it is imposed, or else on its own people.
 */
export function domesticTarget(code: string, sources: readonly Actor[], place: Place | undefined): Actor | undefined {
  // Protesters calling off or putting off a protest (082, 0352 intended) yield to the same government.
  const dissent = code.slice(0, 2) === '14' || code.startsWith('082') || code.startsWith('0352');
  if (!dissent && !DOMESTIC_REPRESSION.some((c) => code.startsWith(c))) return undefined;
  const countries = new Set(sources.map((s) => s.country));
  const own = countries.size === 1 ? [...countries][0]! : undefined;
  const home = place?.country ?? own;
  if (!home || NOT_COUNTRIES.has(home) || !/^[A-Z]{3}$/.test(home)) return undefined;
  const name = place?.country === home ? place.name : home;
  if (dissent) return { code: `${home}GOV`, country: home, name, role: 'GOV', kind: 'country' };
  if (!sources.every((s) => !s.role || AUTHORITIES.has(s.role))) return undefined;
  return { code: home, country: home, name, kind: 'country' };
}
