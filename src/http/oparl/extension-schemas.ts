/**
 * The styringsdialog extension of OParl 1.1 (issue 15): objects OParl has no type for, described
 * by our own JSON Schemas (draft-07), served at /oparl/v1.1/extension/schema/<Name>.json. An
 * object's `type` is the URL of its schema. Documented in docs/oparl.md.
 *
 * - PublishedAccount: the published account (redegørelse) of a dialogue meeting — both parties'
 *   assessments and the agreements (almenboligloven § 164, stk. 2), its version and corrections.
 * - Agreement: an agreement made at a meeting whose account is published, with its objective
 *   area, responsible party, deadline and status history.
 * - Obligation: a statutory obligation (rule, due date) of a steering year with its compliance
 *   status and the public evidence for it.
 */
import { AGREEMENT_STATUSES, OBJECTIVE_AREAS } from '../../domain/agreements/types.ts';
import type { OparlUrls } from './oparl-urls.ts';

type Schema = Record<string, unknown>;

const uri = { type: 'string', format: 'uri' } as const;
const date = { type: 'string', format: 'date' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const text = { type: 'string' } as const;

export const EXTENSION_NAMES = ['PublishedAccount', 'Agreement', 'Obligation'] as const;
export type ExtensionName = (typeof EXTENSION_NAMES)[number];

function object(
  u: OparlUrls,
  name: ExtensionName,
  description: string,
  required: string[],
  properties: Schema,
): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: u.extensionSchema(name),
    title: name,
    description,
    type: 'object',
    required: ['id', 'type', 'body', 'created', 'modified', ...required],
    additionalProperties: false,
    properties: {
      id: uri,
      type: { const: u.extensionSchema(name) },
      body: uri,
      web: uri,
      created: dateTime,
      modified: dateTime,
      deleted: { type: 'boolean' },
      ...properties,
    },
  };
}

export function extensionSchema(u: OparlUrls, name: ExtensionName): Schema {
  switch (name) {
    case 'PublishedAccount':
      return object(
        u,
        name,
        'The published account (redegørelse) of a governance dialogue meeting, as last published (almenboligloven § 164, stk. 2).',
        [
          'meeting',
          'name',
          'legalBasis',
          'publishedOn',
          'version',
          'organisationAssessment',
          'municipalityAssessment',
          'noAgreements',
          'agreements',
          'corrections',
          'versions',
          'file',
        ],
        {
          meeting: uri,
          organization: uri,
          name: text,
          legalBasis: text,
          heldOn: date,
          publishedOn: date,
          version: { type: 'integer', minimum: 1 },
          organisationAssessment: text,
          municipalityAssessment: text,
          // A theme meeting's account: the municipality's summary instead of assessments (issue 13).
          summary: text,
          noAgreements: { type: 'boolean' },
          agreements: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'objectiveArea', 'objectiveAreaLabel', 'responsible'],
              properties: {
                text,
                objectiveArea: { enum: [...OBJECTIVE_AREAS] },
                objectiveAreaLabel: text,
                deadline: date,
                responsible: text,
              },
            },
          },
          corrections: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['version', 'on', 'reason'],
              properties: { version: { type: 'integer', minimum: 2 }, on: date, reason: text },
            },
          },
          versions: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['version', 'publishedOn', 'web'],
              properties: { version: { type: 'integer', minimum: 1 }, publishedOn: date, web: uri },
            },
          },
          file: uri,
        },
      );
    case 'Obligation':
      return object(
        u,
        name,
        'An obligation of a steering year from the law (almenboligloven § 164) and the municipality’s governance model, with its compliance status and public evidence.',
        [
          'year',
          'kind',
          'rule',
          'name',
          'basis',
          'statutory',
          'period',
          'dueBy',
          'status',
          'statusLabel',
          'completedLate',
          'evidence',
        ],
        {
          year: { type: 'integer' },
          kind: text,
          rule: text,
          name: text,
          basis: text,
          statutory: { type: 'boolean' },
          organization: uri,
          period: text,
          dueBy: date,
          status: { enum: ['met', 'due', 'overdue', 'missed', 'notApplicable'] },
          statusLabel: text,
          completedOn: date,
          completedLate: { type: 'boolean' },
          evidence: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'date'],
              properties: {
                kind: { enum: ['meetingHeld', 'accountPublished', 'packageReceived', 'notApplicable'] },
                date,
                meeting: uri,
                url: uri,
              },
            },
          },
        },
      );
    case 'Agreement':
      return object(
        u,
        name,
        'An agreement (aftale) made at a governance dialogue meeting whose account is published, with its status history.',
        [
          'organization',
          'meeting',
          'publishedAccount',
          'steeringYear',
          'agreedOn',
          'text',
          'objectiveArea',
          'objectiveAreaLabel',
          'responsible',
          'status',
          'statusLabel',
          'statusHistory',
        ],
        {
          organization: uri,
          meeting: uri,
          publishedAccount: uri,
          steeringYear: { type: 'integer' },
          agreedOn: date,
          text,
          target: text,
          objectiveArea: { enum: [...OBJECTIVE_AREAS] },
          objectiveAreaLabel: text,
          responsible: {
            type: 'object',
            additionalProperties: false,
            required: ['kind', 'label'],
            properties: {
              kind: { enum: ['organisation', 'administration', 'both', 'namedUnit'] },
              label: text,
            },
          },
          deadline: date,
          status: { enum: [...AGREEMENT_STATUSES] },
          statusLabel: text,
          statusHistory: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['status', 'date'],
              properties: { status: { enum: [...AGREEMENT_STATUSES] }, date, note: text, evidenceUrl: uri },
            },
          },
        },
      );
  }
}

/** What /oparl/v1.1/extension answers: the extension's name, its documentation and schemas. */
export function extensionIndex(u: OparlUrls): Schema {
  return {
    id: u.extensionIndex,
    name: 'Styringsdialog-udvidelse af OParl 1.1',
    description:
      'Objekter for styringsdialogen (almenboligloven § 164), som OParl ikke har: offentliggjorte redegørelser og aftaler. Egenskaber med præfikset sd: på OParl-objekter hører også til udvidelsen.',
    schemas: Object.fromEntries(EXTENSION_NAMES.map((n) => [n, u.extensionSchema(n)])),
  };
}
