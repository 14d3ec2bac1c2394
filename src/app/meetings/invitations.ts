/**
 * Calendar invitations by e-mail (issue 13, point 1): one message per participant with an
 * e-mail address, queued through `enqueueMail` in the use case's transaction. Each carries the
 * iTIP part (RFC 5546/6047: `text/calendar; method=REQUEST`, or CANCEL with the same UID and a
 * raised SEQUENCE), a Danish text and HTML body with a deep link to the meeting, and — for an
 * invitation — a personal answer link (/svar?token=<secret>, no login) whose SHA-256 hash is stored with
 * the invitation. The .ics is also kept in `meeting_invitation` (the outbox page offers it when no
 * SMTP server is configured).
 *
 * ORGANIZER (RFC 5546 § 2.1.5: an update or cancellation names the same organizer): the
 * configured CALENDAR_ORGANIZER_EMAIL, else the organizer of the meeting's first invitation, else
 * the case officer who sends it; only the system itself (demo history) falls back to
 * styringsdialog@<uid domain>.
 *
 * The UID domain is CALENDAR_UID_DOMAIN, else the host of the public URL (PUBLIC_URL), so a
 * meeting keeps one UID per installation.
 */
import { invitationIcs } from '../../domain/calendar/index.ts';
import { invitationMailHtml, invitationMailText } from '../../domain/mail/invitation-mail.ts';
import { isMailAddress } from '../../domain/mail/mail-address.ts';
import { type Meeting, type Participant, participantKey } from '../../domain/meetings/index.ts';
import { danishDate } from '../../domain/shared/iso-date.ts';
import type { Actor } from '../actor.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import { enqueueMail } from '../mail/enqueue-mail.ts';
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

export function answerUrl(linkBase: string, secret: string): string {
  return `${linkBase.replace(/\/$/, '')}/svar?token=${encodeURIComponent(secret)}`;
}

/** The participants an invitation cannot reach: no (usable) e-mail address. */
export function participantsWithoutAddress(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => !p.email || !isMailAddress(p.email.trim()));
}

const SUBJECT_PREFIX = {
  invite: 'Indkaldelse',
  update: 'Mødet er flyttet',
  cancel: 'Mødet er aflyst',
  uninvite: 'Du er ikke længere indkaldt',
} as const;

async function organizerFor(
  s: Store,
  meeting: Meeting,
  options: { sender?: Actor | undefined; organizerEmail?: string | undefined; uidDomain: string },
): Promise<{ name: string; email: string }> {
  const municipality = await s.registry.getMunicipality(meeting.municipality);
  const office = `${municipality?.name ?? 'Kommunen'}, ${municipality?.supervisingUnit ?? 'forvaltningen'}`;
  if (options.organizerEmail) return { name: office, email: options.organizerEmail };
  const earlier = (await s.meetings.listInvitations(meeting.municipality, meeting.id)).findLast(
    (i) => i.organizer !== null,
  );
  if (earlier?.organizer) return earlier.organizer;
  if (options.sender?.kind === 'user') {
    const user = await s.auth.getUser(options.sender.id);
    if (user) return { name: user.name, email: user.email };
  }
  return { name: office, email: `styringsdialog@${options.uidDomain}` };
}

export async function sendInvitations(
  s: Store,
  meeting: Meeting,
  options: {
    kind: keyof typeof SUBJECT_PREFIX;
    linkBase: string;
    /** CALENDAR_UID_DOMAIN; default the link base's host. */
    uidDomain?: string | undefined;
    /** CALENDAR_ORGANIZER_EMAIL, when configured. */
    organizerEmail?: string | undefined;
    /** Who sends it: a case officer becomes the ORGANIZER when none is configured. */
    sender?: Actor | undefined;
    now: Date;
    /**
     * Only these participants (an official or participant added later, or — with `uninvite` — one
     * taken off); default every participant.
     */
    only?: readonly Participant[];
  },
): Promise<StoredInvitation[]> {
  const uidDomain = options.uidDomain ?? uidDomainOf(options.linkBase);
  const organizer = await organizerFor(s, meeting, { ...options, uidDomain });
  const url = meetingUrl(options.linkBase, meeting);
  const method = options.kind === 'cancel' || options.kind === 'uninvite' ? 'CANCEL' : 'REQUEST';
  const when = meeting.date
    ? `${danishDate(meeting.date)}${meeting.startTime ? ` kl. ${meeting.startTime}` : ''}`
    : '';
  const subject = `${SUBJECT_PREFIX[options.kind]}: ${meeting.title}${when ? `, ${when}` : ''}`;
  const agenda = meeting.sentAgenda ?? meeting.agenda;
  const sent: StoredInvitation[] = [];
  for (const p of options.only ?? meeting.participants) {
    if (!p.email || !isMailAddress(p.email.trim())) continue;
    const ics = invitationIcs({
      meeting,
      attendee: { name: p.name, email: p.email },
      organizer,
      method,
      url,
      now: options.now,
      uidDomain,
    });
    const secret = method === 'REQUEST' ? newSecret() : null;
    const content = {
      kind: options.kind,
      recipientName: p.name,
      title: meeting.title,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      location: meeting.location,
      agendaTitles: agenda.map((a) => a.title),
      cancellationReason: meeting.cancellation?.reason ?? null,
      meetingUrl: url,
      answerUrl: secret ? answerUrl(options.linkBase, secret) : null,
      organizerName: organizer.name,
    };
    const mail = await enqueueMail(s, {
      to: p.email,
      toName: p.name,
      subject,
      text: invitationMailText(content),
      html: invitationMailHtml(content),
      calendar: { method, content: ics },
      municipality: meeting.municipality,
      kind: 'meetingInvitation',
      createdAt: options.now,
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
      outboxId: mail.id,
      organizer,
      participantKey: participantKey(p),
      answerTokenHash: secret ? hashSecret(secret) : null,
    });
    sent.push(invitation);
  }
  return sent;
}
