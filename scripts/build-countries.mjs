#!/usr/bin/env node
// Writes data/actors/countries.json from the world-countries package (ODbL): names, demonyms, capital
// and coordinates of every country and territory, in dyad's own format. Hand-kept facts that this list
// lacks (government seats, abbreviations like "ROK") live in data/actors/country-overrides.json.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');

const latin = (s) => /^[A-Za-z][A-Za-z .'’()-]*$/.test(s);
const rows = countries
  .map((c) => {
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) {
      // Two-letter codes ("KR") and inverted forms ("Korea, Republic of") never appear as such in news.
      if (alt.length > 3 && latin(alt) && !alt.includes(',')) names.add(alt);
    }
    const demonym = c.demonyms?.eng;
    const adjectives = [...new Set([demonym?.m, demonym?.f].filter(Boolean))];
    return {
      code: c.cca3,
      iso2: c.cca2,
      name: c.name.common,
      names: [...names].filter(latin),
      adjectives: adjectives.filter(latin),
      capital: (c.capital ?? []).filter(latin),
      lat: c.latlng?.[0] ?? null,
      lon: c.latlng?.[1] ?? null,
      unMember: Boolean(c.unMember),
      independent: Boolean(c.independent),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

writeFileSync(new URL('../data/actors/countries.json', import.meta.url), JSON.stringify(rows, null, 1) + '\n');
console.log(`wrote ${rows.length} countries`);
