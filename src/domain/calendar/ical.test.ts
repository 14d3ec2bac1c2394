import ical from 'ical-generator';
import { afterEach, describe, expect, it } from 'vitest';
import { transition } from '../meetings/lifecycle.ts';
import { ANNA, aMeeting, BO } from '../meetings/test-meetings.ts';
import type { Meeting } from '../meetings/types.ts';
import { calendarFeedIcs, invitationIcs, meetingUid } from './ical.ts';

const DOMAIN = 'styringsdialog.norddjurs.dk';
const NOW = new Date('2027-10-01T08:30:00Z');
const URL = 'https://styringsdialog.norddjurs.dk/moeder/m-1';
const ORGANIZER = { name: 'Norddjurs Kommune, Boligtilsyn', email: 'boligtilsyn@norddjurs.dk' };

interface Property {
  name: string;
  params: string;
  value: string;
}

/** RFC 5545 §3.1: unfold (CRLF + one space or tab), then split into name;params:value. */
function parse(ics: string): Property[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      // The value starts after the first ":" that is not inside a quoted parameter.
      let quoted = false;
      let i = 0;
      for (; i < line.length; i++) {
        if (line[i] === '"') quoted = !quoted;
        if (line[i] === ':' && !quoted) break;
      }
      const head = line.slice(0, i);
      const semi = head.indexOf(';');
      return {
        name: semi === -1 ? head : head.slice(0, semi),
        params: semi === -1 ? '' : head.slice(semi + 1),
        value: line.slice(i + 1),
      };
    });
}

/** The properties of the single VEVENT, by name. */
function event(ics: string): Map<string, Property[]> {
  const props = parse(ics);
  const start = props.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
  const end = props.findIndex((p) => p.name === 'END' && p.value === 'VEVENT');
  const out = new Map<string, Property[]>();
  for (const p of props.slice(start + 1, end)) out.set(p.name, [...(out.get(p.name) ?? []), p]);
  return out;
}

const one = (e: Map<string, Property[]>, name: string) => {
  const values = e.get(name) ?? [];
  expect(values, name).toHaveLength(1);
  return values[0]!;
};

function invitation(meeting: Meeting, method: 'REQUEST' | 'CANCEL' = 'REQUEST'): string {
  return invitationIcs({
    meeting,
    attendee: { name: BO.name, email: BO.email! },
    organizer: ORGANIZER,
    method,
    url: URL,
    now: NOW,
    uidDomain: DOMAIN,
  });
}

