import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runDyad } from './cli.js';
import { sqliteQuery } from './store-check.js';

beforeAll(ensureBuilt, 180_000);

describe('dyad ingest on a folder of bad input', () => {
  it('prints one line per refused input with its file and line, stores the rest, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bad-ingest-'));
    const at = (name: string) => join(dir, name);
    const files: Record<string, string | Buffer> = {
      'a-good.txt': ' date 2025-07-04 South Korea and Japan held talks in Seoul on Friday.\n',
      'b-empty.txt': '',
      'c-undated.txt': 'Talks were held.\n',
      'd-feb30.txt': ' date 2025-02-30 Talks were held.\n',
      'e-records.jsonl':
        '{"id":"r1","date":"2025-07-04","text":"Japan and South Korea signed an agreement on Thursday."}\n' +
        '{"id":"r2","date":\n',
      'f-binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
      'g-latin1.txt': Buffer.from(' date 2025-07-04 Talks at the caf\xe9.\n', 'latin1'),
      'h-huge.txt': ` date 2025-07-04 ${'Talks were held. '.repeat(1000)}`,
      'i-page.html':
        '<html><head><meta name="date" content="2025-07-04"><script>alert(1)</script></head><body><article>' +
        '<p>Japan criticized North Korea on Friday for its missile launch, officials in Tokyo said.</p></article></body></html>',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(at(name), content);
    symlinkSync(dir, at('j-loop'));
    const db = join(dir, 'store.db');
    const run = await runDyad(['ingest', dir, '--db', db, '--max-bytes', '4096']);
    expect(run.code).toBe(0);
    const refused = run.stderr.split('\n').filter((l) => l.startsWith(`dyad: ${dir}`));
    expect(refused.map((l) => /^dyad: (\S+?)(?: |:? )/.exec(l)?.[1]?.slice(dir.length + 1))).toEqual([
      'b-empty.txt',
      'c-undated.txt',
      'd-feb30.txt:1',
      'e-records.jsonl:2',
      'f-binary.txt',
      'g-latin1.txt:1',
      'h-huge.txt',
    ]);
    expect(run.stderr).toContain('3 articles added');
    expect(run.stderr).toContain('7 inputs refused');
    const keys = (await sqliteQuery(db)('SELECT article_key AS k, text FROM articles ORDER BY article_key')).map(
      (r) => r['k'],
    );
    expect(keys).toEqual(['a-good', 'i-page', 'r1']);
    // Nothing refused and nothing read twice through the loop; a second run changes nothing.
    const again = await runDyad(['ingest', dir, '--db', db, '--max-bytes', '4096', '--quiet']);
    expect(again.code).toBe(0);
    expect((await sqliteQuery(db)('SELECT count(*) AS n FROM articles'))[0]).toEqual({ n: 3 });
    rmSync(dir, { recursive: true });
  }, 60_000);
});
