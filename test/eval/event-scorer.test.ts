import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type EventRecord,
  EventRecordsError,
  type GoldEvent,
  countryOfCameoCode,
  detectRecordFormat,
  ploverName,
  plover05Type,
  readEventRecords,
  readPetrarchRecords,
  readPloverRecords,
} from '../../src/eval/event-records.js';
import {
  type Extractor,
  errorKinds,
  matchBy,
  prf,
  scoreEvents,
  scoreRecord,
  sumScores,
} from '../../src/eval/event-scorer.js';
import type { ActorMention, CodedEvent, EventActor } from '../../src/model.js';
import { codedEvent } from '../store/make-extraction.js';

// Hand-written records in the shape of PETRARCH's validation file: a self-closing <Sentence> followed by its
// codings, text and parse, comments, a no-event sentence, an empty <Text> with a parse, a skipped sentence.
const PETRARCH_XML = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a header comment that mentions <EventCoding...> in passing
<Sentences>
<Sentence category="AFP" date="20200102" id="S_1" evaluate="true"/>
<!-- PATTERN * MET [040] -->
<EventCoding eventcode="040" sourcecode="ROMGOV" targetcode="USA" />
<EventCoding eventcode="040" sourcecode="USA" targetcode="ROMGOV" />
<Text>
Romanian officials met US envoys &amp; said the talks were
\`\`useful'' on Thursday.
</Text>
<Parse>
1	Romanian	Romanian	ADJ	JJ	_	2	amod	_	_
</Parse>
</Sentence>

<Sentence category="AFP" date="200103" id="S_2" evaluate="true">
<!-- <EventCoding eventcode="999" sourcecode="XXX" targetcode="YYY" /> -->
<EventCoding noevents="True" />
<Text>
Nothing happened.
</Text>
</Sentence>

<Sentence category="OTHER" date="20200104" id="S_3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="IGOUNOMIL" />
<Text>
</Text>
<Parse>
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	peacekeepers	peacekeeper	NOUN	NNS	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse>
</Sentence>

<Sentence category="TEST" date="20200105" id="S_4" evaluate="false"/>
<EventCoding eventcode="010" sourcecode="FRA" targetcode="DEU" />
<Text>
Left out.
</Text>
</Sentence>
</Sentences>
</Validation>
`;

// Hand-written records in the shape of the PLOVER gold file: a JSON array with a DOCUMENT header.
const PLOVER_JSON = JSON.stringify([
  { id: 'DOC-0001', event: 'DOCUMENT', eventText: 'about this file' },
  {
    id: 'R-0001',
    date: '2000-01-01',
    source: [
      { actorText: 'Ruritania', code: 'ROU', sector: 'GOV' },
      { actorText: 'Freedonia', code: 'JAP' },
    ],
    event: 'AGREE',
    eventText: 'agreed',
    text: 'Ruritania and Freedonia agreed to talk.',
    textInfo: { markup: '(SRC/TAR: Ruritania) and (SRC/TAR: Freedonia) (EVT: agreed) to talk.' },
  },
  {
    id: 'R-0002',
    date: '2000-01-01',
    source: [{ actorText: 'rights group', code: 'NGO' }],
    target: [
      { actorText: 'Arnor', code: 'FRA' },
      { actorText: 'Gondor', code: 'DEU' },
    ],
    event: 'DISAPPROVE',
    eventText: 'has criticized',
    text: 'A rights group has criticized Arnor and Gondor.',
    textInfo: { markup: 'A (SRC: rights group) (EVT: has criticized) (TAR: Arnor) and (TAR: Gondor).' },
  },
  {
    id: 'R-0002',
    date: '2000-01-01',
    source: [{ actorText: 'Arnor', code: 'FRA' }],
    target: 'diplomatic',
    event: 'FIGHT',
    eventText: 'shelled',
    text: 'Arnor shelled the border.',
    textInfo: { markup: '(SRC: Arnor) (EVT: shelled) the border.' },
  },
]);

const actor = (country: string, code = country): EventActor => ({ name: code, code, country });

