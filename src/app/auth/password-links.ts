/**
 * One-time links to choose a password (after "forgot password", or as the invitation of a new
 * account). The link holds a random secret; only its hash is stored; it works once, and for a
 * limited time, and only until a newer link is sent (hardening issue 12, #3: 33 links were once
 * valid at the same time). The mail is written to the outbox in the same transaction.
 */

import { enqueueMail } from '../mail/enqueue-mail.ts';
import type { Store } from '../ports.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const LINK_LIFETIME_MS = { reset: 60 * 60_000, invite: 7 * 24 * 60 * 60_000 } as const;

export async function sendPasswordLink(
  s: Store,
  user: { id: string; email: string; name: string },
  purpose: 'reset' | 'invite',
  linkBase: string,
  now: Date,
): Promise<void> {
  const token = newSecret();
  await s.auth.retirePasswordLinks(user.id, now);
  await s.auth.insertPasswordLink({
    userId: user.id,
    tokenHash: hashSecret(token),
    purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]),
  });
  const link = `${linkBase.replace(/\/$/, '')}/nulstil-adgangskode?token=${encodeURIComponent(token)}`;
  const mail =
    purpose === 'reset'
      ? {
          subject: 'Nulstil din adgangskode til Styringsdialog',
          body:
            `Kære ${user.name}\n\nDer er bedt om en ny adgangskode til din bruger i Styringsdialog.\n` +
            `Brug linket herunder inden for en time. Det virker kun én gang.\n\n${link}\n\n` +
            'Har du ikke bedt om en ny adgangskode, kan du se bort fra denne e-mail.\n',
        }
      : {
          subject: 'Du er oprettet som bruger i Styringsdialog',
          body:
            `Kære ${user.name}\n\nDu er oprettet som bruger i Styringsdialog med e-mailadressen ${user.email}.\n` +
            `Vælg din adgangskode via linket herunder. Linket virker i 7 dage og kun én gang.\n\n${link}\n`,
        };
  await enqueueMail(s, {
    to: user.email,
    toName: user.name,
    subject: mail.subject,
    text: mail.body,
    kind: 'passwordLink',
    createdAt: now,
  });
}
