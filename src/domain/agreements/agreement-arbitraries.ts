/**
 * fast-check generators and a builder for agreement tests. Test support only: imported by
 * *.test.ts files, never by production code.
 */
import fc from 'fast-check';
import { isoDateArb } from '../registry/registry-arbitraries.ts';
import { addDays } from '../shared/iso-date.ts';
import {
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementStatus,
  OBJECTIVE_AREAS,
  type StatusChange,
} from './types.ts';

export const statusArb: fc.Arbitrary<AgreementStatus> = fc.constantFrom(...AGREEMENT_STATUSES);

/** A plain agreement for example tests; `overrides` wins, and `status` alone sets a consistent history. */
export function anAgreement(overrides: Partial<Agreement> = {}): Agreement {
  const agreedOn = overrides.agreedOn ?? '2025-10-14';
  const status = overrides.status ?? 'agreed';
  const history: StatusChange[] = overrides.history ?? [
    historyEntry('agreed', agreedOn),
    ...(status === 'agreed' ? [] : [historyEntry(status, addDays(agreedOn, 30), 'Fulgt op')]),
  ];
  return {
    id: 'agr-1',
    organisationId: 'org-a',
    meetingId: null,
    steeringYear: 2025,
    agreedOn,
    objectiveArea: 'economyAndOperations',
    departmentIds: [],
    text: 'Tomgangen nedbringes.',
    target: null,
    responsible: { kind: 'organisation' },
    deadline: '2026-06-30',
    councilApproval: null,
    ...overrides,
    status,
    history,
  };
}

export function historyEntry(
  status: AgreementStatus,
  date: string,
  note: string | null = null,
): StatusChange {
  return {
    status,
    date,
    changedBy: 'user:test',
    changedByName: 'Test Sagsbehandler',
    note,
    evidenceUrl: null,
    meetingId: null,
    proposedByName: null,
  };
}

/** Agreements over a few organisations and years, each with a consistent one- or two-entry history. */
export const agreementArb: fc.Arbitrary<Agreement> = fc
  .record({
    n: fc.integer({ min: 1, max: 1_000_000 }),
    organisationId: fc.constantFrom('org-a', 'org-b', 'org-c'),
    steeringYear: fc.integer({ min: 2018, max: 2030 }),
    objectiveArea: fc.constantFrom(...OBJECTIVE_AREAS),
    status: statusArb,
    deadline: fc.option(isoDateArb, { nil: null }),
  })
  .map(({ n, organisationId, steeringYear, objectiveArea, status, deadline }) =>
    anAgreement({
      id: `agr-${n}`,
      organisationId,
      steeringYear,
      agreedOn: `${steeringYear}-10-01`,
      objectiveArea,
      status,
      deadline,
    }),
  );

export const agreementsArb = fc.uniqueArray(agreementArb, { selector: (a) => a.id, maxLength: 30 });
