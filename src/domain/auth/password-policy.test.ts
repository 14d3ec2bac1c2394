import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH } from './password-policy.ts';

const codes = (password: string, ctx = {}) => checkPassword(password, ctx).map((f) => f.code);

describe('checkPassword', () => {
  it.each([
    ['a long random-ish passphrase', 'korrekt hest batteri hæfteklamme', []],
    ['eleven characters', 'abcdEFGH12!', ['password.tooShort']],
    ['exactly the minimum length', 'Tre-små-grise', []],
    ['only digits', '123456789012345', ['password.sequence']],
    ['a keyboard row', 'qwertyuiopå', ['password.tooShort']],
    ['a long alphabet run', 'abcdefghijklmn', ['password.sequence']],
    ['one character repeated', 'aaaaaaaaaaaaaaaa', ['password.repetitive']],
    ['a common word with digits', 'adgangskode2024', ['password.common']],
    ['the product name', 'Styringsdialog1', ['password.common']],
  ])('%s', (_label, password, expected) => {
    expect(codes(password)).toEqual(expected);
  });

  it('counts characters, not bytes, so æøå count once', () => {
    expect(codes('æøåæøåæøåæø')).toContain('password.tooShort');
    expect([...'æøåæøåæøåæø'].length).toBe(PASSWORD_MIN_LENGTH - 1);
  });

  it('refuses a password that contains the e-mail name or a part of the name', () => {
    expect(codes('hans.hansen-1234', { email: 'hans.hansen@norddjurs.dk' })).toEqual(['password.personal']);
    expect(codes('xx Jensen Vej 99 xx', { name: 'Mette Jensen' })).toEqual(['password.personal']);
    expect(codes('et helt andet udsagn', { email: 'hans.hansen@norddjurs.dk', name: 'Hans Hansen' })).toEqual(
      [],
    );
  });

  it('refuses absurdly long input before it is hashed', () => {
    expect(codes(`${'x'.repeat(257)}yz`)).toEqual(['password.tooLong']);
  });

  it('gives Danish messages pointing at the password field', () => {
    const [f] = checkPassword('kort');
    expect(f).toMatchObject({ severity: 'error', ref: 'password' });
    expect(f?.message).toMatch(/mindst 12 tegn/);
  });
});
