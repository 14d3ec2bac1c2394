/**
 * The VTIMEZONE for Europe/Copenhagen (RFC 5545 §3.6.5), so calendar clients read
 * `DTSTART;TZID=Europe/Copenhagen:…` the same way whatever their own zone database says.
 *
 * Written by hand instead of adding `@touch4it/ical-timezones`: we need one zone, and Denmark
 * follows the EU summer-time rule (Directive 2000/84/EC, in force since 1996): CEST (+02:00) from
 * 01:00 UTC on the last Sunday of March — 02:00 local — to 01:00 UTC on the last Sunday of
 * October — 03:00 local. copenhagen-vtimezone.test.ts checks these rules against luxon's zone
 * data (the ICU tz database) day by day, so a change in the rules fails a test instead of
 * silently shifting meetings.
 */
export const COPENHAGEN_ZONE = 'Europe/Copenhagen';

export const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${COPENHAGEN_ZONE}`,
  `X-LIC-LOCATION:${COPENHAGEN_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The generator ical-generator calls per TZID; only Copenhagen is known (the product's only zone). */
export function vtimezoneFor(zone: string): string | null {
  return zone === COPENHAGEN_ZONE ? COPENHAGEN_VTIMEZONE : null;
}
