/**
 * Participant names in iCalendar parameters (CN="…"), RFC 5545 §3.2: a quoted parameter value may
 * not contain DQUOTE or control characters, and there is no escape inside it. Every invitation,
 * whatever the names, must parse in two independent parsers — ical.js (Thunderbird's) and
 * node-ical — and give back the names as `calendarParameterText` cleans them.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { describe, expect, it } from 'vitest';
import { aMeeting } from '../meetings/test-meetings.ts';
import { calendarParameterText, invitationIcs } from './ical.ts';

const NOW = new Date('2027-10-01T08:30:00Z');

function invite(attendee: string, organizer: string): string {
  return invitationIcs({
    meeting: aMeeting(),
    attendee: { name: attendee, email: 'bo@example.dk' },
    organizer: { name: organizer, email: 'boligtilsyn@norddjurs.dk' },
    method: 'REQUEST',
    url: 'https://styringsdialog.norddjurs.dk/moeder/m-1',
    now: NOW,
    uidDomain: 'styringsdialog.norddjurs.dk',
  });
}

/** CN of ATTENDEE and ORGANIZER as ical.js reads them. */
function namesByIcalJs(ics: string): { attendee: unknown; organizer: unknown } {
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return {
    attendee: event.getFirstProperty('attendee')?.getParameter('cn'),
    organizer: event.getFirstProperty('organizer')?.getParameter('cn'),
  };
}

/** CN of ATTENDEE and ORGANIZER as node-ical reads them. */
function namesByNodeIcal(ics: string): { attendee: unknown; organizer: unknown } {
  const parsed = nodeIcal.sync.parseICS(ics);
  const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as
    | { attendee?: { params?: { CN?: unknown } }; organizer?: { params?: { CN?: unknown } } }
    | undefined;
  if (!event) throw new Error('no VEVENT');
  return { attendee: event.attendee?.params?.CN, organizer: event.organizer?.params?.CN };
}

describe('calendarParameterText', () => {
  it.each([
    ['Anna "Bolig" Jensen', "Anna 'Bolig' Jensen"],
    ['Bo\r\nHansen', 'Bo Hansen'],
    ['Tab\there', 'Tab here'],
    ['Nul\u0000byte\u007f', 'Nulbyte'],
    ['Æblegården; Vej, 3: "A"', "Æblegården, Vej, 3: 'A'"],
    ['  spaces  ', 'spaces'],
    ['\\back\\slash', '/back/slash'],
    ['"', "'"],
    ['a^nb^^c', 'aˆnbˆˆc'],
  ])('cleans %j to %j', (raw, clean) => {
    expect(calendarParameterText(raw)).toBe(clean);
  });

  it('never leaves DQUOTE, a control character, a backslash, ^ or ;, and invents nothing', () => {
    const replacements = new Set([' ', "'", '/', 'ˆ', ',']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const clean = calendarParameterText(raw);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters RFC 5545 forbids
        expect(clean).not.toMatch(/["\\^;\u0000-\u001f\u007f]/);
        expect(clean.length).toBeLessThanOrEqual(raw.length);
        for (const ch of clean) expect(raw.includes(ch) || replacements.has(ch)).toBe(true);
        expect(calendarParameterText(clean)).toBe(clean);
      }),
    );
  });
});

describe('invitations with arbitrary participant names', () => {
  it('the probe’s case: a name with a double quote parses in ical.js and node-ical', () => {
    const ics = invite('Anna "Bolig" Jensen', 'Norddjurs "Kommune"');
    expect(ics).not.toContain('\\"');
    expect(namesByIcalJs(ics)).toEqual({ attendee: "Anna 'Bolig' Jensen", organizer: "Norddjurs 'Kommune'" });
    expect(namesByNodeIcal(ics)).toEqual({
      attendee: "Anna 'Bolig' Jensen",
      organizer: "Norddjurs 'Kommune'",
    });
  });

  it('parse in both parsers and give back the cleaned names', () => {
    const name = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
      fc.string({
        unit: fc.constantFrom('"', ';', ',', ':', '\\', '\n', '\r', '\t', ' ', 'æ', 'Ø', 'a', '😀', '^'),
        minLength: 1,
        maxLength: 40,
      }),
    );
    fc.assert(
      fc.property(name, name, (attendee, organizer) => {
        const ics = invite(attendee, organizer);
        const expected = {
          attendee: calendarParameterText(attendee) || 'bo@example.dk',
          organizer: calendarParameterText(organizer) || 'boligtilsyn@norddjurs.dk',
        };
        expect(namesByIcalJs(ics)).toEqual(expected);
        expect(namesByNodeIcal(ics)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