function event(source: string, target: string | null, cameo: string, plover = 'OTHER'): CodedEvent {
  return codedEvent({
    source: actor(source),
    target: target === null ? null : actor(target),
    cameo,
    plover,
    trigger: `trigger ${cameo}`,
  });
}

function mention(country: string): ActorMention {
  return {
    kind: 'ActorMention',
    text: country,
    start: 0,
    end: 3,
    sentence: 0,
    tokenStart: 0,
    tokenEnd: 1,
    actor: { code: country, country, name: country, kind: 'country' },
    via: 'kb',
  };
}

function cameoRecord(id: string, gold: [string | null, string | null, string][]): EventRecord {
  return {
    id,
    date: '2020-01-01',
    text: `Sentence ${id}.`,
    format: 'petrarch',
    scheme: 'cameo',
    gold: gold.map(([source, target, cameo]): GoldEvent => ({ source, target, cameo })),
  };
}

function ploverRecord(id: string, gold: [string | null, string | null, string][]): EventRecord {
  return {
    id,
    date: '2000-01-01',
    text: `Sentence ${id}.`,
    format: 'plover',
    scheme: 'plover',
    gold: gold.map(([source, target, plover]): GoldEvent => ({ source, target, plover })),
  };
}

describe('countryOfCameoCode', () => {
  it('takes the country from the first three letters, mapping CAMEO exceptions to ISO alpha-3', () => {
    expect(countryOfCameoCode('USAGOV')).toBe('USA');
    expect(countryOfCameoCode('PSEGZACVL')).toBe('PSE');
    expect(countryOfCameoCode('ROMGOV')).toBe('ROU');
    expect(countryOfCameoCode('ZAR')).toBe('COD');
    expect(countryOfCameoCode('JAP')).toBe('JPN');
  });

  it("gives 'IGO', 'NGO' and 'IMG' for bodies and militarized groups, null for codes without a country", () => {
    expect(countryOfCameoCode('IGOUNOMIL')).toBe('IGO');
    expect(countryOfCameoCode('NGOHRW')).toBe('NGO');
    expect(countryOfCameoCode('IMGMUSISI')).toBe('IMG');
    expect(countryOfCameoCode('---LEG')).toBeNull();
    expect(countryOfCameoCode('')).toBeNull();
  });
});

describe('readPetrarchRecords', () => {
  const records = readPetrarchRecords(PETRARCH_XML);

  it('reads each evaluated sentence, ignoring comments and evaluate="false"', () => {
    expect(records.map((r) => r.id)).toEqual(['S_1', 'S_2', 'S_3']);
    expect(records.every((r) => r.format === 'petrarch' && r.scheme === 'cameo')).toBe(true);
  });

  it('normalizes the text and the date', () => {
    expect(records[0]!.text).toBe('Romanian officials met US envoys & said the talks were "useful" on Thursday.');
    expect(records[0]!.date).toBe('2020-01-02');
    expect(records[1]!.date).toBe('2020-01-03');
  });

  it('turns codings into country-level gold events', () => {
    expect(records[0]!.gold).toEqual([
      { source: 'ROU', target: 'USA', cameo: '040', sourceCode: 'ROMGOV', targetCode: 'USA' },
      { source: 'USA', target: 'ROU', cameo: '040', sourceCode: 'USA', targetCode: 'ROMGOV' },
    ]);
  });

  it('reads noevents as a sentence with no gold event', () => {
    expect(records[1]!.gold).toEqual([]);
  });

  it('spells out an empty <Text> from the parse', () => {
    expect(records[2]!.text).toBe('Rebels attacked peacekeepers.');
    expect(records[2]!.gold).toEqual([
      { source: null, target: 'IGO', cameo: '190', sourceCode: '---REB', targetCode: 'IGOUNOMIL' },
    ]);
  });
});

