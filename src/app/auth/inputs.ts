/** Input pieces shared by the account use cases; messages are Danish and name the field. */
import { z } from 'zod';
import { typeMessage } from '../../domain/shared/type-message.ts';
import type { Role } from '../actor.ts';
import type { UseCaseContext } from '../use-case.ts';
import { ROLES } from './auth-store.ts';

export const emailField = z
  .string({ message: 'E-mailadressen mangler' })
  .trim()
  .toLowerCase()
  .min(1, { message: 'E-mailadressen mangler' })
  .max(254, { message: 'E-mailadressen er for lang' })
  .pipe(z.email({ message: 'Skriv en gyldig e-mailadresse, fx navn@kommune.dk' }));

export const nameField = z
  .string({ message: 'Navnet mangler' })
  .trim()
  .min(1, { message: 'Navnet mangler' })
  .max(200, { message: 'Navnet må højst være 200 tegn' });

export const roleField = z.enum(ROLES as [Role, ...Role[]], { message: 'Vælg en rolle' });

/** An optional text field where an empty form field means "not given". */
export function optionalText(max = 200) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .max(max, { message: `Højst ${max} tegn` })
      .optional(),
  );
}

export const userIdField = z.string(typeMessage('Bruger-id mangler')).min(1).max(100);

/** The instant of the call: the caller's clock (tests fix it), else the machine's. */
export function instant(ctx: UseCaseContext): Date {
  return ctx.now ?? new Date();
}
