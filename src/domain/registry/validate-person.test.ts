import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardRoleArb, nonBoardRoleArb } from './registry-arbitraries.ts';
import { validatePersonCreate, validatePersonEdit } from './validate-person.ts';

const valid = { name: 'Karen Sejersen', email: 'karen.sejersen@norddjurs.example', phone: null };

function errorsOf(input: unknown): Record<string, string> {
  const result = validatePersonCreate(input);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

describe('validatePersonCreate', () => {
  it('accepts a person without roles', () => {
    expect(validatePersonCreate(valid)).toEqual({ ok: true, value: { ...valid, roles: [] } });
  });

  it('stores e-mail addresses in lower case and blank contact fields as null', () => {
    const result = validatePersonCreate({
      name: 'A B',
      email: ' Karen.Sejersen@Norddjurs.Example ',
      phone: '',
    });
    expect(result.ok && [result.value.email, result.value.phone]).toEqual([
      'karen.sejersen@norddjurs.example',
      null,
    ]);
  });

  it.each(['89 59 10 00', '+45 89591000', '0045 8959 1000', '20-30-40-50'])(
    'accepts the phone number %s',
    (phone) => {
      expect(validatePersonCreate({ ...valid, phone }).ok).toBe(true);
    },
  );

  it.each([
    [{ name: '' }, 'name', 'Navn skal udfyldes'],
    [{ email: 'karen@' }, 'email', 'E-mailadressen »karen@« er ugyldig'],
    [{ phone: '1234' }, 'phone', 'Telefonnummeret »1234« er ugyldigt (fx 89 59 10 00)'],
    [{ roles: 'formand' }, 'roles', 'Roller skal være en liste'],
  ])('rejects %j on field %s', (change, field, message) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: message });
  });

  it('accepts each kind of role with its own fields', () => {
    const roles = [
      { kind: 'official', municipality: '707', unit: 'Vej og Ejendom', from: '2020-01-01', to: null },
      { kind: 'mayor', municipality: '707', from: '2022-01-01', to: '2025-12-31' },
      {
        kind: 'councilMember',
        municipality: '707',
        party: 'Socialdemokratiet',
        from: '2022-01-01',
        to: '2025-12-31',
      },
      { kind: 'boardChair', organisationId: 'org-a', from: '2019-05-01', to: null },
      { kind: 'boardViceChair', organisationId: 'org-a', from: '2019-05-01', to: null },
      { kind: 'boardMember', organisationId: 'org-a', from: '2019-05-01', to: null },
      { kind: 'administratorStaff', organisationId: 'org-a', from: '2019-05-01', to: null },
    ];
    expect(validatePersonCreate({ ...valid, roles })).toEqual({ ok: true, value: { ...valid, roles } });
  });

  it.each([
    [{ kind: 'official', municipality: '707', from: '2020-01-01' }, 'roles.0.unit', 'Enhed skal udfyldes'],
    [
      { kind: 'councilMember', municipality: '707', from: '2020-01-01' },
      'roles.0.party',
      'Parti skal udfyldes',
    ],
    [{ kind: 'boardMember', from: '2020-01-01' }, 'roles.0.organisationId', 'Boligorganisation skal vælges'],
    [{ kind: 'mayor', municipality: '707' }, 'roles.0.from', 'Fra skal udfyldes'],
    [
      { kind: 'mayor', municipality: '707', from: '2022-01-01', to: '2021-12-31' },
      'roles.0.to',
      'Til (31-12-2021) ligger før fra (01-01-2022)',
    ],
    [
      { kind: 'pope', from: '2022-01-01' },
      'roles.0.kind',
      'Rollen skal være embedsmand, borgmester, kommunalbestyrelsesmedlem, bestyrelsesformand, næstformand, bestyrelsesmedlem eller administrationsmedarbejder',
    ],
  ])('rejects the role %j at %s', (role, field, message) => {
    expect(errorsOf({ ...valid, roles: [role] })).toEqual({ [field]: message });
  });

  it('accepts any well-formed role, including combinations that § 14 flags', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nonBoardRoleArb, boardRoleArb), { maxLength: 6 }), (roles) => {
        const result = validatePersonCreate({ ...valid, roles });
        expect(result.ok).toBe(true);
        // Text fields come back trimmed; kinds and periods unchanged.
        expect(result.ok && result.value.roles.map((r) => [r.kind, r.from, r.to])).toEqual(
          roles.map((r) => [r.kind, r.from, r.to]),
        );
      }),
    );
  });
});

describe('validatePersonEdit', () => {
  it('requires the id', () => {
    expect(validatePersonEdit(valid)).toEqual({
      ok: false,
      errors: [{ field: 'id', message: 'Personens id skal vælges' }],
    });
  });
});
