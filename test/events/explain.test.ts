import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { explanationText, registerExplain } from '../../src/cli/commands/explain-command.js';
import { SentenceOutOfRangeError, explainSentence } from '../../src/events/explain-sentence.js';
import { article } from '../helpers/domain.js';

const DAY = '2025-08-20';

describe('explain: why each candidate trigger was or was not coded', () => {
  it('shows tokens, actors and times, and the coded event with its rule', () => {
    const x = explainSentence(article('Germany praised France on Monday.', DAY), 0);
    expect(x.tokens.map((t) => t.text)).toEqual(['Germany', 'praised', 'France', 'on', 'Monday', '.']);
    expect(x.actors.map((a) => [a.text, a.code])).toEqual([
      ['Germany', 'DEU'],
      ['France', 'FRA'],
    ]);
    expect(x.times).toMatchObject([{ text: 'Monday', value: '2025-08-18' }]);
    expect(x.candidates).toMatchObject([{ outcome: 'coded', code: '051', events: 1 }]);
    expect(x.events).toMatchObject([{ cameo: '051', date: '2025-08-18' }]);
  });

  it('says a trigger without a target was dropped for that reason', () => {
    const x = explainSentence(article('Germany praised the plan.', DAY), 0);
    expect(x.candidates).toMatchObject([{ outcome: 'no-target', sources: ['Germany (DEU)'] }]);
    expect(x.events).toEqual([]);
  });

  it('says "said" was only the carrier of the reported attack', () => {
    const x = explainSentence(article('Ukraine said Russia attacked Poland.', DAY), 0);
    // The attack is coded, and so is Ukraine's accusation of Russia that reporting it makes (112).
    expect(x.candidates.map((c) => [c.rule, c.codedAs ?? c.code, c.outcome])).toEqual([
      ['010/say', '010', 'speech-carrier'],
      ['190/attack', '112', 'coded'],
      ['190/attack', '190', 'coded'],
    ]);
  });

  it('lists the matches an earlier, longer one overlapped, naming the winner', () => {
    const x = explainSentence(article('Bolivia accused Peru of spying.', DAY), 0);
    const overlapped = x.candidates.find((c) => c.outcome === 'overlapped');
    expect(overlapped?.reason).toMatch(/1125\/accuse-espionage/);
  });

  it('names the code a modality gave ("will visit" is an intent to meet)', () => {
    const x = explainSentence(article('Japan will visit Chile.', DAY), 0);
    expect(x.candidates).toMatchObject([{ code: '042', codedAs: '036', modality: 'planned' }]);
  });

  it('refuses a sentence the article does not have, saying how many it has', () => {
    expect(() => explainSentence(article('Japan praised Chile.', DAY), 3)).toThrow(SentenceOutOfRangeError);
    expect(() => explainSentence(article('Japan praised Chile.', DAY), 3)).toThrow(/sentences 0 to 0/);
  });

  it('prints a readable report', () => {
    const text = explanationText(explainSentence(article('Ukraine said Russia attacked Poland.', DAY), 0));
    expect(text).toContain('speech-carrier');
    expect(text).toContain('Russia (RUS) → Poland (POL)  190');
  });

  it('registers `explain` with a required --sentence option', () => {
    const program = new Command();
    registerExplain(program);
    const explain = program.commands.find((c) => c.name() === 'explain');
    expect(explain?.options.map((o) => o.long)).toEqual(['--sentence', '--article', '--date', '--json']);
  });
});
