import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validCvr } from './registry-arbitraries.ts';
import {
  checkCvrUnique,
  validateOrganisationCreate,
  validateOrganisationEdit,
} from './validate-organisation.ts';

const valid = {
  name: 'Boligselskabet Djurslandsbo',
  cvr: '24256790',
  lbfNumber: '137',
  kind: 'housingOrganisation',
  seatMunicipality: '707',
  activeFrom: '2010-01-01',
};

function errorsOf(input: unknown): Record<string, string> {
  const result = validateOrganisationCreate(input);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

/** zod's own messages are English; any of these words means a schema is missing its Danish text. */
const ENGLISH = /invalid|expected|received|too (small|big)|required/i;

describe('validateOrganisationCreate', () => {
  it('accepts a complete organisation and fills the defaults', () => {
    expect(validateOrganisationCreate(valid)).toEqual({
      ok: true,
      value: {
        ...valid,
        accountingYearEnd: '12-31',
        activeTo: null,
        administeredBy: { kind: 'self' },
      },
    });
  });

  it('normalises what people type around a CVR number and trims the name', () => {
    const result = validateOrganisationCreate({ ...valid, name: '  Djurslandsbo ', cvr: 'DK 24 25 67 90' });
    expect(result.ok && result.value.cvr).toBe('24256790');
    expect(result.ok && result.value.name).toBe('Djurslandsbo');
  });

  it('treats blank optional fields as not given', () => {
    const result = validateOrganisationCreate({
      ...valid,
      lbfNumber: '',
      activeTo: ' ',
      accountingYearEnd: '',
    });
    expect(
      result.ok && [result.value.lbfNumber, result.value.activeTo, result.value.accountingYearEnd],
    ).toEqual([null, null, '12-31']);
  });

  it.each([
    [{ cvr: '12345678' }, 'cvr', 'CVR-nummeret 12345678 er ugyldigt (kontrolcifferet passer ikke)'],
    [{ cvr: '' }, 'cvr', 'CVR-nummer skal udfyldes'],
    [{ cvr: '0123456' }, 'cvr', 'CVR-nummeret 0123456 er ugyldigt (det skal være 8 cifre)'],
    [{ name: '   ' }, 'name', 'Navn skal udfyldes'],
    [{ kind: 'andelsforening' }, 'kind', 'Art skal være boligorganisation eller administrationsorganisation'],
    [
      { seatMunicipality: '7070' },
      'seatMunicipality',
      'Hjemkommune »7070« er ikke en kommunekode (3 cifre, fx 707)',
    ],
    [{ lbfNumber: '13-7' }, 'lbfNumber', 'LBF-nummeret »13-7« skal være et tal (1-6 cifre)'],
    [
      { activeFrom: '2010-02-30' },
      'activeFrom',
      'Aktiv fra »2010-02-30« findes ikke: februar 2010 har 28 dage. Skriv datoen som dd-mm-åååå, fx 30-11-2026',
    ],
    [{ activeFrom: undefined }, 'activeFrom', 'Aktiv fra skal udfyldes'],
    [{ activeTo: '2009-12-31' }, 'activeTo', 'Aktiv til (31-12-2009) ligger før aktiv fra (01-01-2010)'],
  ])('rejects %j on field %s with a Danish message', (change, field, message) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: message });
  });

  it.each([
    ['31-12', '12-31'], // dd-mm, as the form and the registry CSV write it
    ['31-03', '03-31'],
    ['30.06', '06-30'],
    ['30/9', '09-30'],
    ['28-02', '02-28'],
    ['01-01', '01-01'],
    ['12-31', '12-31'], // the month-first form the API used to ask for is still read
    ['3-31', '03-31'],
  ])('accepts the accounting year end %s as %s', (end, stored) => {
    const result = validateOrganisationCreate({ ...valid, accountingYearEnd: end });
    expect(result.ok && result.value.accountingYearEnd).toBe(stored);
  });

  it.each(['02-29', '29-02', '02-30', '30-02', '31-04', '00-10', '32-01', '1231', '31 dec'])(
    'rejects the accounting year end %s',
    (end) => {
      expect(Object.keys(errorsOf({ ...valid, accountingYearEnd: end }))).toEqual(['accountingYearEnd']);
    },
  );

  it('accepts a one-day active period', () => {
    expect(validateOrganisationCreate({ ...valid, activeTo: valid.activeFrom }).ok).toBe(true);
  });

  it('accepts every administration form', () => {
    for (const administeredBy of [
      { kind: 'self' },
      { kind: 'administrationOrganisation', organisationId: 'org-adm' },
      { kind: 'otherOrganisation', organisationId: 'org-other' },
      { kind: 'privateAdministrator', name: 'Ejendomskontoret ApS' },
    ]) {
      const result = validateOrganisationCreate({ ...valid, administeredBy });
      expect(result.ok && result.value.administeredBy).toEqual(administeredBy);
    }
  });

  it('requires the administering organisation to be chosen', () => {
    expect(errorsOf({ ...valid, administeredBy: { kind: 'administrationOrganisation' } })).toEqual({
      'administeredBy.organisationId': 'Den administrerende organisation skal vælges',
    });
  });

  it('reports every field problem at once', () => {
    expect(Object.keys(errorsOf({ cvr: '11111111' })).sort()).toEqual([
      'activeFrom',
      'cvr',
      'kind',
      'name',
      'seatMunicipality',
    ]);
  });

  it('rejects input that is not an object with one error for the whole input', () => {
    expect(validateOrganisationCreate('Djurslandsbo')).toEqual({
      ok: false,
      errors: [{ field: '', message: 'Organisationen skal sendes som et objekt med felter' }],
    });
  });

  it('accepts any valid CVR number', () => {
    fc.assert(fc.property(validCvr, (cvr) => validateOrganisationCreate({ ...valid, cvr }).ok));
  });

  it('answers in Danish whatever it is given', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.object(),
      fc.array(fc.string()),
    );
    const input = fc.dictionary(
      fc.constantFrom(...Object.keys(valid), 'accountingYearEnd', 'activeTo', 'administeredBy'),
      value,
    );
    fc.assert(
      fc.property(input, (partial) => {
        const result = validateOrganisationCreate({ ...valid, ...partial });
        for (const e of result.ok ? [] : result.errors) expect(e.message).not.toMatch(ENGLISH);
      }),
    );
  });
});

describe('validateOrganisationEdit', () => {
  it('requires the id', () => {
    const result = validateOrganisationEdit(valid);
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'id', message: 'Organisationens id skal vælges' },
    ]);
  });

  it('refuses an organisation administered by itself as another organisation', () => {
    const result = validateOrganisationEdit({
      ...valid,
      id: 'org-x',
      administeredBy: { kind: 'otherOrganisation', organisationId: 'org-x' },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['administeredBy.organisationId']);
  });
});

describe('checkCvrUnique', () => {
  const existing = [{ id: 'org-a', cvr: '24256790', name: 'Boligselskabet A' }];

  it('refuses a CVR number another organisation has', () => {
    expect(checkCvrUnique({ cvr: '24256790' }, existing)).toEqual({
      field: 'cvr',
      message: 'CVR-nummeret 24256790 er allerede brugt af Boligselskabet A',
    });
  });

  it('lets an organisation keep its own CVR number when edited', () => {
    expect(checkCvrUnique({ id: 'org-a', cvr: '24256790' }, existing)).toBeNull();
  });

  it('accepts a new CVR number', () => {
    expect(checkCvrUnique({ cvr: '61126228' }, existing)).toBeNull();
  });
});
