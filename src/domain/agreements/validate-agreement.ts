/**
 * Validation of agreement input (API bodies, web forms, CSV rows): create/edit, status changes
 * and progress reports, with Danish messages. Built from the registry's field schemas so that
 * blank form fields mean "not given" everywhere.
 *
 * Checks the input on its own. Whether the organisation and departments exist, and whether a
 * status change is allowed for the stored agreement, is for the caller (status-rules.ts).
 */
import { z } from 'zod';
import { type Validated, validateWith } from '../registry/field-errors.ts';
import {
  isBlank,
  optionalIsoDate,
  optionalText,
  recordId,
  requiredIsoDate,
  requiredText,
} from '../registry/field-schemas.ts';
import { danishDate } from '../shared/iso-date.ts';
import { isWebUrl, WEB_URL_MAX_LENGTH } from '../shared/web-url.ts';
import { OBJECTIVE_AREA_LABELS, STATUS_LABELS } from './labels.ts';
import { AGREEMENT_STATUSES, type Agreement, OBJECTIVE_AREAS, type ResponsibleParty } from './types.ts';

/** Steering years the product handles: the 2010 reform onwards (domain.md §1). */
export const FIRST_STEERING_YEAR = 2010;
export const LAST_STEERING_YEAR = 2100;

export function steeringYearSchema(label = 'Styringsår') {
  return z.preprocess(
    (v) => {
      if (isBlank(v)) return undefined;
      if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
      return v;
    },
    z
      .number({
        error: (iss) =>
          iss.input === undefined
            ? `${label} skal udfyldes`
            : `${label} »${String(iss.input)}« skal være et årstal`,
      })
      .int({ error: `${label} skal være et årstal` })
      .min(FIRST_STEERING_YEAR, { error: `${label} kan tidligst være ${FIRST_STEERING_YEAR}` })
      .max(LAST_STEERING_YEAR, { error: `${label} kan højst være ${LAST_STEERING_YEAR}` }),
  );
}

export const objectiveAreaSchema = z.enum(OBJECTIVE_AREAS, {
  error: `Målområde skal være et af: ${Object.values(OBJECTIVE_AREA_LABELS).join(', ')}`,
});

export const agreementStatusSchema = z.enum(AGREEMENT_STATUSES, {
  error: `Status skal være en af: ${Object.values(STATUS_LABELS).join(', ')}`,
});

/**
 * An optional http(s) link. Other schemes (javascript:, data:, file:) are refused: the link is
 * shown as a clickable link to other users.
 */
export function optionalLink(label: string) {
  // The one URL rule (domain/shared/web-url.ts): only http(s).
  return optionalText(label, WEB_URL_MAX_LENGTH).refine((v) => v === null || isWebUrl(v), {
    error: (iss) => `${label} »${String(iss.input)}« skal være en webadresse, der begynder med https://`,
  });
}

/** A list of ids from JSON (array), a form (one string or several) or nothing. */
const departmentIds = z.preprocess(
  (v) => {
    if (isBlank(v)) return [];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v)) return v.filter((x) => !isBlank(x));
    return v;
  },
  z.array(recordId('Afdeling'), { error: 'Afdelinger skal være en liste af afdelinger' }).max(200),
);

export const responsibleSchema: z.ZodType<ResponsibleParty> = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.enum(['organisation', 'administration', 'both']) }),
    z.object({ kind: z.literal('namedUnit'), name: requiredText('Den ansvarlige enheds navn', 200) }),
  ],
  { error: 'Ansvarlig skal være boligorganisationen, forvaltningen, begge parter eller en navngiven enhed' },
);

export const councilApprovalSchema = z.object(
  {
    body: requiredText('Godkendt af (udvalg eller kommunalbestyrelse)', 200),
    date: requiredIsoDate('Godkendelsesdato'),
    caseNumber: optionalText('Sagsnummer', 50),
  },
  { error: 'Politisk godkendelse skal sendes som et objekt med felter' },
);

const agreementFields = z.object(
  {
    organisationId: recordId('Boligorganisation'),
    meetingId: optionalText('Møde', 100),
    steeringYear: steeringYearSchema(),
    agreedOn: requiredIsoDate('Aftalt den'),
    objectiveArea: objectiveAreaSchema,
    departmentIds,
    text: requiredText('Aftalens tekst', 4000),
    target: optionalText('Målbart mål eller indikator', 2000),
    responsible: responsibleSchema,
    deadline: optionalIsoDate('Deadline'),
    councilApproval: z.preprocess((v) => v ?? null, councilApprovalSchema.nullable()),
  },
  { error: 'Aftalen skal sendes som et objekt med felter' },
);

/** The fields of an agreement that are set on create and edit (not the status: see status changes). */
export const agreementInputSchema = agreementFields.superRefine((value, ctx) => {
  if (value.deadline !== null && value.deadline < value.agreedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['deadline'],
      message: `Deadline (${danishDate(value.deadline)}) ligger før aftalen blev indgået (${danishDate(value.agreedOn)})`,
    });
  }
});

export type AgreementInput = Omit<Agreement, 'id' | 'status' | 'history'>;

export function validateAgreementInput(input: unknown): Validated<AgreementInput> {
  return validateWith(agreementInputSchema, input);
}

/** A status change as the case officer records it; no date means today. */
export const statusChangeInputSchema = z.object(
  {
    status: agreementStatusSchema,
    date: optionalIsoDate('Dato'),
    note: optionalText('Note', 4000),
    evidenceUrl: optionalLink('Link til dokumentation'),
    meetingId: optionalText('Møde', 100),
  },
  { error: 'Statusændringen skal sendes som et objekt med felter' },
);

export type StatusChangeInput = z.output<typeof statusChangeInputSchema>;

/** An organisation's progress report: a proposed status and a note are always required. */
export const progressProposalInputSchema = z.object(
  {
    status: agreementStatusSchema,
    note: requiredText('Note', 4000),
    evidenceUrl: optionalLink('Link til dokumentation'),
  },
  { error: 'Forslaget skal sendes som et objekt med felter' },
);

export type ProgressProposalInput = z.output<typeof progressProposalInputSchema>;
