/**
 * Telling a party that an edit withdrew its approval of the minutes. The withdrawal itself is
 * recorded on the minutes by the domain (Minutes.withdrawals, shown to both parties on the
 * meeting page); here each withdrawn party's users in the system get an e-mail through the outbox
 * (the mail queue delivers it when SMTP is configured). The editor's own party is not told.
 *
 * Recipients: for the organisation, the active users with an organisation grant for the
 * meeting's organisation; for the municipality, its active case officers (admins when it has
 * none). Not here: who may edit (the use cases), the wording of the minutes.
 */

import {
  DIALOGUE_PARTY_NAMES,
  type DialogueParty,
  type Meeting,
  withdrawnApprovals,
} from '../../domain/meetings/index.ts';
import { danishDate } from '../../domain/shared/iso-date.ts';
import { enqueueMail } from '../mail/enqueue-mail.ts';
import type { Store } from '../ports.ts';
import { meetingUrl } from './invitations.ts';

/** The active users who act for `party` in the meeting's dialogue. */
export async function partyRecipients(
  s: Store,
  meeting: Meeting,
  party: DialogueParty,
): Promise<{ email: string; name: string; userId: string }[]> {
  const users = (await s.auth.listUsers(meeting.municipality)).filter((u) => u.active);
  const grants = await s.auth.listGrants(users.map((u) => u.id));
  const holders = (match: (g: (typeof grants)[number]) => boolean) =>
    users.filter((u) =>
      grants.some((g) => g.userId === u.id && g.municipality === meeting.municipality && match(g)),
    );
  const chosen =
    party === 'organisation'
      ? holders((g) => g.role === 'organisation' && g.organisationId === meeting.organisationId)
      : (() => {
          const officers = holders((g) => g.role === 'caseOfficer');
          return officers.length > 0 ? officers : holders((g) => g.role === 'admin');
        })();
  return chosen.map((u) => ({ email: u.email, name: u.name, userId: u.id }));
}

/**
 * Queues one e-mail per user of each party whose approval `after` withdrew (other than the
 * editor's party). Returns the addresses written to. The link to the meeting is absolute: a mail
 * is read outside the site, so it starts with the configured public URL (`linkBase`, PUBLIC_URL).
 */
export async function notifyWithdrawnApprovals(
  s: Store,
  before: Meeting,
  after: Meeting,
  editorParty: DialogueParty,
  now: Date,
  linkBase: string,
): Promise<string[]> {
  const withdrawn = withdrawnApprovals(before.minutes, after.minutes).filter((a) => a.party !== editorParty);
  const sent: string[] = [];
  for (const approval of withdrawn) {
    const editorName = DIALOGUE_PARTY_NAMES[editorParty];
    const subject = `Referatet er ændret: ${after.title}`;
    for (const r of await partyRecipients(s, after, approval.party)) {
      await enqueueMail(s, {
        to: r.email,
        toName: r.name,
        kind: 'minutesChanged',
        municipality: after.municipality,
        subject,
        text: [
          `Kære ${r.name}`,
          '',
          `${editorName[0]?.toUpperCase()}${editorName.slice(1)} har ændret referatet af mødet »${after.title}«${after.date ? ` den ${danishDate(after.date)}` : ''}, efter at ${approval.by} godkendte det for ${DIALOGUE_PARTY_NAMES[approval.party]}.`,
          'Godkendelsen er derfor trukket tilbage. Log ind i Styringsdialog, læs ændringen og godkend referatet igen.',
          '',
          `Mødet: ${meetingUrl(linkBase, after)}`,
        ].join('\n'),
        createdAt: now,
      });
      sent.push(r.email);
    }
  }
  return sent;
}
