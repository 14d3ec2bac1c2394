/**
 * Create/edit validation for people and their roles over time (official, mayor, council member,
 * board roles, administrator staff), shared by the API, the web forms and the CSV import.
 *
 * Checks each role on its own (required fields, period not ending before it starts). It does not
 * judge combinations of roles: a § 14 conflict is a finding (conflicts.ts), never a blocked save.
 */
import { z } from 'zod';
import { type Validated, validateWith } from './field-errors.ts';
import {
  isBlank,
  municipalityCode,
  optionalIsoDate,
  optionalText,
  periodProblem,
  recordId,
  requiredIsoDate,
  requiredText,
} from './field-schemas.ts';
import type { Person, PersonRole } from './types.ts';

export const PERSON_ROLE_KINDS = [
  'official',
  'mayor',
  'councilMember',
  'boardChair',
  'boardViceChair',
  'boardMember',
  'administratorStaff',
] as const;

export const BOARD_ROLE_KINDS = ['boardChair', 'boardViceChair', 'boardMember'] as const;

const email = z.preprocess(
  (v) => (isBlank(v) ? null : v),
  z
    .string({ error: 'E-mail skal være tekst' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: (iss) => `E-mailadressen »${String(iss.input)}« er ugyldig` }))
    .nullable(),
);

/** Danish numbers have 8 digits, optionally +45/0045 first; foreign numbers start with + and 7–15 digits. */
const phone = optionalText('Telefon', 30).refine((v) => v === null || /^(\+|00)?[\d\s-]{8,20}$/.test(v), {
  error: (iss) => `Telefonnummeret »${String(iss.input)}« er ugyldigt (fx 89 59 10 00)`,
});

const period = {
  from: requiredIsoDate('Fra'),
  to: optionalIsoDate('Til'),
};

export const personRoleSchema: z.ZodType<PersonRole> = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('official'),
      municipality: municipalityCode('Kommune'),
      unit: requiredText('Enhed'),
      ...period,
    }),
    z.object({ kind: z.literal('mayor'), municipality: municipalityCode('Kommune'), ...period }),
    z.object({
      kind: z.literal('councilMember'),
      municipality: municipalityCode('Kommune'),
      party: requiredText('Parti'),
      ...period,
    }),
    z.object({ kind: z.enum(BOARD_ROLE_KINDS), organisationId: recordId('Boligorganisation'), ...period }),
    z.object({ kind: z.literal('administratorStaff'), organisationId: recordId('Organisation'), ...period }),
  ],
  {
    error:
      'Rollen skal være embedsmand, borgmester, kommunalbestyrelsesmedlem, bestyrelsesformand, næstformand, bestyrelsesmedlem eller administrationsmedarbejder',
  },
);

/** The fields of a person without roles (name, email, phone). */
export const personFieldsSchema = z.object(
  {
    name: requiredText('Navn'),
    email,
    phone,
  },
  { error: 'Personen skal sendes som et objekt med felter' },
);

const withRoles = personFieldsSchema.extend({
  roles: z.preprocess(
    (v) => v ?? undefined,
    z.array(personRoleSchema, { error: 'Roller skal være en liste' }).default([]),
  ),
});

/** Cross-field rule per role: a role must not end before it starts. */
function checkRolePeriods(value: { roles: PersonRole[] }, ctx: z.RefinementCtx): void {
  value.roles.forEach((role, i) => {
    const message = periodProblem(role.from, role.to, 'Til', 'Fra');
    if (message) ctx.addIssue({ code: 'custom', path: ['roles', i, 'to'], message });
  });
}

export const personCreateSchema = withRoles.superRefine(checkRolePeriods);
export const personEditSchema = withRoles
  .extend({ id: recordId('Personens id') })
  .superRefine(checkRolePeriods);

export function validatePersonCreate(input: unknown): Validated<Omit<Person, 'id'>> {
  return validateWith(personCreateSchema, input);
}

export function validatePersonEdit(input: unknown): Validated<Person> {
  return validateWith(personEditSchema, input);
}

/** Danish names of the roles, as shown to users and typed in the CSV "rolle" column. */
export const ROLE_LABELS: Record<PersonRole['kind'], string> = {
  official: 'embedsmand',
  mayor: 'borgmester',
  councilMember: 'kommunalbestyrelsesmedlem',
  boardChair: 'bestyrelsesformand',
  boardViceChair: 'næstformand',
  boardMember: 'bestyrelsesmedlem',
  administratorStaff: 'administrationsmedarbejder',
};
