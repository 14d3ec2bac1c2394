import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cvrCheckDigit, cvrProblem, cvrProblemMessage, isValidCvr, normaliseCvr } from './cvr.ts';
import { validCvr as validCvrArbitrary } from './registry-arbitraries.ts';

describe('CVR validation', () => {
  it.each([
    ['24256790', 'Novo Nordisk A/S'],
    ['61126228', 'Danske Bank A/S'],
    ['22756214', 'A.P. Møller - Mærsk A/S'],
    ['29189501', 'valid municipal-style number'],
    ['10103940', 'valid number at the low end'],
    ['30060946', 'valid number'],
  ])('accepts %s (%s)', (cvr) => {
    expect(cvrProblem(cvr)).toBeNull();
    expect(isValidCvr(cvr)).toBe(true);
  });

  it.each([
    ['12345678', 'checksum'],
    ['11111111', 'checksum'],
    ['24256791', 'checksum'],
    ['24256709', 'checksum'],
    ['02425679', 'leadingZero'],
    ['00000000', 'leadingZero'],
    ['2425679', 'format'],
    ['242567900', 'format'],
    ['2425679a', 'format'],
    ['', 'empty'],
  ])('rejects %s as %s', (cvr, problem) => {
    expect(cvrProblem(cvr)).toBe(problem);
  });

  it.each([
    [' 24 25 67 90 ', '24256790'],
    ['DK24256790', '24256790'],
    ['dk 24256790', '24256790'],
    ['CVR-nr.: 24256790', '24256790'],
    ['CVR 24256790', '24256790'],
    ['24.256.790', '24256790'],
    ['2425-6790', '24256790'],
    ['24\u00a0256\u00a0790', '24256790'],
  ])('normalises the typed form %j to %s', (typed, expected) => {
    expect(normaliseCvr(typed)).toBe(expected);
    expect(isValidCvr(typed)).toBe(true);
  });

  it('names the number and the reason in Danish', () => {
    expect(cvrProblemMessage('checksum', '12345678')).toBe(
      'CVR-nummeret 12345678 er ugyldigt (kontrolcifferet passer ikke)',
    );
    expect(cvrProblemMessage('format', '1234')).toContain('8 cifre');
  });

  it('has no check digit for a prefix whose weighted sum leaves remainder 1', () => {
    // 3418447: 3*2+4*7+1*6+8*5+4*4+4*3+7*2 = 122 = 11*11 + 1 → the check digit would have to be 10.
    expect(cvrCheckDigit('3418447')).toBeNull();
    expect(cvrCheckDigit('0123456')).toBeNull();
  });

  it('accepts every number built from a prefix and its check digit', () => {
    fc.assert(fc.property(validCvrArbitrary, (cvr) => isValidCvr(cvr)));
  });

  it('rejects a valid number with any single digit changed', () => {
    fc.assert(
      fc.property(
        validCvrArbitrary,
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        (cvr, position, delta) => {
          const digit = (Number(cvr[position]) + delta) % 10;
          const changed = `${cvr.slice(0, position)}${digit}${cvr.slice(position + 1)}`;
          expect(changed).not.toBe(cvr);
          expect(isValidCvr(changed)).toBe(false);
        },
      ),
    );
  });

  it('rejects a valid number with two neighbouring digits swapped, unless they are equal', () => {
    fc.assert(
      fc.property(validCvrArbitrary, fc.integer({ min: 0, max: 6 }), (cvr, i) => {
        fc.pre(cvr[i] !== cvr[i + 1]);
        const swapped = `${cvr.slice(0, i)}${cvr[i + 1]}${cvr[i]}${cvr.slice(i + 2)}`;
        // Weights 2 and 2 sit at positions 0 and 6, never neighbours, so every adjacent swap changes the sum
        // by (w_i - w_{i+1}) * (d_i - d_{i+1}), which 11 never divides.
        expect(isValidCvr(swapped)).toBe(false);
      }),
    );
  });
});
