import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDepartmentNumberUnique,
  findDuplicateDepartmentNumbers,
  normaliseDepartmentNumber,
  validateDepartmentCreate,
  validateDepartmentEdit,
} from './validate-department.ts';

const valid = {
  organisationId: 'org-djurslandsbo',
  lbfNumber: '12',
  name: 'Søndergården',
  address: 'Søndergade 4, 8500 Grenaa',
  locationMunicipality: '707',
  homes: 48,
  kind: 'family',
  hasDepartmentBoard: true,
};

function errorsOf(input: unknown): Record<string, string> {
  const result = validateDepartmentCreate(input);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

describe('validateDepartmentCreate', () => {
  it('accepts a complete department', () => {
    expect(validateDepartmentCreate(valid)).toEqual({ ok: true, value: valid });
  });

  it('takes numbers and yes/no as a form or a CSV cell sends them', () => {
    const result = validateDepartmentCreate({
      ...valid,
      homes: ' 48 ',
      lbfNumber: '012',
      hasDepartmentBoard: 'Ja',
    });
    expect(result).toEqual({ ok: true, value: { ...valid, lbfNumber: '12' } });
  });

  it('reads a missing department board as none', () => {
    const { hasDepartmentBoard: _, ...withoutBoard } = valid;
    const result = validateDepartmentCreate(withoutBoard);
    expect(result.ok && result.value.hasDepartmentBoard).toBe(false);
  });

  it.each([
    [{ homes: 0 }, 'homes', 'Antal boliger skal være mindst 1'],
    [{ homes: 12.5 }, 'homes', 'Antal boliger skal være et helt tal'],
    [{ homes: '1.200' }, 'homes', 'Antal boliger »1.200« skal være et helt tal'],
    [{ homes: 10_001 }, 'homes', 'Antal boliger kan højst være 10000'],
    [{ homes: '' }, 'homes', 'Antal boliger skal udfyldes'],
    [{ lbfNumber: '' }, 'lbfNumber', 'Afdelingsnummer skal udfyldes'],
    [{ lbfNumber: '12a' }, 'lbfNumber', 'Afdelingsnummeret »12a« skal være et tal (1-5 cifre)'],
    [{ kind: 'senior' }, 'kind', 'Boligtype skal være familie, ældre eller ungdom'],
    [{ organisationId: '' }, 'organisationId', 'Boligorganisation skal vælges'],
    [
      { locationMunicipality: 'Norddjurs' },
      'locationMunicipality',
      'Beliggenhedskommune »Norddjurs« er ikke en kommunekode (3 cifre, fx 707)',
    ],
    [
      { hasDepartmentBoard: 'måske' },
      'hasDepartmentBoard',
      'Afdelingsbestyrelse skal være ja eller nej, ikke »måske«',
    ],
    [{ address: '' }, 'address', 'Adresse skal udfyldes'],
  ])('rejects %j on field %s', (change, field, message) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: message });
  });

  it('accepts every whole number of homes from 1 to the maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        (homes) => validateDepartmentCreate({ ...valid, homes }).ok,
      ),
    );
  });
});

describe('validateDepartmentEdit', () => {
  it('requires the id', () => {
    expect(validateDepartmentEdit(valid)).toEqual({
      ok: false,
      errors: [{ field: 'id', message: 'Afdelingens id skal vælges' }],
    });
  });
});

describe('department number uniqueness', () => {
  const siblings = [
    { id: 'dep-1', organisationId: 'org-a', lbfNumber: '1', name: 'Østergården' },
    { id: 'dep-2', organisationId: 'org-a', lbfNumber: '2', name: 'Vestergården' },
    { id: 'dep-3', organisationId: 'org-b', lbfNumber: '3', name: 'Nørregården' },
  ];

  it('refuses a number already used in the same organisation', () => {
    expect(checkDepartmentNumberUnique({ organisationId: 'org-a', lbfNumber: '2' }, siblings)).toEqual({
      field: 'lbfNumber',
      message: 'Afdelingsnummer 2 er allerede brugt af Vestergården i samme boligorganisation',
    });
  });

  it('treats leading zeros as the same number, since Excel drops them', () => {
    expect(checkDepartmentNumberUnique({ organisationId: 'org-a', lbfNumber: '002' }, siblings)?.field).toBe(
      'lbfNumber',
    );
  });

  it('allows the same number in another organisation', () => {
    expect(checkDepartmentNumberUnique({ organisationId: 'org-b', lbfNumber: '2' }, siblings)).toBeNull();
  });

  it('lets a department keep its own number when edited', () => {
    expect(
      checkDepartmentNumberUnique({ id: 'dep-2', organisationId: 'org-a', lbfNumber: '2' }, siblings),
    ).toBeNull();
  });

  it('lists every repeat after the first', () => {
    const list = [...siblings, { id: 'dep-4', organisationId: 'org-a', lbfNumber: '01', name: 'Kopien' }];
    expect(findDuplicateDepartmentNumbers(list).map((d) => d.department.id)).toEqual(['dep-4']);
  });

  it('finds no repeats in a list of distinct numbers per organisation', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 99_999 }), { maxLength: 30 }), (numbers) => {
        const list = numbers.map((n, i) => ({
          id: `d${i}`,
          organisationId: 'org-a',
          lbfNumber: String(n),
          name: `A${i}`,
        }));
        expect(findDuplicateDepartmentNumbers(list)).toEqual([]);
      }),
    );
  });

  it('finds the repeat when any number is added twice', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 99_999 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (numbers, pick) => {
          const list = numbers.map((n, i) => ({
            id: `d${i}`,
            organisationId: 'org-a',
            lbfNumber: String(n),
            name: `A${i}`,
          }));
          const repeated = list[pick % list.length]!;
          const withRepeat = [...list, { ...repeated, id: 'copy', lbfNumber: `0${repeated.lbfNumber}` }];
          expect(findDuplicateDepartmentNumbers(withRepeat).map((d) => d.department.id)).toEqual(['copy']);
        },
      ),
    );
  });

  it.each([
    ['007', '7'],
    ['0', '0'],
    ['000', '0'],
    [' 12 ', '12'],
    ['12a', '12a'],
  ])('normalises the department number %j to %j', (typed, expected) => {
    expect(normaliseDepartmentNumber(typed)).toBe(expected);
  });
});