function ok(result: ReturnType<typeof transition>): Meeting {
  if (!result.ok) throw new Error(result.message);
  return result.meeting;
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('invitationIcs: a REQUEST', () => {
  const ics = invitation(aMeeting());
  const e = event(ics);

  it('is a REQUEST with a stable UID, SEQUENCE 0 and the meeting link', () => {
    expect(
      parse(ics)
        .filter((p) => p.name === 'METHOD')
        .map((p) => p.value),
    ).toEqual(['REQUEST']);
    expect(one(e, 'UID').value).toBe('meeting-m-1@styringsdialog.norddjurs.dk');
    expect(one(e, 'SEQUENCE').value).toBe('0');
    expect(one(e, 'URL').value).toBe(URL);
    expect(one(e, 'STATUS').value).toBe('CONFIRMED');
    expect(one(e, 'SUMMARY').value).toBe('Styringsdialogmøde med Boligselskabet Djursland');
    expect(one(e, 'LOCATION').value).toBe('Rådhuset\\, Grenaa');
  });

  it('writes a 10:00 meeting as 10:00 Copenhagen time, with a VTIMEZONE, and DTSTAMP in UTC', () => {
    expect(one(e, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: 'TZID=Europe/Copenhagen',
      value: '20271012T100000',
    });
    expect(one(e, 'DTEND')).toEqual({
      name: 'DTEND',
      params: 'TZID=Europe/Copenhagen',
      value: '20271012T120000',
    });
    expect(one(e, 'DTSTAMP').value).toBe('20271001T083000Z');
    const props = parse(ics);
    expect(props.some((p) => p.name === 'BEGIN' && p.value === 'VTIMEZONE')).toBe(true);
    expect(props.filter((p) => p.name === 'TZID').map((p) => p.value)).toEqual(['Europe/Copenhagen']);
  });

  it('names only its own attendee and the organizer — no other participant’s e-mail', () => {
    expect(one(e, 'ATTENDEE').value.toLowerCase()).toBe('mailto:bo@djursland-bolig.dk');
    expect(one(e, 'ATTENDEE').params).toContain('RSVP=TRUE');
    expect(one(e, 'ORGANIZER').value.toLowerCase()).toBe('mailto:boligtilsyn@norddjurs.dk');
    expect(ics).not.toContain(ANNA.email!);
  });

  it('lists the agenda as sent and links back in the description', () => {
    const description = one(e, 'DESCRIPTION').value;
    expect(description).toContain('Dagsorden:\\n1. Opfølgning på sidste års aftaler\\n2. Eventuelt');
    expect(description).toContain(URL);
  });

  it('folds lines at 75 octets and ends every line, the last too, with CRLF', () => {
    const title = `Styringsdialogmøde ${'æøå '.repeat(40)}slut`;
    const long = invitation(aMeeting({ title }));
    expect(long.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of long.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(one(event(long), 'SUMMARY').value).toBe(title);
  });
});

describe('invitationIcs: independent of the server’s time zone', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Copenhagen'])(
    'gives byte-identical output with TZ=%s',
    (tz) => {
      process.env.TZ = 'Europe/Copenhagen';
      const reference = invitation(aMeeting());
      process.env.TZ = tz;
      // The switch took effect (so the test could fail): the host offset in October is the zone's.
      const expectedOffset = {
        UTC: 0,
        'America/New_York': 240,
        'Asia/Tokyo': -540,
        'Europe/Copenhagen': -120,
      }[tz];
      expect(new Date('2027-10-12T10:00:00Z').getTimezoneOffset()).toBe(expectedOffset);
      const ics = invitation(aMeeting());
      expect(ics).toBe(reference);
      expect(one(event(ics), 'DTSTART').value).toBe('20271012T100000');
    },
  );

  it('keeps winter and summer meetings at their wall time (CET and CEST)', () => {
    process.env.TZ = 'UTC';
    expect(one(event(invitation(aMeeting({ date: '2027-12-14' }))), 'DTSTART').value).toBe('20271214T100000');
    expect(one(event(invitation(aMeeting({ date: '2027-06-15' }))), 'DTSTART').value).toBe('20270615T100000');
  });

  it('documents the pitfall it avoids: a plain Date with a TZID is written in the host’s wall time', () => {
    process.env.TZ = 'UTC';
    const calendar = ical();
    // 10:00 in Copenhagen (CEST) is 08:00 UTC; the library writes the host's 08:00 as if Danish.
    calendar.createEvent({
      start: new Date('2027-10-12T08:00:00Z'),
      timezone: 'Europe/Copenhagen',
      summary: 'x',
    });
    expect(calendar.toString()).toContain('DTSTART;TZID=Europe/Copenhagen:20271012T080000');
  });
});

describe('invitationIcs: updates and cancellation', () => {
  const invited = ok(transition(aMeeting(), { type: 'invite' }, { today: '2027-10-01', now: 'x' }));

  it('raises SEQUENCE and keeps the UID when the time changes', () => {
    const moved = ok(
      transition(
        invited,
        { type: 'reschedule', date: '2027-10-14', startTime: '13:00', endTime: '15:00' },
        { today: '2027-10-01', now: 'x' },
      ),
    );
    const before = event(invitation(invited));
    const after = event(invitation(moved));
    expect(one(after, 'UID').value).toBe(one(before, 'UID').value);
    expect(Number(one(after, 'SEQUENCE').value)).toBe(Number(one(before, 'SEQUENCE').value) + 1);
    expect(one(after, 'DTSTART').value).toBe('20271014T130000');
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher SEQUENCE', () => {
    const cancelled = ok(
      transition(invited, { type: 'cancel', reason: 'Direktøren er syg' }, { today: '2027-10-05', now: 'x' }),
    );
    const ics = invitation(cancelled, 'CANCEL');
    const e = event(ics);
    expect(
      parse(ics)
        .filter((p) => p.name === 'METHOD')
        .map((p) => p.value),
    ).toEqual(['CANCEL']);
    expect(one(e, 'STATUS').value).toBe('CANCELLED');
    expect(one(e, 'UID').value).toBe(one(event(invitation(invited)), 'UID').value);
    expect(one(e, 'SEQUENCE').value).toBe('1');
    expect(one(e, 'DESCRIPTION').value).toContain('Mødet er aflyst: Direktøren er syg');
  });

  it('refuses a REQUEST for a cancelled meeting and an invitation without date or time', () => {
    const cancelled = ok(
      transition(invited, { type: 'cancel', reason: 'Syg' }, { today: '2027-10-05', now: 'x' }),
    );
    expect(() => invitation(cancelled)).toThrow(/aflyst/);
    expect(() => invitation(aMeeting({ date: null }))).toThrow(RangeError);
    expect(() => invitation(aMeeting({ startTime: null }))).toThrow(RangeError);
  });
});

