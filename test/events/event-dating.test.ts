import { describe, expect, it } from 'vitest';
import { codedEvents } from '../helpers/domain.js';

// 2025-07-04 is a Friday.
const FRIDAY = '2025-07-04';

describe('an event dated by its own time expression', () => {
  it('gives a range its start and its end, and keeps it out of the news of today', () => {
    const [event] = codedEvents('Japan occupied Korea in 1910-1945.', FRIDAY);
    expect(event?.date).toMatchObject({ value: '1910', end: '1945', source: 'text' });
    expect(event?.history).toBe(true);
  });

  it('does not take the year in a name ("the 1965 treaty") as the date of the clause', () => {
    const [event] = codedEvents('South Korea criticized Japan over the 1965 treaty on Monday.', FRIDAY);
    expect(event?.date.value).toBe('2025-06-30');
    const [undated] = codedEvents('South Korea criticized Japan over the 1965 treaty.', FRIDAY);
    expect(undated?.date.value.startsWith('1965')).toBe(false);
    expect(undated?.history).toBe(false);
  });

  it('never dates an event by a duration', () => {
    const [event] = codedEvents('South Korea criticized Japan for 30 days.', FRIDAY);
    expect(event?.date.source).toBe('publication');
  });
});

describe('the present of a schedule', () => {
  it('dates "meets … Monday" by the coming Monday and reads it as planned', () => {
    const [event] = codedEvents('The Kenyan foreign minister meets separately Monday with Ugandan officials.', FRIDAY);
    expect(event).toMatchObject({ cameo: '040', modality: 'planned', date: { value: '2025-07-07' } });
    // The past tense keeps the Monday gone by, as it happened.
    const [past] = codedEvents('The Kenyan foreign minister met Monday with Ugandan officials.', FRIDAY);
    expect(past).toMatchObject({ modality: 'asserted', date: { value: '2025-06-30' } });
  });
});

describe('a date written onto a noun', () => {
  it('dates the thing named, not the act that names it', () => {
    const [event] = codedEvents(
      'In a June 30 call, the Kenyan and Ugandan foreign ministers discussed the June 12 and June 20 border clashes.',
      FRIDAY,
    );
    expect(event).toMatchObject({ cameo: '040', date: { value: '2025-06-30' } });
    const [summit] = codedEvents('Kenya discussed the June summit with Uganda on Wednesday.', FRIDAY);
    expect(summit?.date.value).toBe('2025-07-02');
  });

  it('still dates an act by a thing a phrase of time or place names', () => {
    const [talks] = codedEvents('Kenya met Uganda at the June 12 summit.', FRIDAY);
    expect(talks?.date.value).toBe('2025-06-12');
  });
});

describe('a day told in local time', () => {
  it('may be the day after a dateline that lies a time zone behind', () => {
    const [launch] = codedEvents('Kenya test-fired a ballistic missile early Saturday, local time.', FRIDAY);
    expect(launch?.date.value).toBe('2025-07-05');
    // Without "local time", a past Saturday is the one before.
    const [before] = codedEvents('Kenya test-fired a ballistic missile early Saturday.', FRIDAY);
    expect(before?.date.value).toBe('2025-06-28');
  });
});

describe('an act named again', () => {
  it('keeps the date it was told with, not the day of the statement that names it again', () => {
    const text =
      'The following statement was released by the Government of Kenya.\n\n' +
      'Kenya strongly condemns the launch of a ballistic missile by Somalia on 20 June 2025. ' +
      "Somalia's launch of this missile threatened civil aviation in the region.";
    const launches = codedEvents(text, FRIDAY).filter((e) => e.cameo.startsWith('15'));
    expect(launches.map((e) => e.date.value)).toEqual(['2025-06-20', '2025-06-20']);
  });
});
