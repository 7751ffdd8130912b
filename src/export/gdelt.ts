import { UNIDENTIFIED } from '../actors/unidentified-agents.js';
import type { LinkedEvent, Store } from '../store/store.js';

/** The 61 columns of the GDELT 2.0 event table, in its order (shared/reference/GDELT_2.0_event_columns.txt). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

/** Our fields GDELT has no column for, appended after its 61 (documented in docs/surfaces.md, "Exports"). */
export const DYAD_COLUMNS = [
  'dyad_Modality',
  'dyad_History',
  'dyad_Mutual',
  'dyad_DateValue',
  'dyad_DateGranularity',
  'dyad_DateSource',
  'dyad_PLOVER',
  'dyad_ActionGeo_ISO3',
  'dyad_Article',
  'dyad_Evidence',
  'dyad_Trigger',
  'dyad_Rule',
] as const;

// GDELT's files are tab-separated without quoting, so tabs and line breaks inside a field become spaces.
const cell = (value: unknown) =>
  value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');

function dayOfYear(day: string): number {
  const date = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.floor((date - Date.UTC(Number(day.slice(0, 4)), 0, 1)) / 86_400_000) + 1;
}

/**
 * One linked event as a GDELT 2.0 event row (61 columns, then ours). Dates are the event's own (its first
 * day), not the article's; actor type codes are the CAMEO role after the country (`KORGOV` → `GOV`);
 * `NumArticles` counts the articles linked to the event; fields we do not code (tone, ethnic and religious
 * codes, FIPS and ADM codes, actor geography) are empty. `urls` maps article ids to their URLs.
 */
export function gdeltRow(event: LinkedEvent, urls: ReadonlyMap<string, string> = new Map()): string[] {
  const day = event.date.start;
  const year = Number(day.slice(0, 4));
  const actor = (a: LinkedEvent['source'] | null) => {
    if (a === null) return ['', '', '', '', '', '', '', '', '', ''];
    const role = a.code.slice(3);
    // An agent no country is named for ("militants", `---REB`) is written as GDELT writes one: its type alone.
    const placed = a.country !== UNIDENTIFIED;
    return [
      placed ? a.code : role,
      a.name,
      placed ? a.country : '',
      '',
      '',
      '',
      '',
      role.slice(0, 3),
      role.slice(3, 6),
      role.slice(6, 9),
    ];
  };
  const first = event.mentions[0];
  const head = event.mentions.find((m) => m.cameo === event.cameo) ?? first;
  const mentionPlace = event.mentions.find((m) => m.place?.lat !== undefined)?.place;
  const geoType =
    event.place === null
      ? ''
      : event.place.name === mentionPlace?.name && mentionPlace.name !== event.place.country
        ? '4'
        : '1';
  const row = [
    event.id,
    day.replaceAll('-', ''),
    day.slice(0, 7).replace('-', ''),
    year,
    (year + (dayOfYear(day) - 1) / 365).toFixed(4),
    ...actor(event.source),
    ...actor(event.target),
    event.mentions.some((m) => m.sentence === 0) ? 1 : 0,
    event.cameo,
    event.cameo.slice(0, 3),
    event.cameo.slice(0, 2),
    event.quadClass,
    event.goldstein,
    event.mentionCount,
    event.articles,
    event.articles,
    '',
    ...Array(16).fill(''),
    geoType,
    event.place?.name ?? '',
    '',
    '',
    '',
    mentionPlace?.lat ?? '',
    mentionPlace?.lon ?? '',
    '',
    first ? `${first.published.replaceAll('-', '')}000000` : '',
    first ? (urls.get(first.article) ?? '') : '',
    event.modality,
    event.history ? 1 : 0,
    event.mutual ? 1 : 0,
    event.date.value,
    event.date.granularity,
    event.date.source,
    event.plover,
    event.place?.country ?? '',
    head?.article ?? '',
    head?.evidence.text ?? '',
    head?.trigger ?? '',
    head?.rule ?? '',
  ];
  return row.map(cell);
}

/** The header line of a GDELT export: GDELT's names, then ours. */
export const gdeltHeader = () => [...GDELT_COLUMNS, ...DYAD_COLUMNS].join('\t');

/** Every stored article's URL by article id, read page by page (texts are not kept). */
export async function articleUrls(store: Store): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (let after = 0; ;) {
    const page = await store.articles(after, 1000);
    for (const a of page) if (a.url !== undefined) urls.set(a.id, a.url);
    if (page.length < 1000) return urls;
    after = page.at(-1)!.rowId;
  }
}
