/**
 * A real SMTP server as the receiving peer (smtp-server), for tests of mail delivery: every
 * message is read back with a real MIME parser (mailparser). `refuse` answers chosen recipients
 * with a permanent 550; `hold` lets a test keep a message's final answer back (the process test
 * kills the sender while a message waits for it).
 */
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Resolves when at least `n` messages were accepted. */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  refuse?: (recipient: string) => boolean;
  /** Called with the message number (1-based) before it is answered; accept when it resolves true. */
  hold?: (n: number) => Promise<boolean>;
}

export async function startSmtpReceiver(options: ReceiverOptions = {}): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  let seen = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) {
        const err = Object.assign(new Error('5.1.1 Ukendt modtager'), { responseCode: 550 });
        callback(err);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const n = ++seen;
        void (async () => {
          const accept = options.hold ? await options.hold(n) : true;
          if (!accept) {
            callback(Object.assign(new Error('4.3.0 Prøv igen'), { responseCode: 451 }));
            return;
          }
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            parsed: await simpleParser(raw),
          });
          callback(null, `Modtaget som nr. ${received.length}`);
          for (const w of waiters.filter((x) => received.length >= x.n)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
          }
        })();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    waitFor(n, timeoutMs = 20_000) {
      if (received.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`waited for ${n} messages, got ${received.length}`)),
          timeoutMs,
        );
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
