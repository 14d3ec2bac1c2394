/**
 * Calendar invitations: one .ics per participant with an e-mail address (RFC 5546 iTIP,
 * METHOD:REQUEST for an invitation or update, METHOD:CANCEL with the same UID for a
 * cancellation), stored as sent and queued as an e-mail in the outbox. The outbox page is the
 * delivery until SMTP is configured.
 *
 * The UID domain is CALENDAR_UID_DOMAIN, else the host of the public URL (PUBLIC_URL), so a
 * meeting keeps one UID per installation.
 */
import { invitationIcs } from '../../domain/calendar/index.ts';
import type { Meeting, Participant } from '../../domain/meetings/index.ts';
import { danishDate } from '../../domain/shared/iso-date.ts';
import type { Store } from '../ports.ts';
import type { StoredInvitation } from './meeting-store.ts';

export function uidDomainOf(linkBase: string): string {
  try {
    return new URL(linkBase).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

export function meetingUrl(linkBase: string, meeting: Pick<Meeting, 'id'>): string {
  return `${linkBase.replace(/\/$/, '')}/moeder/${encodeURIComponent(meeting.id)}`;
}

const SUBJECT_PREFIX = {
  invite: 'Indkaldelse',
  update: 'Mødet er flyttet',
  cancel: 'Mødet er aflyst',
} as const;

export async function sendInvitations(
  s: Store,
  meeting: Meeting,
  options: {
    kind: keyof typeof SUBJECT_PREFIX;
    linkBase: string;
    /** CALENDAR_UID_DOMAIN; default the link base's host. */
    uidDomain?: string | undefined;
    now: Date;
    /** Only these participants (e.g. an official added later); default every participant. */
    only?: readonly Participant[];
  },
): Promise<StoredInvitation[]> {
  const municipality = await s.registry.getMunicipality(meeting.municipality);
  const uidDomain = options.uidDomain ?? uidDomainOf(options.linkBase);
  const organizer = {
    name: `${municipality?.name ?? 'Kommunen'}, ${municipality?.supervisingUnit ?? 'forvaltningen'}`,
    email: `styringsdialog@${uidDomain}`,
  };
  const url = meetingUrl(options.linkBase, meeting);
  const method = options.kind === 'cancel' ? 'CANCEL' : 'REQUEST';
  const when = meeting.date
    ? `${danishDate(meeting.date)}${meeting.startTime ? ` kl. ${meeting.startTime}` : ''}`
    : '';
  const subject = `${SUBJECT_PREFIX[options.kind]}: ${meeting.title}${when ? `, ${when}` : ''}`;
  const sent: StoredInvitation[] = [];
  for (const p of options.only ?? meeting.participants) {
    if (!p.email) continue;
    const ics = invitationIcs({
      meeting,
      attendee: { name: p.name, email: p.email },
      organizer,
      method,
      url,
      now: options.now,
      uidDomain,
    });
    const invitation = await s.meetings.insertInvitation({
      municipality: meeting.municipality,
      meetingId: meeting.id,
      toAddress: p.email,
      toName: p.name,
      method,
      sequence: meeting.sequence,
      subject,
      ics,
    });
    await s.outbox.enqueue({
      to: p.email,
      subject,
      kind: 'meetingInvitation',
      text: [
        `Kære ${p.name}`,
        '',
        `${subject}.`,
        meeting.location ? `Sted: ${meeting.location}` : '',
        '',
        `Se mødet og dagsordenen: ${url}`,
        'Kalenderinvitationen (.ics) er vedhæftet.',
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n'),
      createdAt: options.now,
    });
    sent.push(invitation);
  }
  return sent;
}
