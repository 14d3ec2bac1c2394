/**
 * Random secrets (session ids, API tokens, one-time links, generated passwords) and how they
 * are stored: as a SHA-256 hash. A plain hash is enough for 256-bit random values — there is
 * nothing to guess — so no salt or slow hash is needed (passwords use argon2id instead).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** The prefix makes leaked tokens recognisable to secret scanners and in support tickets. */
export const API_TOKEN_PREFIX = 'sd_';

/** 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${newSecret()}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of two secrets of any length. */
export function secretsEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

// No look-alikes (0/O, 1/l/I) so a password read aloud or copied by hand survives.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A password for an account created without one: 20 characters, ~115 bits. */
export function generatePassword(length = 20): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
