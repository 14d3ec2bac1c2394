import { describe, expect, it } from 'vitest';
import { isMailAddress } from './mail-address.ts';

describe('isMailAddress', () => {
  it.each([
    ['formand@djurslandsbo.demo', true],
    ['a.b+c@sub.norddjurs.dk', true],
    ['ingen-domæne@localhost', false],
    ['to@x.dk\r\nBcc: y@z.dk', false],
    ['Navn <a@b.dk>', false],
    ['', false],
    ['a@b.', false],
  ])('%j → %s', (text, expected) => {
    expect(isMailAddress(text)).toBe(expected);
  });
});