describe('readPloverRecords', () => {
  const records = readPloverRecords(PLOVER_JSON);

  it('skips records without text and makes repeated ids unique', () => {
    expect(records.map((r) => r.id)).toEqual(['R-0001', 'R-0002', 'R-0002#2']);
    expect(records.every((r) => r.scheme === 'plover' && r.date === '2000-01-01')).toBe(true);
  });

  it('codes SRC/TAR sources with no target as each ordered pair, under ISO codes', () => {
    expect(records[0]!.gold.map((g) => [g.source, g.target, g.plover])).toEqual([
      ['ROU', 'JPN', 'AGREE'],
      ['JPN', 'ROU', 'AGREE'],
    ]);
  });

  it("gives every source–target pair, renames PLOVER 0.5 types to today's, keeps the gold's words", () => {
    expect(records[1]!.gold).toEqual([
      {
        source: 'NGO',
        target: 'FRA',
        plover: 'ACCUSE',
        sourceCode: 'NGO',
        targetCode: 'FRA',
        sourceText: 'rights group',
        targetText: 'Arnor',
        eventText: 'has criticized',
      },
      expect.objectContaining({ source: 'NGO', target: 'DEU', plover: 'ACCUSE' }),
    ]);
  });

  it('reads a target that is not a list of actors as no target', () => {
    expect(records[2]!.gold).toEqual([expect.objectContaining({ source: 'FRA', target: null, plover: 'ASSAULT' })]);
  });

  it('reads JSON Lines too', () => {
    const lines = (JSON.parse(PLOVER_JSON) as unknown[]).map((r) => JSON.stringify(r)).join('\n');
    expect(readPloverRecords(lines)).toEqual(records);
  });

  it('throws a named error on bad JSON', () => {
    expect(() => readPloverRecords('[{"id": ')).toThrow(EventRecordsError);
  });

  it('maps renamed PLOVER types and leaves others', () => {
    expect(ploverName('DEMAND')).toBe('REQUEST');
    expect(ploverName('investigate')).toBe('ACCUSE');
    expect(ploverName('AGREE')).toBe('AGREE');
  });
});

describe('readEventRecords', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-event-records-'));

  it('detects the format by extension, then by content', () => {
    expect(detectRecordFormat('x.xml', '')).toBe('petrarch');
    expect(detectRecordFormat('x.jsonl', '')).toBe('plover');
    expect(detectRecordFormat('x.txt', '  [{"id": 1}]')).toBe('plover');
    expect(detectRecordFormat('x.txt', '<Validation>')).toBe('petrarch');
    expect(() => detectRecordFormat('x.txt', 'plain words')).toThrow(/--format/);
  });

  it('reads a file of either format', () => {
    const xml = join(dir, 'gold.xml');
    const txt = join(dir, 'gold.txt');
    writeFileSync(xml, PETRARCH_XML);
    writeFileSync(txt, PLOVER_JSON);
    expect(readEventRecords(xml)).toHaveLength(3);
    expect(readEventRecords(txt)).toHaveLength(3);
    expect(readEventRecords(txt, 'plover')).toHaveLength(3);
  });

  it('names a file it cannot read', () => {
    expect(() => readEventRecords(join(dir, 'missing.xml'))).toThrow(/cannot read .*missing\.xml/);
  });
});

