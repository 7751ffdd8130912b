import { readFileSync } from 'node:fs';

export interface CameoCode {
  readonly name: string | null;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly plover: string;
}

let table: Readonly<Record<string, CameoCode>> | undefined;

/** The CAMEO code's Goldstein score, quad class and PLOVER category (from `data/events/cameo.json`). */
export function cameoCode(code: string): CameoCode {
  table ??= JSON.parse(readFileSync(new URL('../../data/events/cameo.json', import.meta.url), 'utf8')) as Record<
    string,
    CameoCode
  >;
  const entry = table[code] ?? table[code.slice(0, 3)] ?? table[code.slice(0, 2)];
  if (!entry) throw new Error(`Unknown CAMEO code ${code}: add it to data/events/cameo.json`);
  return entry;
}
