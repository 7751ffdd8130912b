import { describe, expect, it } from 'vitest';
import { actorSentences, readActorGold } from '../../src/eval/actor-gold.js';
import { type ScoredActor, scoreActors } from '../../src/eval/actor-scorer.js';

const actor = (text: string, start: number, country: string, role = ''): ScoredActor => ({
  text,
  start,
  end: start + text.length,
  country,
  role,
});

describe('scoreActors', () => {
  it('pairs overlapping mentions with the same country and role, one to one', () => {
    const gold = [actor('Japanese Foreign Minister Gemba', 0, 'JPN', 'GOV'), actor('Japan', 40, 'JPN')];
    const system = [actor('Foreign Minister Gemba', 9, 'JPN', 'GOV'), actor('Japan', 40, 'JPN', 'GOV')];
    const { score, errors } = scoreActors([{ id: 's1', sentence: '…', gold, system }]);
    expect(score.labelled).toMatchObject({ matched: 1, gold: 2, system: 2, precision: 0.5, recall: 0.5 });
    expect(score.mentions.matched).toBe(2);
    expect(errors[0]!.missed.map((a) => a.text)).toEqual(['Japan']);
    expect(errors[0]!.spurious.map((a) => a.role)).toEqual(['GOV']);
  });

  it('scores nothing found as zero, without dividing by zero', () => {
    const { score } = scoreActors([{ id: 's', sentence: '', gold: [actor('Seoul', 0, 'KOR', 'GOV')], system: [] }]);
    expect(score.labelled).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('the actor gold', () => {
  const gold = readActorGold(new URL('../fixtures/actors-gold.jsonl', import.meta.url).pathname);

  it('holds at least 60 hand-coded sentences of the public-domain examples', () => {
    expect(gold.length).toBeGreaterThanOrEqual(60);
  });

  it('locates every gold mention in its article and scores the recognizer on it', () => {
    const corpus = new URL('../../examples/public-domain.jsonl', import.meta.url).pathname;
    const { score } = scoreActors(actorSentences(gold, corpus));
    // The figures themselves are reported by `dyad eval actors`; this only guards against collapse.
    expect(score.labelled.precision).toBeGreaterThan(0.85);
    expect(score.labelled.recall).toBeGreaterThan(0.75);
  });
});
