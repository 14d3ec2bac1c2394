import { describe, expect, it } from 'vitest';
import { generatePassword, hashSecret, newApiToken, newSecret, secretsEqual } from './secrets.ts';

describe('secrets', () => {
  it('makes 256-bit url-safe secrets that differ every time', () => {
    const a = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(Array.from({ length: 100 }, newSecret)).size).toBe(100);
  });

  it('prefixes API tokens so that they are recognisable', () => {
    expect(newApiToken()).toMatch(/^sd_[A-Za-z0-9_-]{43}$/);
  });

  it('stores a secret as its SHA-256 hex digest, never the secret itself', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = newApiToken();
    expect(hashSecret(token)).not.toContain(token.slice(3, 10));
    expect(hashSecret(token)).toHaveLength(64);
  });

  it('compares secrets exactly, including their length', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('abc', 'abcd')).toBe(false);
    expect(secretsEqual('', '')).toBe(true);
  });

  it('generates passwords without look-alike characters', () => {
    const p = generatePassword();
    expect(p).toHaveLength(20);
    expect(p).not.toMatch(/[0O1lI]/);
  });
});
