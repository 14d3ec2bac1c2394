import { z } from 'zod';
import {
  ACCOUNT_LOCK,
  ADDRESS_LIMIT,
  accountLockState,
  addressBlockedUntil,
} from '../../domain/auth/login-throttle.ts';
import { PASSWORD_MAX_LENGTH } from '../../domain/auth/password-policy.ts';
import { actorLabel } from '../actor.ts';
import { AppError } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { instant } from './inputs.ts';
import { hashPassword, passwordNeedsRehash, verifyAgainstNothing, verifyPassword } from './password-hash.ts';
import { danishClock, openSession, refuseIfSuspended } from './sessions.ts';

function locked(until: Date): AppError {
  return new AppError(
    'tooManyRequests',
    'Kontoen er midlertidigt spærret',
    `For mange mislykkede loginforsøg. Kontoen er spærret i ${ACCOUNT_LOCK.lockMinutes} minutter – ` +
      `prøv igen efter ${danishClock(until)}. Har du glemt din adgangskode, kan du bestille en ny.`,
  );
}

/**
 * Logs in with e-mail and password and opens a session. Refused before the password is checked
 * while the account is locked or the address has too many failures (domain/auth/login-throttle).
 * Unknown e-mail and wrong password give the same answer, in the same time, and both count
 * towards the lock, so the form does not reveal which addresses have accounts.
 */
export const logIn = defineUseCase({
  name: 'logIn',
  summary: 'Log ind med e-mail og adgangskode',
  mutates: true,
  access: { public: true },
  input: z.object({
    email: z
      .string({ message: 'Skriv din e-mailadresse' })
      .trim()
      .toLowerCase()
      .min(1, { message: 'Skriv din e-mailadresse' })
      .max(254, { message: 'E-mailadressen er for lang' }),
    password: z
      .string({ message: 'Skriv din adgangskode' })
      .min(1, { message: 'Skriv din adgangskode' })
      .max(PASSWORD_MAX_LENGTH * 4, { message: 'Adgangskoden er for lang' }),
    ip: z.string().max(100).nullable().default(null),
  }),
  async run(ctx, input) {
    const now = instant(ctx);
    const since = new Date(now.getTime() - ACCOUNT_LOCK.lookbackHours * 3_600_000);
    const windowStart = new Date(now.getTime() - ADDRESS_LIMIT.windowMinutes * 60_000);
    const { user, attempts, addressFailures } = await ctx.uow.read(async (s) => ({
      user: await s.auth.findUserByEmail(input.email),
      attempts: await s.auth.listLoginAttempts(input.email, since),
      addressFailures: input.ip ? await s.auth.listAddressFailures(input.ip, windowStart) : [],
    }));

    const addressUntil = addressBlockedUntil(addressFailures, now);
    if (addressUntil) {
      throw new AppError(
        'tooManyRequests',
        'For mange loginforsøg',
        `Der er for mange mislykkede loginforsøg fra din netværksadresse. Prøv igen efter ${danishClock(addressUntil)}.`,
      );
    }
    const lock = accountLockState(attempts, now);
    if (lock.lockedUntil) throw locked(lock.lockedUntil);

    const valid =
      user?.active && user.passwordHash
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyAgainstNothing(input.password);

    if (!valid || !user) {
      await ctx.uow.write(async (s) => {
        await s.auth.recordLoginAttempt({ email: input.email, ip: input.ip, at: now, outcome: 'failure' });
        await s.audit.append({
          municipality: user?.municipality ?? null,
          action: 'loginFailed',
          entity: 'user',
          entityId: user?.id ?? input.email,
          before: null,
          after: { email: input.email, ip: input.ip },
        });
      });
      const after = accountLockState([...attempts, { at: now, outcome: 'failure' }], now);
      if (after.lockedUntil) throw locked(after.lockedUntil);
      const warning =
        after.failuresLeft <= 2
          ? ` Efter ${after.failuresLeft} forsøg mere spærres kontoen i ${ACCOUNT_LOCK.lockMinutes} minutter.`
          : '';
      throw new AppError(
        'unauthenticated',
        'Forkert e-mail eller adgangskode',
        `E-mailadressen eller adgangskoden er forkert.${warning}`,
      );
    }

    refuseIfSuspended(await ctx.uow.read((s) => s.auth.listGrants([user.id])));
    const rehash = user.passwordHash && passwordNeedsRehash(user.passwordHash);
    const newHash = rehash ? await hashPassword(input.password) : null;
    return ctx.uow.write(async (s) => {
      await s.auth.recordLoginAttempt({ email: input.email, ip: input.ip, at: now, outcome: 'success' });
      await s.auth.setLastLogin(user.id, now);
      if (newHash) await s.auth.setPassword(user.id, newHash);
      const session = await openSession(s, user.id, now);
      await s.audit.append({
        municipality: user.municipality,
        action: 'login',
        entity: 'user',
        entityId: user.id,
        actor: actorLabel({ kind: 'user', id: user.id, name: user.name, grants: [] }),
        before: null,
        after: { method: 'password', ip: input.ip },
      });
      return { ...session, user: { id: user.id, name: user.name } };
    });
  },
});
