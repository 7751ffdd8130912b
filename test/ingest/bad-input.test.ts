import { symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAll, tempTree } from './read-helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));
const rel = (where: string) => relative(fixtures, where);

describe('bad input is reported as issues, and good input still comes through', () => {
  it('names each bad file and line in the fixtures folder', async () => {
    const { articles, issues } = await readAll([fixtures]);
    expect(issues.map((i) => [i.code, rel(i.where)])).toEqual([
      ['bad-date', 'bad-date.txt:1'],
      ['binary', 'binary.txt'],
      ['empty', 'empty.txt'],
      ['not-utf8', 'latin1.txt:1'],
      ['missing-text', 'missing-text.txt'],
      ['bad-json', 'mixed.jsonl:2'],
      ['missing-text', 'mixed.jsonl:4'],
      ['bad-json', 'mixed.jsonl:6'],
      ['bad-date', 'mixed.jsonl:7'],
      ['no-date', 'mixed.jsonl:8'],
      ['no-date', 'no-date.txt'],
    ]);
    expect(articles.map((a) => [a.id, a.published, rel(a.origin ?? '')])).toEqual([
      ['good', '2025-07-04', 'good.txt'],
      ['a1', '2025-07-01', 'mixed.jsonl:1'],
      ['7', '2025-07-04', 'mixed.jsonl:5'],
    ]);
    for (const issue of issues) expect(issue.message.startsWith(issue.where)).toBe(true);
  });

  it('tells the user how to fix a file with no date line', async () => {
    const { issues } = await readAll([join(fixtures, 'no-date.txt')]);
    expect(issues).toEqual([
      {
        code: 'no-date',
        where: join(fixtures, 'no-date.txt'),
        message: `${join(fixtures, 'no-date.txt')} has no date line: start the file with " date YYYY-MM-DD" or pass --date`,
      },
    ]);
  });

  it('explains an impossible date and a broken JSON line', async () => {
    const { issues } = await readAll([join(fixtures, 'bad-date.txt'), join(fixtures, 'mixed.jsonl')]);
    expect(issues[0]?.message).toContain('"2025-02-30", which is not a real day');
    expect(issues[1]?.where).toBe(`${join(fixtures, 'mixed.jsonl')}:2`);
    expect(issues[1]?.message).toContain('fix or remove the line; the other lines were read');
  });

  it('gives no-date for plain text, and bad-date for an impossible --date', async () => {
    const { articles, issues } = await readAll([join(fixtures, 'no-date.txt'), join(fixtures, 'good.txt')], {
      date: '2025-02-29',
    });
    expect(issues.map((i) => [i.code, rel(i.where)])).toEqual([['bad-date', 'no-date.txt']]);
    expect(issues[0]?.message).toContain('pass --date YYYY-MM-DD');
    expect(articles.map((a) => a.id)).toEqual(['good']);
  });

  it('refuses a file over maxBytes without reading it', async () => {
    const dir = tempTree({
      'big.txt': ` date 2025-07-04 ${'x'.repeat(200)}`,
      'small.txt': ' date 2025-07-04 ok',
    });
    const { articles, issues } = await readAll([dir], { maxBytes: 100 });
    expect(issues.map((i) => [i.code, i.where])).toEqual([['too-large', join(dir, 'big.txt')]]);
    expect(issues[0]?.message).toContain('over the 100 bytes limit');
    expect(articles.map((a) => a.id)).toEqual(['small']);
  });

  it('reports paths that cannot be read: missing, and a dangling link inside a folder', async () => {
    const dir = tempTree({ 'ok.txt': ' date 2025-07-04 ok' });
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const missing = join(dir, 'no-such-file.txt');
    const { articles, issues } = await readAll([missing, dir]);
    expect(issues.map((i) => [i.code, i.where])).toEqual([
      ['unreadable', missing],
      ['unreadable', join(dir, 'dangling.txt')],
    ]);
    expect(issues[0]?.message).toContain('does not exist');
    expect(articles.map((a) => a.id)).toEqual(['ok']);
  });

  it('calls UTF-16 text not-utf8 rather than binary', async () => {
    const dir = tempTree();
    const file = join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' date 2025-07-04 Hi', 'utf16le')]));
    const { issues } = await readAll([file]);
    expect(issues.map((i) => i.code)).toEqual(['not-utf8']);
    expect(issues[0]?.message).toContain('UTF-16');
  });

  it('reads a named file even with a binary extension, and finds it binary', async () => {
    const dir = tempTree({ 'x.png': new Uint8Array([0x89, 0x50, 0, 0x47]) });
    const { issues } = await readAll([join(dir, 'x.png')]);
    expect(issues.map((i) => i.code)).toEqual(['binary']);
  });

  it('reports a JSON Lines file of blank lines as empty', async () => {
    const dir = tempTree({ 'blank.jsonl': '\n  \n\n' });
    const { issues } = await readAll([dir]);
    expect(issues.map((i) => i.code)).toEqual(['empty']);
  });

  it('reports a JSON Lines field of the wrong type as bad-json, naming the field', async () => {
    const dir = tempTree({ 'f.jsonl': '{"date":"2025-07-04","text":"x","title":5}\n' });
    const { issues } = await readAll([dir]);
    expect(issues.map((i) => i.code)).toEqual(['bad-json']);
    expect(issues[0]?.message).toContain('"title"');
  });
});
