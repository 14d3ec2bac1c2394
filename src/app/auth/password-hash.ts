/**
 * argon2id password hashing (OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1), via the
 * `argon2` package, which ships prebuilt binaries inside the package (no download at install).
 */
import { argon2id, hash, needsRehash, verify } from 'argon2';

const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed hash; never throws on user input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function passwordNeedsRehash(passwordHash: string): boolean {
  return needsRehash(passwordHash, OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of one verification without an account, so that "no such user" and "wrong
 * password" cannot be told apart by timing.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('styringsdialog-no-such-user');
  await verifyPassword(await dummyHash, password);
  return false;
}
