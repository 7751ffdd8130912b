import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/content-hash.js';
import type { Article } from '../../src/model.js';

describe('contentHash', () => {
  it('is the sha256 of the date and the text, whatever the id or file', () => {
    const first: Article = { id: 'a', published: '2025-07-04', text: 'Seoul said.', origin: 'a.txt' };
    const second: Article = { id: 'b', published: '2025-07-04', text: 'Seoul said.', title: 'Other' };
    const a = contentHash(first);
    const b = contentHash(second);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(b);
    // sha256("2025-07-04\nSeoul said."), as `printf '2025-07-04\nSeoul said.' | sha256sum` gives it.
    expect(a).toBe('f6c80ff711e5838373294c3565069cf25f61890421eb07e3bf789cd8f574bff8');
  });

  it('changes with the date or the text', () => {
    const base = { id: 'a', published: '2025-07-04', text: 'Seoul said.' };
    expect(contentHash({ ...base, published: '2025-07-05' })).not.toBe(contentHash(base));
    expect(contentHash({ ...base, text: 'Seoul said!' })).not.toBe(contentHash(base));
  });
});
