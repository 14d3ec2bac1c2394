/**
 * Input validation for governance models: the SHAPE of the data (types, formats, ranges), with
 * Danish messages and field paths as findings. The rules across fields (legal floor, unique rule
 * ids, validity order) live in validate-model.ts; `checkGovernanceModel` runs both.
 */
import { z } from 'zod';
import type { Finding } from '../shared/finding.ts';
import { isIsoDate } from '../shared/iso-date.ts';
import { typeMessage } from '../shared/type-message.ts';
import { IDENTIFIER_MESSAGE, IDENTIFIER_PATTERN } from './identifiers.ts';
import type { GovernanceModel } from './types.ts';
import { CADENCE_UNITS, PARTIES, SCOPES } from './types.ts';
import { validateModel } from './validate-model.ts';

const text = (what: string) =>
  z
    .string({ error: `${what} skal være tekst` })
    .trim()
    .min(1, { error: `${what} må ikke være tom` });

const isoDateSchema = (what: string) =>
  z
    .string({ error: `${what} skal være en dato (ÅÅÅÅ-MM-DD)` })
    .refine(isIsoDate, { error: `${what} er ikke en gyldig dato (ÅÅÅÅ-MM-DD)` });

const month = (what: string) =>
  z
    .number({ error: `${what} skal være et tal` })
    .int({ error: `${what} skal være et helt tal` })
    .min(1, { error: `${what} skal være mellem 1 og 12` })
    .max(12, { error: `${what} skal være mellem 1 og 12` });

const partySchema = z.enum(PARTIES, {
  error: 'Ukendt part (brug administration, organisation, councilMembers eller relevantUnits)',
});
const requestingPartySchema = z.enum(['administration', 'organisation'], {
  error: 'Kun administration eller organisation kan anmode om deltagelse',
});

export const meetingRuleSchema = z.strictObject({
  id: z
    .string({ error: 'Regel-id skal være tekst' })
    .regex(IDENTIFIER_PATTERN, { error: `Regel-id: ${IDENTIFIER_MESSAGE}` }),
  kind: z
    .string({ error: 'Mødetype skal være tekst' })
    .regex(IDENTIFIER_PATTERN, { error: `Mødetype: ${IDENTIFIER_MESSAGE}` }),
  label: text('Betegnelsen'),
  cadence: z.strictObject({
    unit: z.enum(CADENCE_UNITS, {
      error: 'Hyppighed skal være perSteeringYear, perElectionPeriod eller perCalendarYear',
    }),
    count: z
      .number({ error: 'Antal møder skal være et tal' })
      .int({ error: 'Antal møder skal være et helt tal' })
      .min(1, { error: 'Antal møder skal være mindst 1' }),
  }),
  scope: z.enum(SCOPES, { error: 'Omfang skal være eachOrganisation eller allOrganisations' }),
  requiredParties: z.array(partySchema).min(1, { error: 'Mindst én part skal deltage' }),
  optionalParticipants: z.array(
    z.strictObject({
      who: text('Beskrivelsen af deltagerne'),
      mayRequest: z.array(requestingPartySchema),
    }),
  ),
  statutory: z.boolean({ error: 'Lovpligtig skal være sand eller falsk' }),
  basis: text('Grundlaget'),
  publishMinutes: z.strictObject({
    required: z.boolean({ error: 'Offentliggørelse skal være sand eller falsk' }),
    withinDays: z
      .number({ error: 'Frist for offentliggørelse skal være et antal dage' })
      .int({ error: 'Frist for offentliggørelse skal være et helt antal dage' })
      .min(0, { error: 'Frist for offentliggørelse kan ikke være negativ' })
      .nullable(),
  }),
  window: z.strictObject({ fromMonth: month('Første måned'), toMonth: month('Sidste måned') }).nullable(),
  basedOnDocumentationPackage: z.boolean({
    error: 'Dokumentationspakke som grundlag skal være sand eller falsk',
  }),
});

export const governanceModelSchema = z.strictObject({
  id: text('Modellens id'),
  municipality: z
    .string({ error: 'Kommunekoden skal være tekst' })
    .regex(/^\d{3}$/, { error: 'Kommunekoden skal være tre cifre, fx 707' }),
  name: text('Navnet'),
  version: z
    .number({ error: 'Versionsnummeret skal være et tal' })
    .int({ error: 'Versionsnummeret skal være et helt tal' })
    .min(1, { error: 'Versionsnummeret skal være mindst 1' }),
  validFrom: isoDateSchema('Gyldig fra'),
  validTo: isoDateSchema('Gyldig til').nullable(),
  legalBasis: z.strictObject({
    body: text('Det besluttende organ'),
    decisionDate: isoDateSchema('Beslutningsdatoen'),
    caseNumber: z
      .string({ error: 'Sagsnummeret skal være tekst' })
      .regex(/^\d{2}\/\d{1,6}$/, { error: 'Sagsnummeret skal have formen åå/nnnn, fx 22/8287' })
      .nullable(),
    politicalCaseId: z.string(typeMessage('Sagens id skal være tekst')).min(1).nullable(),
    text: text('Beslutningsteksten'),
    route: z
      .array(
        z.strictObject({
          body: text('Organet'),
          date: isoDateSchema('Datoen'),
          outcome: text('Beslutningen'),
        }),
      )
      .default([]),
  }),
  meetingRules: z.array(meetingRuleSchema, { error: 'Mødereglerne skal være en liste' }),
  template: z
    .strictObject({
      id: text('Skabelonens id'),
      version: z.number({ error: 'Skabelonens version skal være et tal' }).int().min(1),
    })
    .nullable()
    .optional(),
});

export type GovernanceModelInput = z.input<typeof governanceModelSchema>;

// Compile-time guard: the schema's output must stay assignable to the domain type.
const _schemaMatchesType = (m: z.output<typeof governanceModelSchema>): GovernanceModel => m;
void _schemaMatchesType;

/** `meetingRules[0].cadence.count` — the field path format used in findings' `ref`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

/** Danish fallback messages for issues without a field-specific message (zod's own Danish locale). */
const danishFallback = z.locales.da().localeError;

export type ParseResult = { ok: true; model: GovernanceModel } | { ok: false; findings: Finding[] };

/** Checks the shape of untrusted input. Every problem is reported, each with its field path. */
export function parseGovernanceModel(input: unknown): ParseResult {
  const result = governanceModelSchema.safeParse(input, { error: danishFallback });
  if (result.success) return { ok: true, model: result.data };
  return {
    ok: false,
    findings: result.error.issues.map((issue) => ({
      code: `schema.${issue.code}`,
      severity: 'error',
      message: issue.message,
      ref: fieldPath(issue.path),
    })),
  };
}

/**
 * Shape check, then the rules of validateModel. `model` is null when the shape is wrong; when it
 * is set, the findings may still contain errors (e.g. below the legal floor): callers must not
 * store a model while any finding has severity 'error'.
 */
export function checkGovernanceModel(input: unknown): { model: GovernanceModel | null; findings: Finding[] } {
  const parsed = parseGovernanceModel(input);
  if (!parsed.ok) return { model: null, findings: parsed.findings };
  return { model: parsed.model, findings: validateModel(parsed.model) };
}
