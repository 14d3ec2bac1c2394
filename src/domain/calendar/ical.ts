/**
 * iCalendar files for meetings (RFC 5545, scheduling per RFC 5546): the invitation sent to each
 * participant (METHOD:REQUEST), its cancellation (METHOD:CANCEL), and a subscribable feed of a
 * user's meetings (METHOD:PUBLISH).
 *
 * Rules that are easy to break:
 * - UID = `meeting-<meeting id>@<uidDomain>`: the same for every update, the cancellation and the
 *   feed, so calendars update the one event instead of adding another (RFC 5545 §3.8.4.7). It
 *   never contains the URL, the title or the date, which change. The domain is configuration
 *   (e.g. the installation's host name), passed in — never taken from the request.
 * - SEQUENCE = meeting.sequence, raised by the lifecycle on reschedule and cancel (RFC 5546 §2.1.4);
 *   a client ignores a REQUEST whose SEQUENCE is not higher than the one it has.
 * - Times are Danish wall-clock times: luxon DateTimes in Europe/Copenhagen, written as
 *   `DTSTART;TZID=Europe/Copenhagen:…` with a VTIMEZONE. ical-generator writes the HOST's wall
 *   time for a plain Date with a TZID (stack-notes.md) — wrong on a UTC server — so no plain Date
 *   reaches it. DTSTAMP is UTC (`Z`), as RFC 5545 §3.8.7.2 requires: the calendar itself gets no
 *   zone name, only the VTIMEZONE generator, because ical-generator formats DTSTAMP in the
 *   calendar's zone.
 * - An invitation names only its own attendee and the organizer: participants' e-mail addresses
 *   are not handed to every other participant (the description lists names only).
 * - Names go into a parameter, `CN="…"`, where RFC 5545 §3.2 allows no DQUOTE, no control
 *   character and no escape at all (`\"` is not an escaped quote: it ends the value). So names are
 *   cleaned first (`calendarParameterText`); ical-generator's own escaping then has nothing to do.
 *
 * Pure: `now` is passed in; no I/O.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import type { Meeting } from '../meetings/types.ts';
import { COPENHAGEN_VTIMEZONE, COPENHAGEN_ZONE, vtimezoneFor } from './copenhagen-vtimezone.ts';

/** [practice] a dialogue meeting takes about two hours; used when no end time is set. */
export const DEFAULT_MEETING_MINUTES = 120;

const PRODUCT = { company: 'Styringsdialog', product: 'Styringsdialog', language: 'DA' };
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

export interface CalendarPerson {
  name: string;
  email: string;
}

/** The stable UID of a meeting's event. @throws RangeError on a domain that is not a host name. */
export function meetingUid(meetingId: string, uidDomain: string): string {
  if (!HOST_NAME.test(uidDomain)) throw new RangeError(`Ugyldigt domæne til kalender-UID: "${uidDomain}"`);
  // Encoded: UID is written verbatim, and an id with ",", ";" or a line break would break the line.
  return `meeting-${encodeURIComponent(meetingId)}@${uidDomain.toLowerCase()}`;
}

/**
 * A name made safe as an RFC 5545 §3.2 quoted parameter value (quoted-string = DQUOTE *QSAFE-CHAR
 * DQUOTE; QSAFE-CHAR excludes DQUOTE and the control characters). Cleaning, documented because the
 * calendar shows the cleaned name: `"` becomes `'`; tab, CR and LF become a space; other control
 * characters are dropped; `\` becomes `/` (ical-generator would double it, and inside quotes a
 * backslash is no escape, so the reader would see two); `^` becomes `ˆ` (RFC 6868 makes `^`
 * an escape character in parameter values for parsers that implement it — ical.js does, node-ical
 * does not); `;` becomes `,` (allowed inside quotes, but node-ical splits parameters on it
 * regardless); runs of spaces collapse to one; the ends are trimmed. Everything else (æøå, `,`,
 * `:`, emoji) is kept.
 */
