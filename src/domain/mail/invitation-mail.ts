/**
 * The Danish text and HTML of a meeting invitation, update or cancellation mail (issue 13,
 * point 1). The calendar part travels beside it (RFC 6047); the body says the same in words, with
 * a deep link to the meeting and, for an invitation, the personal answer link (attending, not
 * attending, a deputy) that needs no login. Every interpolated value is HTML-escaped.
 */
import { danishDate } from '../shared/iso-date.ts';

export type InvitationMailKind = 'invite' | 'update' | 'cancel' | 'uninvite';

/** A cancellation, or this recipient taken off a meeting that still takes place (RFC 5546 §3.2.5). */
const removes = (kind: InvitationMailKind) => kind === 'cancel' || kind === 'uninvite';

export interface InvitationMailInput {
  kind: InvitationMailKind;
  recipientName: string;
  title: string;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string;
  agendaTitles: readonly string[];
  cancellationReason: string | null;
  meetingUrl: string;
  /** Null for a cancellation: nothing to answer. */
  answerUrl: string | null;
  organizerName: string;
}

const LEAD: Record<InvitationMailKind, string> = {
  invite: 'Du er indkaldt til',
  update: 'Tidspunktet eller stedet er ændret for',
  cancel: 'Mødet er aflyst:',
  uninvite: 'Du er ikke længere indkaldt til',
};

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function when(m: InvitationMailInput): string {
  if (!m.date) return '';
  const time = m.startTime ? ` kl. ${m.startTime}${m.endTime ? `–${m.endTime}` : ''}` : '';
  return `${danishDate(m.date)}${time}`;
}

export function invitationMailText(m: InvitationMailInput): string {
  const lines = [`Kære ${m.recipientName}`, '', `${LEAD[m.kind]} ${m.title}.`, ''];
  if (m.kind === 'cancel' && m.cancellationReason) lines.push(`Begrundelse: ${m.cancellationReason}`, '');
  const time = when(m);
  if (time) lines.push(`Tid: ${time}`);
  if (m.location) lines.push(`Sted: ${m.location}`);
  if (!removes(m.kind) && m.agendaTitles.length > 0) {
    lines.push('', 'Dagsorden:', ...m.agendaTitles.map((t, i) => `${i + 1}. ${t}`));
  }
  lines.push('');
  if (m.answerUrl) {
    lines.push(
      'Svar på indkaldelsen – deltager, deltager ikke eller sender en stedfortræder:',
      m.answerUrl,
      '',
    );
  }
  lines.push(`Se mødet i Styringsdialog: ${m.meetingUrl}`, '');
  lines.push(
    removes(m.kind)
      ? 'Aflysningen er vedhæftet som kalenderfil, så mødet fjernes fra din kalender.'
      : 'Kalenderinvitationen er vedhæftet.',
  );
  lines.push('', 'Venlig hilsen', m.organizerName, '');
  return lines.join('\n');
}

export function invitationMailHtml(m: InvitationMailInput): string {
  const e = escapeHtml;
  const parts = [
    `<p>Kære ${e(m.recipientName)}</p>`,
    `<p>${e(LEAD[m.kind])} <strong>${e(m.title)}</strong>.</p>`,
  ];
  if (m.kind === 'cancel' && m.cancellationReason)
    parts.push(`<p>Begrundelse: ${e(m.cancellationReason)}</p>`);
  const facts: string[] = [];
  const time = when(m);
  if (time) facts.push(`<li>Tid: ${e(time)}</li>`);
  if (m.location) facts.push(`<li>Sted: ${e(m.location)}</li>`);
  if (facts.length > 0) parts.push(`<ul>${facts.join('')}</ul>`);
  if (!removes(m.kind) && m.agendaTitles.length > 0) {
    parts.push(`<p>Dagsorden:</p><ol>${m.agendaTitles.map((t) => `<li>${e(t)}</li>`).join('')}</ol>`);
  }
  if (m.answerUrl) {
    parts.push(
      `<p><a href="${e(m.answerUrl)}">Svar på indkaldelsen</a> – deltager, deltager ikke eller sender en stedfortræder.</p>`,
    );
  }
  parts.push(`<p><a href="${e(m.meetingUrl)}">Se mødet i Styringsdialog</a></p>`);
  parts.push(`<p>Venlig hilsen<br>${e(m.organizerName)}</p>`);
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${e(m.title)}</title></head><body>${parts.join('\n')}</body></html>`;
}
