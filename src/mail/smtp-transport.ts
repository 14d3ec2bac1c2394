/**
 * The SMTP adapter of the mail transport port (app/mail/mail-transport.ts), on nodemailer.
 * One pooled connection (the worker sends one message at a time), short timeouts so an attempt
 * ends well inside the worker's claim lease. A calendar part goes out as RFC 6047 iMIP:
 * `text/calendar; method=REQUEST|CANCEL` as an alternative to the text and HTML bodies, and the
 * same file as an .ics attachment for clients that only show attachments.
 * The Message-ID is fixed when the message is queued, so a retry carries the same one.
 */
import { createTransport } from 'nodemailer';
import type { QueuedMail } from '../app/mail/mail-store.ts';
import { MailSendError, type MailTransport } from '../app/mail/mail-transport.ts';

export interface SmtpSettings {
  /** smtp://user:password@host:587 or smtps://…:465 (SMTP_URL). */
  url: string;
  /** The sender, e.g. "Norddjurs Kommune <styringsdialog@norddjurs.dk>" (MAIL_FROM). */
  from: string;
}

/** The domain of the sender address: the right-hand side of every Message-ID. */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim().toLowerCase() || 'localhost';
}

export function createSmtpTransport(settings: SmtpSettings): MailTransport {
  const transporter = createTransport({
    url: settings.url,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const domain = senderDomain(settings.from);
  return {
    async send(mail: QueuedMail) {
      try {
        const info = await transporter.sendMail({
          from: settings.from,
          to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          messageId: `<${mail.messageId}@${domain}>`,
          ...(mail.calendar
            ? {
                icalEvent: {
                  method: mail.calendar.method,
                  filename: mail.calendar.method === 'CANCEL' ? 'aflysning.ics' : 'invitation.ics',
                  content: mail.calendar.content,
                },
              }
            : {}),
          attachments: mail.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return { response: info.response };
      } catch (err) {
        const e = err as { responseCode?: number; response?: string; message?: string };
        throw new MailSendError(
          e.response ?? e.message ?? String(err),
          typeof e.responseCode === 'number' ? e.responseCode : null,
        );
      }
    },
    close() {
      transporter.close();
    },
  };
}