describe('meetingUid', () => {
  it('is derived from the meeting id and the domain only, encoding unsafe characters', () => {
    expect(meetingUid('m-1', 'Styringsdialog.Norddjurs.dk')).toBe('meeting-m-1@styringsdialog.norddjurs.dk');
    expect(meetingUid('a,b;c\nd', DOMAIN)).toBe('meeting-a%2Cb%3Bc%0Ad@styringsdialog.norddjurs.dk');
    expect(() => meetingUid('m-1', 'https://x.dk/')).toThrow(RangeError);
  });
});

describe('calendarFeedIcs', () => {
  const meetings: Meeting[] = [
    aMeeting(),
    aMeeting({ id: 'm-2', date: '2027-11-03', startTime: null, endTime: null, title: 'Temamøde' }),
    aMeeting({ id: 'm-3', status: 'cancelled', title: 'Aflyst' }),
    aMeeting({ id: 'm-4', date: null, title: 'Uden dato' }),
  ];
  const ics = calendarFeedIcs(meetings, {
    name: 'Styringsdialog – Anna Jensen',
    uidDomain: DOMAIN,
    now: NOW,
    urlFor: (m) => `https://styringsdialog.norddjurs.dk/moeder/${m.id}`,
  });
  const props = parse(ics);

  it('publishes the dated, not cancelled meetings under their invitation UIDs', () => {
    expect(props.filter((p) => p.name === 'METHOD').map((p) => p.value)).toEqual(['PUBLISH']);
    expect(props.filter((p) => p.name === 'UID').map((p) => p.value)).toEqual([
      'meeting-m-1@styringsdialog.norddjurs.dk',
      'meeting-m-2@styringsdialog.norddjurs.dk',
    ]);
    expect(props.find((p) => p.name === 'X-WR-CALNAME')?.value).toBe('Styringsdialog – Anna Jensen');
    expect(props.some((p) => p.name === 'REFRESH-INTERVAL')).toBe(true);
  });

  it('makes a meeting without a start time an all-day event', () => {
    // The VTIMEZONE's own DTSTARTs (its rules) have no parameters.
    const starts = props.filter((p) => p.name === 'DTSTART' && p.params !== '');
    expect(starts).toEqual([
      { name: 'DTSTART', params: 'TZID=Europe/Copenhagen', value: '20271012T100000' },
      { name: 'DTSTART', params: 'VALUE=DATE', value: '20271103' },
    ]);
  });

  it('contains no attendees, organizer or e-mail addresses', () => {
    expect(props.some((p) => p.name === 'ATTENDEE' || p.name === 'ORGANIZER')).toBe(false);
    expect(ics).not.toMatch(/mailto:/i);
    expect(ics).not.toContain('@norddjurs.dk');
  });
});

describe('an empty calendar feed', () => {
  it('still holds one component (RFC 5545 § 3.4), the VTIMEZONE, and parses with ical.js and node-ical', async () => {
    const ics = calendarFeedIcs([], {
      name: 'Styringsdialog – tom',
      uidDomain: 'styringsdialog.norddjurs.demo',
      now: new Date('2026-12-02T10:00:00Z'),
      urlFor: () => 'https://x',
    });
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).not.toContain('BEGIN:VEVENT');
    expect(ics.endsWith('END:VTIMEZONE\r\nEND:VCALENDAR\r\n')).toBe(true);
    const { default: ICAL } = await import('ical.js');
    const root = new ICAL.Component(ICAL.parse(ics));
    expect(root.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone']);
    const { default: nodeIcal } = await import('node-ical');
    const parsed = Object.values(nodeIcal.sync.parseICS(ics)).map((c) => c?.type);
    expect(parsed).toContain('VTIMEZONE');
  });
});
