/**
 * The one way a use case sends e-mail: `enqueueMail(s, mail)` inside its `ctx.uow.write`
 * transaction. The message is stored in the durable queue (the `outbox` table) with a "queued"
 * log entry and commits or rolls back with the change that caused it; the delivery worker in the
 * server process sends it through SMTP when SMTP_URL is set (retries with back-off, every step in
 * the delivery log). Without SMTP the message stays queued and visible on the outbox page.
 *
 *   await enqueueMail(s, {
 *     to: 'formand@djurslandsbo.demo', toName: 'Ida Holm', kind: 'reminder',
 *     municipality: '707', subject: 'Referat venter på din godkendelse',
 *     text: 'Kære Ida Holm …', html: '<p>Kære Ida Holm …</p>',   // html optional
 *     createdAt: now,
 *   });
 */
import { isMailAddress } from '../../domain/mail/mail-address.ts';
import { invalidInput } from '../app-error.ts';
import type { Store } from '../ports.ts';
import type { NewMail } from './mail-store.ts';

export async function enqueueMail(s: Store, mail: NewMail): Promise<{ id: number; messageId: string }> {
  const to = mail.to.trim();
  if (!isMailAddress(to)) {
    const message = `"${mail.to}" er ikke en gyldig e-mailadresse`;
    throw invalidInput(message, [{ field: 'to', message }]);
  }
  return s.outbox.enqueue({ ...mail, to, subject: oneLine(mail.subject) });
}

/** A header may not carry a line break (header injection). */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}
