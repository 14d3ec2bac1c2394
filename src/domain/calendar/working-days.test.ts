import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../shared/iso-date.ts';
import {
  danishPublicHolidays,
  isoWeekday,
  isWorkingDay,
  nonWorkingReason,
  workingDaysBetween,
} from './working-days.ts';

describe('Danish public holidays', () => {
  it.each([
    ['2027-01-01', 'helligdag (Nytårsdag)'],
    ['2027-03-25', 'helligdag (Skærtorsdag)'],
    ['2027-03-26', 'helligdag (Langfredag)'],
    ['2027-03-29', 'helligdag (Anden påskedag)'],
    ['2027-05-06', 'helligdag (Kristi Himmelfartsdag)'],
    ['2027-05-17', 'helligdag (Anden Pinsedag)'],
    ['2027-12-25', 'lørdag'],
    ['2027-12-26', 'søndag'],
    ['2026-12-25', 'helligdag (Juledag)'],
    ['2026-12-26', 'lørdag'],
    ['2025-12-26', 'helligdag (Anden Juledag)'],
    ['2023-05-05', 'helligdag (Store Bededag)'],
  ])('%s is not a working day: %s', (date, reason) => {
    expect(nonWorkingReason(date)).toBe(reason);
  });

  it('knows Store Bededag is abolished from 2024 (the fourth Friday after Easter is a working day)', () => {
    expect(isWorkingDay('2024-04-26')).toBe(true);
    expect(isWorkingDay('2025-05-16')).toBe(true);
    expect(isWorkingDay('2027-04-23')).toBe(true);
    for (const year of [2024, 2025, 2026, 2027, 2030]) {
      expect([...danishPublicHolidays(year).values()]).not.toContain('Store Bededag');
    }
    expect([...danishPublicHolidays(2023).values()]).toContain('Store Bededag');
  });

  it('keeps observances as working days by law: Grundlovsdag, 1. maj, Fastelavn', () => {
    expect(isWorkingDay('2027-06-04')).toBe(true); // a Friday; Grundlovsdag 2026 is a Friday too
    expect(isWorkingDay('2026-06-05')).toBe(true);
    expect(isWorkingDay('2026-05-01')).toBe(true);
  });

  it('closes 24 and 31 December in practice, unless told otherwise', () => {
    expect(nonWorkingReason('2027-12-24')).toBe('lukkedag');
    expect(nonWorkingReason('2027-12-31')).toBe('lukkedag');
    expect(isWorkingDay('2027-12-24', { closedEveryYear: [] })).toBe(true);
    expect(isWorkingDay('2027-10-15', { closedDates: ['2027-10-15'] })).toBe(false);
  });

  it('lists the 10 Danish public holidays of 2027, without observances and without Store Bededag', () => {
    expect([...danishPublicHolidays(2027).keys()]).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });
});

describe('working days', () => {
  it('numbers weekdays Monday = 1 … Sunday = 7', () => {
    expect(isoWeekday('2027-10-11')).toBe(1);
    expect(isoWeekday('2027-10-17')).toBe(7);
  });

  it('never counts a weekend or a public holiday as a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 0, max: 365 }), (year, n) => {
        const date = addDays(isoDate(year, 1, 1), n);
        const holidays = danishPublicHolidays(Number(date.slice(0, 4)));
        if (isoWeekday(date) >= 6 || holidays.has(date)) expect(isWorkingDay(date)).toBe(false);
        else if (!['12-24', '12-31'].includes(date.slice(5))) expect(isWorkingDay(date)).toBe(true);
      }),
    );
  });

  it('counts the working days of September–December 2027: 22 + 21 + 22 + 21', () => {
    expect(workingDaysBetween('2027-09-01', '2027-09-30')).toHaveLength(22);
    expect(workingDaysBetween('2027-10-01', '2027-10-31')).toHaveLength(21);
    expect(workingDaysBetween('2027-11-01', '2027-11-30')).toHaveLength(22);
    expect(workingDaysBetween('2027-12-01', '2027-12-31')).toHaveLength(21);
  });
});
