/**
 * The port to the mail server: hands one queued message to SMTP and returns the server's answer.
 * Implemented by mail/smtp-transport.ts (nodemailer); tests may pass their own.
 */
import type { QueuedMail } from './mail-store.ts';

export interface MailSendResult {
  /** The server's final answer, e.g. "250 2.0.0 Ok: queued as 4Zx…". */
  response: string;
}

/** A refusal or a broken connection; `responseCode` is the SMTP reply code when there was one. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly responseCode: number | null,
  ) {
    super(message);
    this.name = 'MailSendError';
  }
}

export interface MailTransport {
  /** @throws MailSendError when the server refuses or cannot be reached. */
  send(mail: QueuedMail): Promise<MailSendResult>;
  close(): void;
}