describe('matching arithmetic', () => {
  it('matches equal keys at most once each', () => {
    expect(matchBy(['a', 'a', 'b'], ['a', 'a', 'a', 'c'], String, String)).toEqual({
      matched: 2,
      missed: ['b'],
      spurious: ['a', 'c'],
    });
  });

  it('computes P, R and F1, with 0 for empty denominators', () => {
    const p = prf({ gold: 4, system: 2, matched: 2 });
    expect([p.precision, p.recall]).toEqual([1, 0.5]);
    expect(p.f1).toBeCloseTo(2 / 3);
    expect(prf({ gold: 0, system: 0, matched: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores roots and full codes separately, each triple used once', () => {
    const record = cameoRecord('r', [
      ['USA', 'CHN', '042'],
      ['USA', 'CHN', '042'],
      ['RUS', 'UKR', '190'],
    ]);
    const ours = [event('USA', 'CHN', '042'), event('USA', 'CHN', '043'), event('USA', 'CHN', '042')];
    const score = scoreRecord(record, ours);
    expect(score.root).toEqual({ gold: 3, system: 3, matched: 2 });
    expect(score.code).toEqual({ gold: 3, system: 3, matched: 2 });
    const wrongLeaf = scoreRecord(record, [event('USA', 'CHN', '043'), event('RUS', 'UKR', '193')]);
    expect(wrongLeaf.root).toEqual({ gold: 3, system: 2, matched: 2 });
    expect(wrongLeaf.code).toEqual({ gold: 3, system: 2, matched: 0 });
  });

  it('needs source and target countries to agree, and a missing target to be missing', () => {
    const record = cameoRecord('r', [
      ['USA', null, '010'],
      [null, 'IGO', '190'],
    ]);
    const score = scoreRecord(record, [
      event('USA', 'CHN', '010'),
      event('USA', null, '010'),
      event('KEN', 'IGO', '190', 'ASSAULT'),
    ]);
    expect(score.code).toEqual({ gold: 2, system: 3, matched: 1 });
    expect(score.errors.missed.map((m) => [m.source, m.target, m.code])).toEqual([[null, 'IGO', '190']]);
    expect(score.errors.spurious.map((s) => [s.source, s.target, s.code])).toEqual([
      ['USA', 'CHN', '010'],
      ['KEN', 'IGO', '190'],
    ]);
  });

  it("credits an NGO's events to 'NGO', though the knowledge base files them under IGO", () => {
    const ngo = codedEvent({ source: { name: 'HRW', code: 'NGOHRW', country: 'IGO' }, target: actor('FRA') });
    const score = scoreRecord(ploverRecord('r', [['NGO', 'FRA', 'CONSULT']]), [
      { ...ngo, cameo: '040', plover: 'CONSULT' },
    ]);
    expect(score.plover).toEqual({ gold: 1, system: 1, matched: 1 });
  });

  it('matches an NGO of ours with a gold IGO (the golds file the Red Cross and Amnesty under either)', () => {
    const redCross = codedEvent({ source: { name: 'ICRC', code: 'NGOIRC', country: 'IGO' }, target: actor('USA') });
    const demand = { ...redCross, cameo: '100', plover: 'REQUEST' };
    const score = scoreRecord(ploverRecord('r', [['IGO', 'USA', 'REQUEST']]), [demand]);
    expect(score.plover).toEqual({ gold: 1, system: 1, matched: 1 });
    const country = scoreRecord(ploverRecord('r', [['FRA', 'USA', 'REQUEST']]), [demand]);
    expect(country.plover?.matched).toBe(0);
  });

  it('compares our CAMEO codes under the PLOVER 0.5 types the gold was coded with', () => {
    expect(plover05Type('163')).toBe('SANCTION');
    expect(plover05Type('0813')).toBe('CONCEDE');
    expect(plover05Type('0841')).toBe('RETREAT');
    expect(plover05Type('0831')).toBe('RETREAT');
    expect(plover05Type('193')).toBe('ASSAULT');
    expect(plover05Type('010')).toBeUndefined();
    // 0.5's DEMAND held the appeals: "sought refuge" (0233) is a request there.
    expect(plover05Type('0233')).toBe('REQUEST');
    // 163 is COERCE in the 2021 table our output follows, SANCTION in PLOVER 0.5.
    const sanctions = event('USA', 'AFG', '163', 'COERCE');
    expect(scoreRecord(ploverRecord('r', [['USA', 'AFG', 'SANCTION']]), [sanctions]).ploverHit).toBe(true);
    // Roots 0.5 gave no type of their own keep the event's type.
    const appeal = event('USA', 'AFG', '020', 'REQUEST');
    expect(scoreRecord(ploverRecord('r', [['USA', 'AFG', 'REQUEST']]), [appeal]).ploverHit).toBe(true);
  });

  it('counts every event of ours in a sentence that expects none as spurious', () => {
    const score = scoreRecord(cameoRecord('r', []), [event('USA', 'CHN', '042')]);
    expect(score.code).toEqual({ gold: 0, system: 1, matched: 0 });
  });

  it('scores PLOVER records by type, with the share of records we get right', () => {
    const hit = ploverRecord('a', [
      ['ROU', 'JPN', 'AGREE'],
      ['JPN', 'ROU', 'AGREE'],
    ]);
    const miss = ploverRecord('b', [['FRA', 'DEU', 'ACCUSE']]);
    const scores = [
      scoreRecord(hit, [event('ROU', 'JPN', '036', 'AGREE')]),
      scoreRecord(miss, [event('FRA', 'DEU', '130', 'THREATEN')]),
    ];
    expect(scores[0]!.root).toBeNull();
    expect(scores.map((s) => s.ploverHit)).toEqual([true, false]);
    const total = sumScores(scores);
    expect(total.root).toBeNull();
    expect(total.code).toBeNull();
    expect(total.plover).toMatchObject({ gold: 3, system: 2, matched: 1, precision: 0.5 });
    expect(total.ploverShare).toEqual({ hits: 1, records: 2, share: 0.5 });
    expect(total.errors.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('sums records into micro-averaged scores', () => {
    const total = sumScores([
      scoreRecord(cameoRecord('a', [['USA', 'CHN', '042']]), [event('USA', 'CHN', '042')]),
      scoreRecord(cameoRecord('b', [['RUS', 'UKR', '190']]), [event('RUS', 'UKR', '193'), event('UKR', 'RUS', '190')]),
    ]);
    expect(total.records).toBe(2);
    expect(total.root).toMatchObject({ gold: 2, system: 3, matched: 2, recall: 1 });
    expect(total.root!.precision).toBeCloseTo(2 / 3);
    expect(total.code).toMatchObject({ gold: 2, system: 3, matched: 1, recall: 0.5 });
    expect(total.ploverShare).toBeNull();
    expect(total.errors.map((e) => e.id)).toEqual(['b']);
  });
});

describe('scoreEvents', () => {
  const records = [cameoRecord('ok', [['USA', 'CHN', '042']]), cameoRecord('boom', [['RUS', 'UKR', '190']])];
  const run: Extractor = (article) => {
    if (article.id === 'boom') throw new Error('pipeline broke');
    return { events: [event('USA', 'CHN', '042')], mentions: [mention('USA'), mention('CHN')] };
  };

  it('runs the extractor on each record and scores what it returns', () => {
    const score = scoreEvents([records[0]!], run);
    expect(score.code).toMatchObject({ gold: 1, system: 1, matched: 1, f1: 1 });
    expect(score.failures).toEqual([]);
  });

  it('scores a record the pipeline throws on as coding nothing, and names it', () => {
    const score = scoreEvents(records, run);
    expect(score.code).toMatchObject({ gold: 2, system: 1, matched: 1 });
    expect(score.failures).toEqual([{ id: 'boom', message: 'pipeline broke' }]);
    expect(errorKinds(score.errors)).toEqual([{ kind: 'pipeline failed', detail: 'pipeline broke', count: 1 }]);
  });
});

describe('errorKinds', () => {
  it('tells unrecognized actors, wrong codes, wrong actors, misses and spurious events apart', () => {
    const record = cameoRecord('r', [
      ['USA', 'CHN', '042'],
      ['RUS', 'UKR', '190'],
      ['FRA', 'DEU', '112'],
      ['FRA', 'GBR', '036'],
      ['PRK', 'KOR', '130'],
    ]);
    const ours = [event('RUS', 'UKR', '193'), event('DEU', 'FRA', '112'), event('FRA', 'ITA', '010')];
    const mentions = ['RUS', 'UKR', 'FRA', 'DEU', 'GBR', 'ITA'].map(mention);
    const kinds = errorKinds([scoreRecord(record, ours, mentions).errors]);
    // Details name codes with their CAMEO label from the data, so compare only their stable start.
    const seen = kinds.map((k) => `${k.kind}: ${k.detail}`);
    const expected = [
      /^actor not recognized: USA$/,
      /^actor not recognized: PRK$/,
      /^wrong code: gold 190\b.*, ours 193\b/,
      /^wrong actors: source and target of 112\b/,
      /^missed: 036\b/,
      /^spurious: 010\b.*'trigger 010'$/,
    ];
    expect(seen).toHaveLength(expected.length);
    for (const pattern of expected) expect(seen).toContainEqual(expect.stringMatching(pattern));
    expect(kinds.every((k) => k.count === 1)).toBe(true);
  });
});
