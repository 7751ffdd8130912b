import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf } from '../helpers/domain.js';

const codes = (text: string, day: string) => actorsOf(text, day).map((a) => [a.text, a.code]);

describe('a title or a pronoun for someone named before', () => {
  it('reads "the president" as the holder named last before it, not the last in the article', () => {
    const text =
      'President Clinton spoke to reporters on Tuesday. The president said the offer stood. ' +
      'Syrian President Hafez Assad rejected it.';
    expect(actorAt(text, '1998-03-03', 'The president')).toMatchObject({ code: 'USAGOV', name: 'Bill Clinton' });
  });

  it('reads "he" after a verb of saying as its subject, not as a person inside its apposition', () => {
    const text = 'Nhek Bunchhay, a loyalist of Prime Minister Hun Sen, said he had sent a team to the border.';
    const he = actorsOf(text, '1996-02-19').find((a) => a.text === 'he');
    expect(he?.name).toBe('Nhek Bunchhay');
  });
});

describe('adjectives joined before one role word', () => {
  it('gives each country the role the last one names', () => {
    expect(codes('The British and Irish governments invited the party back.', '1998-03-08')).toEqual([
      ['British', 'GBRGOV'],
      ['Irish governments', 'IRLGOV'],
    ]);
    expect(codes('American, British and French troops crossed the border.', '1991-02-24')).toEqual([
      ['American', 'USAMIL'],
      ['British', 'GBRMIL'],
      ['French troops', 'FRAMIL'],
    ]);
  });

  it('leaves adjectives before a thing as countries', () => {
    expect(codes('The court rejected U.S. and British objections.', '1998-02-27')).toEqual([
      ['U.S.', 'USA'],
      ['British', 'GBR'],
    ]);
  });
});

describe('a civilian or police word before a thing', () => {
  it('names no actor in "tourist attraction" or "police station"', () => {
    expect(codes("The temple is Cambodia's main tourist attraction.", '1998-02-19')).toEqual([['Cambodia', 'KHM']]);
    expect(codes('A bomb damaged an Iraqi police station.', '2004-05-01')).toEqual([]);
  });

  it('keeps the police that hold, raid or drive', () => {
    expect(codes('He died in Israeli police custody.', '1999-01-01')).toEqual([['Israeli police', 'ISRCOP']]);
    expect(codes('Kenyan police officers searched the site.', '1998-08-10')).toEqual([
      ['Kenyan police officers', 'KENCOP'],
    ]);
  });
});

describe('"he" and "she" as chains', () => {
  it('goes on with the person "she" stood for in the sentence before, not the man named last', () => {
    const text =
      'Secretary of State Condoleezza Rice arrived in Nairobi on Monday. She was to meet President Mwai Kibaki later. ' +
      'At the embassy, she laid a wreath.';
    const shes = actorsOf(text, '2006-02-20').filter((a) => a.text.toLowerCase() === 'she');
    expect(shes.map((a) => a.code)).toEqual(['USAGOV', 'USAGOV']);
  });

  it('never reads "she" as a person "he" stood for', () => {
    const text = 'President Hosni Mubarak said he would attend. The summit opened on Tuesday, and she spoke first.';
    expect(actorsOf(text, '2000-10-16').filter((a) => a.text === 'she')).toEqual([]);
  });

  it('still takes the latest person named in the sentence itself', () => {
    const text =
      'President Clinton said he would travel on Monday. Prime Minister Tony Blair arrived on Tuesday, and he met the press.';
    expect(codes(text, '1998-02-05').slice(-1)).toEqual([['he', 'GBRGOV']]);
  });
});
