/**
 * The shared steps of creating a local account with its first role (addUser, grantFirstAdmin):
 * the password policy check, then — inside the caller's transaction — the user, the grant, the
 * invitation link when asked for, and the audit entry. The password is given, sent as an
 * invitation link (outbox), or generated here and returned once. Access checks stay with the
 * use cases.
 */
import { randomUUID } from 'node:crypto';
import { checkPassword } from '../../domain/auth/password-policy.ts';
import type { RoleGrant } from '../actor.ts';
import { invalidInput } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { hashPassword } from './password-hash.ts';
import { sendPasswordLink } from './password-links.ts';
import { generatePassword } from './secrets.ts';
import { grantForAudit, userForAudit } from './user-access.ts';

/** Refuses a chosen password that breaks the policy, with the problems as field errors. */
export function checkNewPassword(password: string | undefined, who: { email: string; name: string }): void {
  if (password === undefined) return;
  const problems = checkPassword(password, who);
  if (problems.length > 0) {
    throw invalidInput(
      'Adgangskoden opfylder ikke kravene.',
      problems.map((p) => ({ field: 'password', message: p.message })),
    );
  }
}

export async function createLocalUser(
  s: Store,
  input: { municipality: string; email: string; name: string; password?: string; inviteLinkBase?: string },
  grant: RoleGrant,
  now: Date,
) {
  const generated = input.password === undefined && !input.inviteLinkBase ? generatePassword() : null;
  const plain = input.password ?? generated;
  const user = {
    id: `user-${randomUUID()}`,
    email: input.email,
    name: input.name,
    municipality: input.municipality,
    passwordHash: plain ? await hashPassword(plain) : null,
    createdAt: now,
  };
  await s.auth.insertUser(user);
  await s.auth.insertGrant(user.id, grant, now);
  if (input.inviteLinkBase) await sendPasswordLink(s, user, 'invite', input.inviteLinkBase, now);
  await s.audit.append({
    municipality: input.municipality,
    action: 'create',
    entity: 'user',
    entityId: user.id,
    before: null,
    after: {
      ...userForAudit(user),
      grants: [grantForAudit(grant)],
      invited: Boolean(input.inviteLinkBase),
    },
  });
  return {
    user: userForAudit(user),
    /** Only when generated here: shown once, never stored in the clear. */
    generatedPassword: generated,
    invited: Boolean(input.inviteLinkBase),
  };
}
