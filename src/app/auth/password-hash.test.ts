import { describe, expect, it } from 'vitest';
import { hashPassword, passwordNeedsRehash, verifyAgainstNothing, verifyPassword } from './password-hash.ts';

describe('password hashing', () => {
  it('hashes with argon2id and a fresh salt, and verifies only the right password', async () => {
    const a = await hashPassword('korrekt hest batteri');
    const b = await hashPassword('korrekt hest batteri');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'korrekt hest batteri')).toBe(true);
    expect(await verifyPassword(a, 'korrekt hest batterI')).toBe(false);
    expect(passwordNeedsRehash(a)).toBe(false);
  });

  it('answers false, not an exception, for a malformed hash', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyAgainstNothing('x')).toBe(false);
  });
});
