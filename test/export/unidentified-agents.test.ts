import { afterEach, describe, expect, it } from 'vitest';
import { gdeltRow } from '../../src/export/gdelt.js';
import { dyadPanel } from '../../src/export/panel.js';
import { extract } from '../../src/pipeline.js';
import { storeKeeper } from '../store/dialects.js';

// Unnamed militants are stored with the country `---`; the exports write them as GDELT does and keep them out
// of country dyads.

describe('exports of an event by agents no country is named for', () => {
  const keeper = storeKeeper();
  afterEach(() => keeper.closeAll());

  it('writes the agent as its type alone in the GDELT columns, and leaves it out of the dyad panel', async () => {
    const store = await keeper.open('sqlite');
    await store.ingest([
      extract({ id: 'a', published: '2024-03-12', text: 'Militants attacked the French embassy on Monday.' }),
      extract({ id: 'b', published: '2024-03-12', text: 'France condemned Mali on Monday.' }),
    ]);
    const linked = await store.linkedEvents({}, { mentions: true });
    const attack = linked.find((e) => e.source.country === '---');
    expect(attack?.target?.country).toBe('FRA');
    const row = gdeltRow(attack!);
    // Actor1Code, Actor1Name, Actor1CountryCode, …, Actor1Type1Code (GDELT 2.0 columns 6–8 and 13).
    expect([row[5], row[7], row[12]]).toEqual(['REB', '', 'REB']);
    const panel = await dyadPanel(store, { by: 'month' });
    expect(panel.map((r) => `${r.source}-${r.target}`)).toEqual(['FRA-MLI']);
  });
});