export function calendarParameterText(name: string): string {
  return (
    name
      .replace(/[\t\r\n]/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: RFC 5545 CONTROL characters are removed
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replaceAll('"', "'")
      .replaceAll('\\', '/')
      .replaceAll('^', 'ˆ')
      .replaceAll(';', ',')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** The CN of a person: the cleaned name, or the e-mail address when nothing of the name is left. */
function commonName(person: CalendarPerson): string {
  return calendarParameterText(person.name) || person.email;
}

interface EventTimes {
  start: DateTime;
  end: DateTime;
  allDay: boolean;
}

function eventTimes(meeting: Meeting): EventTimes | null {
  if (meeting.date === null) return null;
  if (meeting.startTime === null) {
    const day = DateTime.fromISO(meeting.date, { zone: COPENHAGEN_ZONE });
    return { start: day, end: day.plus({ days: 1 }), allDay: true };
  }
  const start = DateTime.fromISO(`${meeting.date}T${meeting.startTime}`, { zone: COPENHAGEN_ZONE });
  const end =
    meeting.endTime !== null && meeting.endTime > meeting.startTime
      ? DateTime.fromISO(`${meeting.date}T${meeting.endTime}`, { zone: COPENHAGEN_ZONE })
      : start.plus({ minutes: DEFAULT_MEETING_MINUTES });
  if (!start.isValid || !end.isValid) return null;
  return { start, end, allDay: false };
}

function description(meeting: Meeting, url: string, cancelled: boolean): string {
  const lines: string[] = [];
  if (cancelled) {
    lines.push(
      meeting.cancellation
        ? `Mødet er aflyst: ${meeting.cancellation.reason}`
        : 'Du er ikke længere inviteret til mødet.',
      '',
    );
  }
  const agenda = meeting.sentAgenda ?? meeting.agenda;
  if (agenda.length > 0) {
    lines.push('Dagsorden:', ...agenda.map((item, i) => `${i + 1}. ${item.title}`), '');
  }
  lines.push(`Se mødet i Styringsdialog: ${url}`);
  return lines.join('\n');
}

function baseEvent(
  meeting: Meeting,
  times: EventTimes,
  url: string,
  uidDomain: string,
  now: Date,
): ICalEventData {
  return {
    id: meetingUid(meeting.id, uidDomain),
    sequence: meeting.sequence,
    stamp: DateTime.fromJSDate(now, { zone: 'utc' }),
    start: times.start,
    end: times.end,
    allDay: times.allDay,
    ...(times.allDay ? {} : { timezone: COPENHAGEN_ZONE }),
    summary: meeting.title,
    location: meeting.location === '' ? null : meeting.location,
    url,
  };
}

function newCalendar(method: ICalCalendarMethod, name?: string) {
  const calendar = ical({ prodId: PRODUCT, method, ...(name ? { name } : {}) });
  // A generator but no zone NAME on the calendar: see the module comment (DTSTAMP stays UTC).
  calendar.timezone({ name: null, generator: vtimezoneFor });
  return calendar;
}

/** RFC 5545 §3.1: every content line ends with CRLF, the last one too. */
function withFinalNewline(text: string): string {
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

export interface InvitationInput {
  meeting: Meeting;
  attendee: CalendarPerson;
  organizer: CalendarPerson;
  /**
   * REQUEST: invitation or update. CANCEL: the meeting is cancelled — or, for a meeting that is
   * not, this attendee is no longer invited (RFC 5546 §3.2.5).
   */
  method: 'REQUEST' | 'CANCEL';
  /** The meeting's page in the system, linked from the event. */
  url: string;
  /** DTSTAMP: when the file is made. */
  now: Date;
  /** Host name that makes the UID globally unique, e.g. "styringsdialog.norddjurs.dk". */
  uidDomain: string;
}

/**
 * The .ics for one attendee.
 * @throws RangeError when the meeting has no date and time yet (the lifecycle's `invite` refuses
 *   such meetings first), or a REQUEST for a cancelled meeting.
 */
export function invitationIcs(input: InvitationInput): string {
  const { meeting, attendee, organizer, method, url, now, uidDomain } = input;
  const times = eventTimes(meeting);
  if (times === null || times.allDay) {
    throw new RangeError('Der kan ikke laves en kalenderinvitation til et møde uden dato og tidspunkt');
  }
  if (method === 'REQUEST' && meeting.status === 'cancelled') {
    throw new RangeError('Mødet er aflyst; send en aflysning (CANCEL) i stedet for en invitation');
  }
  const cancel = method === 'CANCEL';
  const calendar = newCalendar(cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  calendar.createEvent({
    ...baseEvent(meeting, times, url, uidDomain, now),
    description: description(meeting, url, cancel),
    // RFC 5546 §3.2.5: a CANCEL carries STATUS:CANCELLED with the same UID.
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: commonName(organizer), email: organizer.email },
    attendees: [
      {
        name: commonName(attendee),
        email: attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: !cancel,
      },
    ],
  });
  return withFinalNewline(calendar.toString());
}

export interface CalendarFeedOptions {
  /** Shown as the calendar's name, e.g. "Styringsdialog – Anna Jensen". */
  name: string;
  uidDomain: string;
  now: Date;
  /** The meeting's page, linked from each event. */
  urlFor: (meeting: Meeting) => string;
  /** How often clients should refresh, in seconds; default one hour. */
  refreshSeconds?: number;
}

/**
 * A subscribable feed (METHOD:PUBLISH) of the given meetings — the caller picks the user's.
 * Cancelled meetings and meetings without a date are left out (an event that disappears from a
 * feed disappears from the subscriber's calendar). Meetings without a start time are all-day
 * events. No attendees or e-mail addresses: a feed URL is easily shared.
 */
export function calendarFeedIcs(meetings: readonly Meeting[], options: CalendarFeedOptions): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, options.name);
  calendar.ttl(options.refreshSeconds ?? 3600);
  const sorted = [...meetings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let events = 0;
  for (const meeting of sorted) {
    if (meeting.status === 'cancelled') continue;
    const times = eventTimes(meeting);
    if (times === null) continue;
    const url = options.urlFor(meeting);
    calendar.createEvent({
      ...baseEvent(meeting, times, url, options.uidDomain, options.now),
      description: description(meeting, url, false),
      status: ICalEventStatus.CONFIRMED,
    });
    events++;
  }
  const text = withFinalNewline(calendar.toString());
  // RFC 5545 § 3.4: a VCALENDAR holds at least one component. With no events ical-generator
  // writes none, so the feed carries the product's one time zone (what its events would use).
  return events > 0
    ? text
    : text.replace(/END:VCALENDAR\r\n$/, `${COPENHAGEN_VTIMEZONE}\r\nEND:VCALENDAR\r\n`);
}
