import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoTimemlFilesError, scoreTimemlDirectory } from '../../src/eval/score-timeml-dir.js';
import { TimemlParseError, readTimeml, stripTags } from '../../src/eval/timeml-reader.js';
import { type ScoredTimex, alignTimexes, scoreTimexes } from '../../src/eval/timex-scorer.js';

const TML = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Bombs &amp; talks</TITLE>
<TEXT>
AT&amp;T &lt;Q&gt; <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="false">Friday</TIMEX3> it &quot;<EVENT eid="e2" class="OCCURRENCE">sold</EVENT>&quot; units
<TIMEX3 tid="t2" type="DURATION" value="P3M" mod="APPROX">about three <EVENT eid="e3" class="OCCURRENCE">months</EVENT></TIMEX3> ago, R&amp;D <TIMEX3 tid="t3" type="SET" value="P1W" freq="1X">weekly</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

function timex(start: number, end: number, value: string, type = 'DATE'): ScoredTimex {
  return { start, end, text: `${start}-${end}`, type, value };
}

describe('readTimeml', () => {
  const doc = readTimeml(TML, 'test.tml');

  it('reads the id and the creation time', () => {
    expect(doc.id).toBe('TEST0001');
    expect(doc.dct).toBe('1998-08-07T06:18:00');
    expect(doc.published).toBe('1998-08-07');
  });

  it('keeps the raw text of <TEXT> exactly, tags removed and entities decoded', () => {
    expect(doc.text).toBe('\nAT&T <Q> said Friday it "sold" units\nabout three months ago, R&D weekly.\n');
  });

  it('places every gold TIMEX3 in the stripped text, across entities and nested EVENT tags', () => {
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.text, t.type, t.value, t.mod])).toEqual([
      ['Friday', 'Friday', 'DATE', '1998-08-07', undefined],
      ['about three months', 'about three months', 'DURATION', 'P3M', 'APPROX'],
      ['weekly', 'weekly', 'SET', 'P1W', undefined],
    ]);
    expect(doc.timexes[0]).toMatchObject({ kind: 'GoldTimex', tid: 't1', start: 15, end: 21 });
  });

  it('keeps unknown entities as written and records element ancestry', () => {
    const { text, elements } = stripTags('<A>x &Cx1f; <B k="a&amp;b">y</B><C/></A>');
    expect(text).toBe('x &Cx1f; y');
    expect(elements).toEqual([
      { name: 'A', attributes: {}, start: 0, end: 10, ancestors: [] },
      { name: 'B', attributes: { k: 'a&b' }, start: 9, end: 10, ancestors: ['A'] },
      { name: 'C', attributes: {}, start: 10, end: 10, ancestors: ['A'] },
    ]);
  });

  it('rejects documents it cannot read, naming them', () => {
    expect(() => readTimeml('<TimeML><TEXT>x</TEXT></TimeML>', 'a.tml')).toThrow(/a\.tml: .*creation time/);
    expect(() => readTimeml(TML.replace(/<TEXT>[\s\S]*<\/TEXT>/, ''), 'b.tml')).toThrow(/no <TEXT>/);
    expect(() => stripTags('<A><B>x</A></B>', 'c.tml')).toThrow(TimemlParseError);
    expect(() => stripTags('<A>x', 'd.tml')).toThrow(/<A> is never closed/);
  });
});

