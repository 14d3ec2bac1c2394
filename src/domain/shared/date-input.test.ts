import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDayMonth, parseDate, parseDayMonth } from './date-input.ts';
import { isoDate } from './iso-date.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : null);
const message = (r: { ok: boolean; message?: string }) => (r.ok ? null : (r.message ?? null));

/** Every calendar date 1900–2199, as an ISO string. */
const anyDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseDate', () => {
  it.each([
    ['30-11-2026', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
    [' 30-11-2026 ', '2026-11-30'],
    ['30.11.2026', '2026-11-30'],
    ['30/11/2026', '2026-11-30'],
    ['1-4-2026', '2026-04-01'],
    ['01-04-2026', '2026-04-01'],
    ['29-02-2024', '2024-02-29'],
    ['29-02-2000', '2000-02-29'],
    ['31-12-1999', '1999-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(value(parseDate(text))).toBe(iso);
  });

  it.each([
    ['31-02-2026', 'Datoen »31-02-2026« findes ikke: februar 2026 har 28 dage. Skriv datoen som dd-mm-åååå'],
    ['29-02-2025', 'februar 2025 har 28 dage'],
    ['29-02-1900', 'februar 1900 har 28 dage'],
    ['31-04-2026', 'april 2026 har 30 dage'],
    ['00-01-2026', 'januar 2026 har 31 dage'],
    ['11-30-2026', 'måned 30 findes ikke (dagen skrives før måneden)'],
    ['2026-02-30', 'februar 2026 har 28 dage'],
    ['2026-13-01', 'måned 13 findes ikke'],
    ['30-11-26', 'årstallet skal have fire cifre'],
    ['30-11-02026', 'årstallet skal have fire cifre'],
    ['30 november 2026', 'kan ikke læses som en dato. Skriv datoen som dd-mm-åååå, fx 30-11-2026'],
    ['i morgen', 'kan ikke læses som en dato'],
    ['2026/11/30', 'kan ikke læses som en dato'],
    ['', 'Datoen mangler. Skriv datoen som dd-mm-åååå'],
  ])('refuses %s with a Danish message naming the format', (text, expected) => {
    const m = message(parseDate(text));
    expect(m).toContain(expected);
    expect(m).toContain('dd-mm-åååå');
  });

  it('names the field in the message', () => {
    expect(message(parseDate('31-02-2026', 'Deadline'))).toMatch(/^Deadline »31-02-2026« findes ikke/);
  });

  it('reads back every date it writes (format → parse round trip)', () => {
    fc.assert(fc.property(anyDate, (iso) => value(parseDate(formatDate(iso))) === iso));
  });

  it('reads every ISO date as itself', () => {
    fc.assert(fc.property(anyDate, (iso) => value(parseDate(iso)) === iso));
  });

  it('never rolls an impossible day over into the next month', () => {
    const impossible = fc
      .tuple(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 29, max: 31 }),
      )
      .filter(([y, m, d]) => new Date(Date.UTC(y, m - 1, d)).getUTCMonth() !== m - 1);
    fc.assert(
      fc.property(impossible, ([y, m, d]) => {
        const text = `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
        const r = parseDate(text);
        return !r.ok && r.message.includes('findes ikke') && r.message.includes('dd-mm-åååå');
      }),
    );
  });

  it('either gives a valid ISO date or a message, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,4}[-./]\d{1,4}[-./]\d{1,5}$/)), (text) => {
        const r = parseDate(text);
        return r.ok
          ? /^\d{4}-\d{2}-\d{2}$/.test(r.value) && formatDate(r.value).length === 10
          : r.message !== '';
      }),
    );
  });
});

describe('formatDate', () => {
  it('writes dd-mm-åååå', () => {
    expect(formatDate('2026-11-30')).toBe('30-11-2026');
    expect(formatDate(isoDate(2026, 4, 1))).toBe('01-04-2026');
  });
});

describe('parseDayMonth', () => {
  it.each([
    ['31-12', '12-31'],
    ['31-03', '03-31'],
    ['30.06', '06-30'],
    ['30/9', '09-30'],
    ['28-02', '02-28'],
    ['31-03-2025', '03-31'], // what Excel makes of 31-03: the year is dropped
    ['12-31', '12-31'], // the month-first form the field used to ask for, read when it cannot be day-first
    ['03-31', '03-31'],
    ['06-10', '10-06'], // both readings possible: the day comes first, as the field says
    ['01-01', '01-01'],
  ])('reads %s as MM-DD %s', (text, monthDay) => {
    expect(value(parseDayMonth(text))).toBe(monthDay);
  });

  it.each([
    ['29-02', 'den 29. februar findes ikke hvert år'],
    ['31-04', 'april har 30 dage'],
    ['32-12', 'findes ikke'],
    ['31-13', 'findes ikke'],
    ['12-31-2025', 'måned 31 findes ikke'],
    ['31 december', 'kan ikke læses'],
    ['', 'mangler'],
  ])('refuses %s', (text, expected) => {
    const m = message(parseDayMonth(text, 'Regnskabsåret slutter'));
    expect(m).toContain(expected);
    expect(m).toContain('dd-mm, fx 31-12');
  });

  it('reads back every day of the year it writes (format → parse round trip)', () => {
    const monthDay = anyDate.map((iso) => iso.slice(5)).filter((md) => md !== '02-29');
    fc.assert(fc.property(monthDay, (md) => value(parseDayMonth(formatDayMonth(md))) === md));
  });
});
