/**
 * The Danish text and HTML of the daily reminder digest (issue 13, point 8): one mail per user
 * and day listing what is due for them, each item with a full link into the product, and the
 * way to switch reminders off (/min-profil). Every interpolated value is HTML-escaped.
 * Not here: who gets what (reminder-rules.ts), queuing and sending (app/reminders, app/mail).
 */
import { escapeHtml } from '../mail/invitation-mail.ts';
import { DIALOGUE_PARTY_NAMES } from '../meetings/participants.ts';
import { danishDate } from '../shared/iso-date.ts';
import type { MergedDigest, ReminderItem } from './reminder-rules.ts';

/** The page an item is acted on, as a path. */
export function reminderPath(item: ReminderItem): string {
  switch (item.kind) {
    case 'packageMissing':
      return `/moeder/dokumentationspakke/${encodeURIComponent(item.organisationId)}/${item.steeringYear}`;
    case 'minutesAwaitingApproval':
    case 'accountNotPublished':
      return `/moeder/${encodeURIComponent(item.meetingId)}`;
    case 'agreementDue':
      return `/aftaler/${encodeURIComponent(item.agreementId)}`;
  }
}

function days(n: number): string {
  return n === 1 ? '1 dag' : `${n} dage`;
}

/** One line of Danish saying what is due and by when. */
export function reminderText(item: ReminderItem): string {
  switch (item.kind) {
    case 'packageMissing':
      return item.daysLeft === 0
        ? `Dokumentationspakken for ${item.organisationName} (styringsår ${item.steeringYear}) er ikke modtaget, og mødet »${item.meetingTitle}« er i dag.`
        : `Dokumentationspakken for ${item.organisationName} (styringsår ${item.steeringYear}) er ikke modtaget – mødet »${item.meetingTitle}« er om ${days(item.daysLeft)}, ${danishDate(item.meetingDate)}.`;
    case 'minutesAwaitingApproval':
      return `Referatet af »${item.meetingTitle}«${item.meetingDate ? ` (${danishDate(item.meetingDate)})` : ''} venter på godkendelse fra ${DIALOGUE_PARTY_NAMES[item.party]}.`;
    case 'accountNotPublished':
      return `Redegørelsen for »${item.meetingTitle}« (${danishDate(item.meetingDate)}) er ikke offentliggjort ${days(item.daysSinceMeeting)} efter mødet.`;
    case 'agreementDue':
      return item.overdue
        ? `Aftalen »${item.text}« med ${item.organisationName} er over fristen ${danishDate(item.deadline)}.`
        : `Aftalen »${item.text}« med ${item.organisationName} har frist ${danishDate(item.deadline)}.`;
  }
}

export function digestSubject(digest: MergedDigest): string {
  const count = digest.sections.reduce((n, s) => n + s.items.length, 0);
  return count === 1
    ? 'Styringsdialog: 1 opgave venter på dig'
    : `Styringsdialog: ${count} opgaver venter på dig`;
}

const base = (linkBase: string) => linkBase.replace(/\/$/, '');

export function digestMailText(digest: MergedDigest, linkBase: string): string {
  const lines = [`Kære ${digest.name}`, '', 'Her er dine opgaver i Styringsdialog i dag:', ''];
  const headed = digest.sections.length > 1;
  for (const section of digest.sections) {
    if (headed) lines.push(section.municipalityName, '');
    for (const item of section.items) {
      lines.push(`- ${reminderText(item)}`, `  ${base(linkBase)}${reminderPath(item)}`);
    }
    lines.push('');
  }
  lines.push(
    'Du får denne oversigt, fordi du har påmindelser slået til.',
    `Slå dem fra på ${base(linkBase)}/min-profil`,
    '',
  );
  return lines.join('\n');
}

export function digestMailHtml(digest: MergedDigest, linkBase: string): string {
  const e = escapeHtml;
  const parts = [`<p>Kære ${e(digest.name)}</p>`, '<p>Her er dine opgaver i Styringsdialog i dag:</p>'];
  const headed = digest.sections.length > 1;
  for (const section of digest.sections) {
    if (headed) parts.push(`<h2>${e(section.municipalityName)}</h2>`);
    parts.push('<ul>');
    for (const item of section.items) {
      const url = `${base(linkBase)}${reminderPath(item)}`;
      parts.push(`<li>${e(reminderText(item))} <a href="${e(url)}">Åbn i Styringsdialog</a></li>`);
    }
    parts.push('</ul>');
  }
  const profile = `${base(linkBase)}/min-profil`;
  parts.push(
    `<p>Du får denne oversigt, fordi du har påmindelser slået til. <a href="${e(profile)}">Slå dem fra under Mine adgange</a>.</p>`,
  );
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${e(digestSubject(digest))}</title></head><body>${parts.join('\n')}</body></html>`;
}
