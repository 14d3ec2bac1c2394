import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/working-days.ts';
import { addDays } from '../shared/iso-date.ts';
import { meetingDateWarnings } from './meeting-date-warnings.ts';

describe('warnings about a meeting date', () => {
  it.each([
    ['2027-10-14', null], // a Thursday
    ['2027-10-16', 'lørdag'],
    ['2027-10-17', 'søndag'],
    ['2028-12-25', 'helligdag (Juledag)'],
    ['2027-03-25', 'helligdag (Skærtorsdag)'],
    ['2027-12-24', 'lukkedag'],
    // Store Bededag is no longer a public holiday from 2024 (lov nr. 182 af 28-02-2023).
    ['2024-04-26', null],
  ])('%s → %s', (date, reason) => {
    const warnings = meetingDateWarnings({ date, status: 'planned' });
    if (reason === null) expect(warnings).toEqual([]);
    else {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.severity).toBe('warning');
      expect(warnings[0]?.message).toContain(reason);
      expect(warnings[0]?.message).toContain(`${date.slice(8)}-${date.slice(5, 7)}-${date.slice(0, 4)}`);
    }
  });

  it('warns about a live meeting exactly when the year planner would avoid the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const date = addDays('2024-01-01', offset);
        expect(meetingDateWarnings({ date, status: 'invited' }).length).toBe(isWorkingDay(date) ? 0 : 1);
      }),
    );
  });

  it('is silent for meetings without a date and for held or cancelled ones', () => {
    expect(meetingDateWarnings({ date: null, status: 'planned' })).toEqual([]);
    expect(meetingDateWarnings({ date: '2027-12-25', status: 'held' })).toEqual([]);
    expect(meetingDateWarnings({ date: '2027-12-25', status: 'cancelled' })).toEqual([]);
  });
});
