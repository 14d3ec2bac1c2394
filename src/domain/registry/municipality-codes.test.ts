import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DANISH_MUNICIPALITIES,
  municipalityCodeProblem,
  officialMunicipality,
} from './municipality-codes.ts';

describe('the official municipality codes', () => {
  it('lists 98 municipalities with 98 unique three-digit codes and unique names', () => {
    expect(DANISH_MUNICIPALITIES).toHaveLength(98);
    expect(new Set(DANISH_MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(DANISH_MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    for (const m of DANISH_MUNICIPALITIES) expect(m.code).toMatch(/^\d{3}$/);
  });

  it.each([
    ['101', 'København'],
    ['707', 'Norddjurs'],
    ['751', 'Aarhus'],
    ['706', 'Syddjurs'],
    ['253', 'Greve'],
    ['330', 'Slagelse'],
    ['580', 'Aabenraa'],
    ['860', 'Hjørring'],
  ])('knows %s as %s', (code, name) => {
    expect(officialMunicipality(code)?.name).toBe(name);
    expect(municipalityCodeProblem(code)).toBeNull();
  });

  it.each([
    ['411', 'ikke en af de 98'],
    ['999', 'ikke en af de 98'],
    ['000', 'ikke en af de 98'],
    ['75', 'tre cifre'],
    ['abc', 'tre cifre'],
  ])('refuses %s with a Danish reason', (code, reason) => {
    expect(municipalityCodeProblem(code)).toContain(reason);
  });

  it('accepts exactly the listed codes among all three-digit strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const code = String(n).padStart(3, '0');
        const listed = DANISH_MUNICIPALITIES.some((m) => m.code === code);
        expect(municipalityCodeProblem(code) === null).toBe(listed);
      }),
    );
  });
});