describe('scoreTimexes', () => {
  it('tells strict matches (same span) from relaxed ones (overlap)', () => {
    const gold = [timex(10, 16, '1998-08-07'), timex(30, 40, '1998-08')];
    const system = [timex(7, 16, '1998-08-07'), timex(30, 40, '1998-08')];
    const { result, errors } = scoreTimexes([{ id: 'a', gold, system }]);
    expect(result).toMatchObject({ strictMatches: 1, relaxedMatches: 2, strictF1: 0.5, relaxedF1: 1 });
    expect(errors[0]!.errors.map((e) => e.kind)).toEqual(['wrong-span']);
  });

  it('matches each gold timex at most once, preferring the exact span, then the larger overlap', () => {
    const gold = [timex(10, 20, 'P1Y', 'DURATION')];
    const system = [timex(5, 12, 'P1Y', 'DURATION'), timex(10, 20, 'P2Y', 'DURATION'), timex(12, 20, 'P1Y')];
    const alignment = alignTimexes(gold, system);
    expect(alignment.pairs).toEqual([{ gold: gold[0], system: system[1], strict: true }]);
    expect(alignment.spurious).toEqual([system[0], system[2]]);
    expect(alignTimexes(gold, [system[0]!, system[2]!]).pairs[0]!.system).toBe(system[2]);
  });

  it('counts value F1 over relaxed matches with the same value', () => {
    const gold = [timex(0, 5, '1998-08-07'), timex(10, 15, 'P3M', 'DURATION'), timex(20, 25, 'PAST_REF')];
    const system = [
      timex(0, 5, '1998-08-07'),
      timex(11, 15, 'P3M', 'DURATION'),
      timex(20, 25, '1998', 'DATE'),
      timex(40, 45, '1999'),
    ];
    const { result, errors } = scoreTimexes([{ id: 'a', gold, system }]);
    // 2 correct values of 4 system and 3 gold: P = 1/2, R = 2/3.
    expect(result).toMatchObject({ gold: 3, system: 4, relaxedMatches: 3, valueCorrect: 2, typeCorrect: 3 });
    expect(result.valueF1).toBeCloseTo((2 * (1 / 2) * (2 / 3)) / (1 / 2 + 2 / 3));
    expect(result.valueAccuracy).toBeCloseTo(2 / 3);
    expect(result.typeAccuracy).toBe(1);
    expect(errors[0]!.errors.map((e) => e.kind)).toEqual(['wrong-span', 'wrong-value', 'spurious']);
  });

  it('lists missed gold timexes and sums counts over documents', () => {
    const { result, errors } = scoreTimexes([
      { id: 'a', gold: [timex(0, 5, '1998')], system: [] },
      { id: 'b', gold: [timex(0, 5, '1998')], system: [timex(0, 5, '1998')] },
    ]);
    expect(result).toMatchObject({ documents: 2, gold: 2, system: 1, strictP: 1, strictR: 0.5 });
    expect(errors).toEqual([
      { document: 'a', errors: [{ kind: 'missed', gold: timex(0, 5, '1998') }] },
      { document: 'b', errors: [] },
    ]);
  });

  it('gives a perfect system 1.0 everywhere', () => {
    const doc = readTimeml(TML, 'test.tml');
    const { result } = scoreTimexes([{ id: doc.id, gold: doc.timexes, system: doc.timexes }]);
    for (const key of [
      'strictP',
      'strictR',
      'strictF1',
      'relaxedP',
      'relaxedR',
      'relaxedF1',
      'typeAccuracy',
      'valueAccuracy',
      'valueF1',
    ] as const)
      expect(result[key], key).toBe(1);
  });

  it('scores nothing against nothing as 0, never NaN', () => {
    const { result } = scoreTimexes([]);
    expect(Object.values(result).every((v) => v === 0)).toBe(true);
  });
});

describe('scoreTimemlDirectory', () => {
  it('gives one row per corpus folder and an "all" row, anchoring articles on the creation day', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dyad-tml-'));
    try {
      await mkdir(join(dir, 'B', 'deep'), { recursive: true });
      await mkdir(join(dir, 'A'));
      await writeFile(join(dir, 'A', 'one.tml'), TML);
      await writeFile(join(dir, 'B', 'deep', 'two.tml'), TML);
      await writeFile(join(dir, 'B', 'notes.txt'), 'not TimeML');
      const seen: string[] = [];
      const rows = await scoreTimemlDirectory(dir, {
        tagger: (article) => {
          seen.push(article.published);
          const at = article.text.indexOf('Friday');
          return [{ start: at, end: at + 6, text: 'Friday', type: 'DATE', value: article.published }];
        },
      });
      expect(seen).toEqual(['1998-08-07', '1998-08-07']);
      expect(rows.map((r) => [r.corpus, r.result.documents, r.result.gold, r.result.valueCorrect])).toEqual([
        ['A', 1, 3, 1],
        ['B', 1, 3, 1],
        ['all', 2, 6, 2],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs dyad’s own tagger by default', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dyad-tml-'));
    try {
      await writeFile(join(dir, 'one.tml'), TML);
      const [row, ...rest] = await scoreTimemlDirectory(dir);
      expect(rest).toEqual([]);
      expect(row!.corpus).toBe(dir.split('/').pop());
      expect(row!.result.gold).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says so when the folder holds no .tml file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dyad-tml-'));
    try {
      await expect(scoreTimemlDirectory(dir)).rejects.toThrow(/No \.tml file/);
      await expect(scoreTimemlDirectory(join(dir, 'missing'))).rejects.toThrow(NoTimemlFilesError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
