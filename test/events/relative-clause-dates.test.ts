import { describe, expect, it } from 'vitest';
import { codedEvents } from '../helpers/domain.js';

// 2024-03-04 is a Monday.
const MONDAY = '2024-03-04';

describe('a relative clause that only says when dates the event before it', () => {
  it('dates a planned meeting by "which will be on Wednesday"', () => {
    const events = codedEvents(
      'President Macron is expected to hold talks with Chancellor Scholz, which will be on Wednesday.',
      MONDAY,
    );
    const talks = events.find((e) => e.source?.country === 'FRA' && e.target?.country === 'DEU');
    expect(talks?.date).toMatchObject({ value: '2024-03-06', source: 'text' });
  });

  it('dates it by "which is scheduled for Friday"', () => {
    const events = codedEvents('Japan will host a visit by President Yoon, which is scheduled for Friday.', MONDAY);
    expect(events.map((e) => e.date.value)).toContain('2024-03-08');
  });

  it('leaves the date alone when the clause tells something else about its noun', () => {
    const events = codedEvents(
      'Japan and South Korea held talks on Friday. Prime Minister Kishida visited Seoul, which was hit by floods on Sunday.',
      MONDAY,
    );
    const visit = events.find((e) => e.source?.country === 'JPN' && e.target?.country === 'KOR');
    expect(visit).toBeDefined();
    expect(visit?.date.value).not.toBe('2024-03-03');
  });
});

describe('conjoined acts', () => {
  it('each take the time of their own predicate', () => {
    const text =
      'After touring the capital on Thursday and meeting with Ugandan police on Friday morning, the FBI director left.';
    const meeting = codedEvents(text, '1998-08-22').find((e) => e.cameo === '040');
    expect(meeting?.date.value.slice(0, 10)).toBe('1998-08-21');
  });
});
