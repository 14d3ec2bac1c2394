/**
 * Create/edit validation for housing departments (afdelinger), shared by the API, the web forms
 * and the CSV import, plus the pure list check that an LBF department number is unique within
 * its organisation.
 */
import { z } from 'zod';
import { type FieldError, type Validated, validateWith } from './field-errors.ts';
import { isBlank, municipalityCode, recordId, requiredText, yesNo } from './field-schemas.ts';
import type { Department } from './types.ts';

export const DEPARTMENT_KINDS = ['family', 'elderly', 'youth'] as const;

/** The largest departments in Denmark have a few thousand homes; anything above is a typing error. */
export const MAX_HOMES = 10_000;

/**
 * LBF department numbers are compared without leading zeros: Excel drops them ("007" → "7"), so
 * "007" and "7" must be the same department. [open] the exact LBF format; 1–5 digits accepted.
 */
export function normaliseDepartmentNumber(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, '') : trimmed;
}

const departmentNumber = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : isBlank(v) ? undefined : v),
  z
    .string({
      error: (iss) =>
        iss.input === undefined ? 'Afdelingsnummer skal udfyldes' : 'Afdelingsnummer skal være tekst',
    })
    .trim()
    .regex(/^\d{1,5}$/, {
      error: (iss) => `Afdelingsnummeret »${String(iss.input)}« skal være et tal (1-5 cifre)`,
    })
    .transform(normaliseDepartmentNumber),
);

const homes = z.preprocess(
  (v) => {
    if (isBlank(v)) return undefined;
    if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
    return v;
  },
  z
    .number({
      error: (iss) =>
        iss.input === undefined
          ? 'Antal boliger skal udfyldes'
          : `Antal boliger »${String(iss.input)}« skal være et helt tal`,
    })
    .int({ error: 'Antal boliger skal være et helt tal' })
    .min(1, { error: 'Antal boliger skal være mindst 1' })
    .max(MAX_HOMES, { error: `Antal boliger kan højst være ${MAX_HOMES}` }),
);

/** The fields every department input has, without the reference to its organisation. */
export const departmentFieldsSchema = z.object(
  {
    lbfNumber: departmentNumber,
    name: requiredText('Navn'),
    address: requiredText('Adresse', 300),
    locationMunicipality: municipalityCode('Beliggenhedskommune'),
    homes,
    kind: z.enum(DEPARTMENT_KINDS, { error: 'Boligtype skal være familie, ældre eller ungdom' }),
    hasDepartmentBoard: yesNo('Afdelingsbestyrelse'),
  },
  { error: 'Afdelingen skal sendes som et objekt med felter' },
);

export const departmentCreateSchema = departmentFieldsSchema.extend({
  organisationId: recordId('Boligorganisation'),
});

export const departmentEditSchema = departmentCreateSchema.extend({ id: recordId('Afdelingens id') });

export function validateDepartmentCreate(input: unknown): Validated<Omit<Department, 'id'>> {
  return validateWith(departmentCreateSchema, input);
}

export function validateDepartmentEdit(input: unknown): Validated<Department> {
  return validateWith(departmentEditSchema, input);
}

/**
 * LBF department numbers are unique within an organisation (the same number may recur in another
 * organisation). `candidate.id` (when editing) excludes the department itself. Source: LBF
 * identifies a department by organisation number + department number.
 */
export function checkDepartmentNumberUnique(
  candidate: { id?: string | null; organisationId: string; lbfNumber: string },
  departments: readonly Pick<Department, 'id' | 'organisationId' | 'lbfNumber' | 'name'>[],
): FieldError | null {
  const number = normaliseDepartmentNumber(candidate.lbfNumber);
  const other = departments.find(
    (d) =>
      d.organisationId === candidate.organisationId &&
      d.id !== candidate.id &&
      normaliseDepartmentNumber(d.lbfNumber) === number,
  );
  return other === undefined
    ? null
    : {
        field: 'lbfNumber',
        message: `Afdelingsnummer ${number} er allerede brugt af ${other.name} i samme boligorganisation`,
      };
}

/** Every department whose number repeats an earlier one in the same organisation, with the error. */
export function findDuplicateDepartmentNumbers(
  departments: readonly Pick<Department, 'id' | 'organisationId' | 'lbfNumber' | 'name'>[],
): { department: Pick<Department, 'id'>; error: FieldError }[] {
  const found: { department: Pick<Department, 'id'>; error: FieldError }[] = [];
  departments.forEach((d, i) => {
    const error = checkDepartmentNumberUnique(d, departments.slice(0, i));
    if (error) found.push({ department: { id: d.id }, error });
  });
  return found;
}
