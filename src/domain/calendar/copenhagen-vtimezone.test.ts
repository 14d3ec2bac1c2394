import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { COPENHAGEN_VTIMEZONE, COPENHAGEN_ZONE, vtimezoneFor } from './copenhagen-vtimezone.ts';

/** The last Sunday of a month, as the VTIMEZONE's RRULE BYDAY=-1SU reads it. */
function lastSunday(year: number, month: number): number {
  const last = DateTime.utc(year, month, 1).endOf('month');
  return last.day - (last.weekday % 7);
}

/** The UTC offset (minutes) the VTIMEZONE gives a Copenhagen wall-clock time. */
function vtimezoneOffset(local: DateTime): number {
  const year = local.year;
  // Wall-clock times compared as such: in UTC, which has no gaps.
  const utc = { zone: 'utc' };
  const springForward = DateTime.fromObject({ year, month: 3, day: lastSunday(year, 3), hour: 2 }, utc);
  const fallBack = DateTime.fromObject({ year, month: 10, day: lastSunday(year, 10), hour: 3 }, utc);
  const wall = DateTime.fromObject(
    { year, month: local.month, day: local.day, hour: local.hour, minute: local.minute },
    utc,
  );
  return wall >= springForward && wall < fallBack ? 120 : 60;
}

describe('the Europe/Copenhagen VTIMEZONE', () => {
  it('agrees with the tz database at 10:00 on every day from 1997 to 2045', () => {
    const mismatches: string[] = [];
    for (
      let d = DateTime.fromObject({ year: 1997, month: 1, day: 1, hour: 10 }, { zone: COPENHAGEN_ZONE });
      d.year <= 2045;
      d = d.plus({ days: 1 })
    ) {
      if (d.offset !== vtimezoneOffset(d)) mismatches.push(d.toISODate() ?? '');
    }
    expect(mismatches).toEqual([]);
  });

  it('switches at 02:00 in March and 03:00 in October, local time', () => {
    for (const year of [2024, 2027, 2031]) {
      const march = lastSunday(year, 3);
      const before = DateTime.fromObject(
        { year, month: 3, day: march, hour: 1, minute: 59 },
        { zone: COPENHAGEN_ZONE },
      );
      expect(before.offset).toBe(60);
      expect(before.plus({ minutes: 1 }).offset).toBe(120);
      const october = lastSunday(year, 10);
      const summerEnd = DateTime.fromObject(
        { year, month: 10, day: october, hour: 0, minute: 59 },
        { zone: 'utc' },
      );
      expect(summerEnd.setZone(COPENHAGEN_ZONE).offset).toBe(120);
      expect(summerEnd.plus({ minutes: 1 }).setZone(COPENHAGEN_ZONE).offset).toBe(60);
    }
  });

  it('is a well-formed component with both rules', () => {
    const lines = COPENHAGEN_VTIMEZONE.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VTIMEZONE');
    expect(lines.at(-1)).toBe('END:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Copenhagen');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(vtimezoneFor('Europe/Copenhagen')).toBe(COPENHAGEN_VTIMEZONE);
    expect(vtimezoneFor('Europe/Berlin')).toBeNull();
  });
});
