/**
 * Create/edit validation for housing organisations and administration organisations, shared by
 * the API, the web forms and the CSV import. Returns field errors with Danish messages.
 *
 * Checks the record on its own plus the pure list checks (CVR unique). Whether a referenced
 * administering organisation exists is for the caller, which holds the list.
 */
import { z } from 'zod';
import type { IsoDate } from '../shared/iso-date.ts';
import { type FieldError, type Validated, validateWith } from './field-errors.ts';
import {
  accountingYearEnd,
  cvrNumber,
  municipalityCode,
  optionalIsoDate,
  optionalText,
  periodProblem,
  recordId,
  requiredIsoDate,
  requiredText,
} from './field-schemas.ts';
import type { AdministeredBy, HousingOrganisation } from './types.ts';

/** Organisation number at Landsbyggefonden: digits only. [open] the exact width; 1–6 digits accepted. */
const LBF_ORGANISATION_NUMBER = /^\d{1,6}$/;

export const ORGANISATION_KINDS = ['housingOrganisation', 'administrationOrganisation'] as const;

const lbfOrganisationNumber = optionalText('LBF-nummer', 20).refine(
  (v) => v === null || LBF_ORGANISATION_NUMBER.test(v),
  { error: (iss) => `LBF-nummeret »${String(iss.input)}« skal være et tal (1-6 cifre)` },
);

/** The fields every organisation input has, without the reference to an administering organisation. */
export const organisationFieldsSchema = z.object(
  {
    name: requiredText('Navn'),
    cvr: cvrNumber(),
    lbfNumber: lbfOrganisationNumber,
    kind: z.enum(ORGANISATION_KINDS, {
      error: 'Art skal være boligorganisation eller administrationsorganisation',
    }),
    seatMunicipality: municipalityCode('Hjemkommune'),
    accountingYearEnd: accountingYearEnd(),
    activeFrom: requiredIsoDate('Aktiv fra'),
    activeTo: optionalIsoDate('Aktiv til'),
  },
  { error: 'Organisationen skal sendes som et objekt med felter' },
);

export const administeredBySchema: z.ZodType<AdministeredBy> = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('self') }),
    z.object({
      kind: z.enum(['administrationOrganisation', 'otherOrganisation']),
      organisationId: recordId('Den administrerende organisation'),
    }),
    z.object({ kind: z.literal('privateAdministrator'), name: requiredText('Administratorens navn') }),
  ],
  {
    error:
      'Administration skal være selv, en administrationsorganisation, en anden organisation eller en privat administrator',
  },
);

/** Cross-field rule: the active period must not end before it starts. */
export function activePeriodIssue(value: {
  activeFrom: IsoDate;
  activeTo: IsoDate | null;
}): FieldError | null {
  const message = periodProblem(value.activeFrom, value.activeTo, 'Aktiv til', 'Aktiv fra');
  return message === null ? null : { field: 'activeTo', message };
}

const withAdministration = organisationFieldsSchema.extend({
  administeredBy: z.preprocess((v) => v ?? undefined, administeredBySchema.default({ kind: 'self' })),
});

export const organisationCreateSchema = withAdministration.superRefine((value, ctx) => {
  const issue = activePeriodIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
});

export const organisationEditSchema = withAdministration
  .extend({ id: recordId('Organisationens id') })
  .superRefine((value, ctx) => {
    const issue = activePeriodIssue(value);
    if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    const by = value.administeredBy;
    if (
      (by.kind === 'administrationOrganisation' || by.kind === 'otherOrganisation') &&
      by.organisationId === value.id
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['administeredBy', 'organisationId'],
        message: 'En organisation kan ikke administreres af sig selv som anden organisation — vælg »selv«',
      });
    }
  });

export type OrganisationCreateInput = Omit<HousingOrganisation, 'id'>;

export function validateOrganisationCreate(input: unknown): Validated<OrganisationCreateInput> {
  return validateWith(organisationCreateSchema, input);
}

export function validateOrganisationEdit(input: unknown): Validated<HousingOrganisation> {
  return validateWith(organisationEditSchema, input);
}

/**
 * The organisation CVR must be unique in the registry: it is the import's idempotency key.
 * `candidate.id` (when editing) excludes the record itself.
 */
export function checkCvrUnique(
  candidate: { id?: string | null; cvr: string },
  organisations: readonly Pick<HousingOrganisation, 'id' | 'cvr' | 'name'>[],
): FieldError | null {
  const other = organisations.find((o) => o.cvr === candidate.cvr && o.id !== candidate.id);
  return other === undefined
    ? null
    : { field: 'cvr', message: `CVR-nummeret ${candidate.cvr} er allerede brugt af ${other.name}` };
}
