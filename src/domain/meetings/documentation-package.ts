/**
 * The documentation package (dokumentationspakke) per organisation and steering year: a checklist
 * of the documents received, the due date, and the tick "markeret som afholdt i
 * Almenstyringsdialog.dk" after the meeting.
 *
 * Sources:
 * - almenboligloven § 164, stk. 3: the organisation's yearly report (styringsrapport) is the
 *   basis of the meeting.
 * - domain.md §2 [law/practice]: the package holds styringsrapport, afdelingsskemaer, accounts
 *   for the organisation and each department, regnskabsspørgeskema, årsberetning,
 *   revisionsprotokol and any analyses; it is filed through LBF's portal Almenstyringsdialog.dk,
 *   where the municipality also marks that the meeting was held. No API is known, so the user
 *   ticks that by hand [practice].
 * - Due date: final accounts within 6 months of the accounting year's end (domain.md §2),
 *   steering-year/steering-year.ts `documentationPackageDueDate`. [practice][open] the whole
 *   package is treated as due then.
 *
 * Not here: which organisations owe a package (obligations/), uploading files (app/).
 */

import type { Fact } from '../compliance/types.ts';
import type { Finding } from '../shared/finding.ts';
import { danishDate, type IsoDate, isIsoDate } from '../shared/iso-date.ts';
import { DEFAULT_ACCOUNTING_YEAR_END, documentationPackageDueDate } from '../steering-year/steering-year.ts';

export const PACKAGE_DOCUMENT_KINDS = [
  'steeringReport',
  'departmentForms',
  'accounts',
  'accountsQuestionnaire',
  'annualReport',
  'auditBook',
  'analyses',
] as const;
export type PackageDocumentKind = (typeof PACKAGE_DOCUMENT_KINDS)[number];

export const PACKAGE_DOCUMENT_LABELS: Readonly<Record<PackageDocumentKind, string>> = {
  steeringReport: 'Styringsrapport',
  departmentForms: 'Afdelingsskemaer',
  accounts: 'Regnskab for organisationen og afdelingerne',
  accountsQuestionnaire: 'Regnskabsspørgeskema',
  annualReport: 'Årsberetning',
  auditBook: 'Revisionsprotokol',
  analyses: 'Analyser',
};

/** domain.md §2: "and any analyses" — analyses are optional, the rest required. */
export const REQUIRED_PACKAGE_DOCUMENTS: readonly PackageDocumentKind[] = PACKAGE_DOCUMENT_KINDS.filter(
  (k) => k !== 'analyses',
);

export const PORTAL_NAME = 'Almenstyringsdialog.dk';

export interface PackageDocument {
  kind: PackageDocumentKind;
  receivedOn: IsoDate | null;
  /** e.g. the portal's reference or the archive's document number. */
  reference: string | null;
  note: string | null;
}

export interface PortalMarking {
  on: IsoDate;
  by: string;
}

export interface DocumentationPackage {
  organisationId: string;
  steeringYear: number;
  /** The organisation's accounting year end, MM-DD (registry). */
  accountingYearEnd: string;
  documents: PackageDocument[];
  /** The tick "markeret som afholdt i Almenstyringsdialog.dk"; null until ticked. */
  markedHeldInPortal: PortalMarking | null;
}

export function emptyPackage(
  organisationId: string,
  steeringYear: number,
  accountingYearEnd: string = DEFAULT_ACCOUNTING_YEAR_END,
): DocumentationPackage {
  return {
    organisationId,
    steeringYear,
    accountingYearEnd,
    documents: PACKAGE_DOCUMENT_KINDS.map((kind) => ({
      kind,
      receivedOn: null,
      reference: null,
      note: null,
    })),
    markedHeldInPortal: null,
  };
}

/** Records (or, with null, clears) the receipt of one document. */
export function recordDocument(
  pkg: DocumentationPackage,
  kind: PackageDocumentKind,
  receivedOn: IsoDate | null,
  reference: string | null = null,
): DocumentationPackage {
  if (receivedOn !== null && !isIsoDate(receivedOn)) throw new RangeError(`Ugyldig dato: "${receivedOn}"`);
  const exists = pkg.documents.some((d) => d.kind === kind);
  const documents = exists
    ? pkg.documents.map((d) => (d.kind === kind ? { ...d, receivedOn, reference } : d))
    : [...pkg.documents, { kind, receivedOn, reference, note: null }];
  return { ...pkg, documents };
}

export type PortalTickResult = { ok: true; pkg: DocumentationPackage } | { ok: false; message: string };

/** Ticks "markeret som afholdt i Almenstyringsdialog.dk" — only once the meeting has been held. */
export function markHeldInPortal(
  pkg: DocumentationPackage,
  marking: PortalMarking,
  meetingHeldOn: IsoDate | null,
): PortalTickResult {
  if (meetingHeldOn === null) {
    return { ok: false, message: `Mødet kan ikke markeres som afholdt i ${PORTAL_NAME}, før det er holdt` };
  }
  if (marking.on < meetingHeldOn) {
    return {
      ok: false,
      message: `Markeringen i ${PORTAL_NAME} kan ikke være dateret før mødet (${danishDate(meetingHeldOn)})`,
    };
  }
  if (marking.by.trim() === '')
    return { ok: false, message: 'Angiv, hvem der har markeret mødet som afholdt' };
  return { ok: true, pkg: { ...pkg, markedHeldInPortal: { on: marking.on, by: marking.by.trim() } } };
}

/**
 * complete: every required document received by the due date.
 * incomplete: something required is missing and the due date has not passed.
 * late: the due date has passed with something missing, or everything arrived but some after it.
 */
export type PackageState = 'complete' | 'incomplete' | 'late';

/** notDue: the meeting is not held yet; due: held, not ticked; done: ticked. */
export type PortalMarkingState = 'notDue' | 'due' | 'done';

export interface PackageStatus {
  status: PackageState;
  dueBy: IsoDate;
  /** When the last required document arrived; null while any is missing. */
  completedOn: IsoDate | null;
  missing: PackageDocumentKind[];
  receivedLate: PackageDocumentKind[];
  portalMarking: PortalMarkingState;
  findings: Finding[];
}

export interface PackageStatusInput {
  pkg: DocumentationPackage;
  today: IsoDate;
  /** The date of the steering year's dialogue meeting, once held. */
  meetingHeldOn: IsoDate | null;
}

export function packageStatus({ pkg, today, meetingHeldOn }: PackageStatusInput): PackageStatus {
  const dueBy = documentationPackageDueDate(pkg.steeringYear, pkg.accountingYearEnd, 'final');
  const ref = `${pkg.organisationId}:${pkg.steeringYear}`;
  const findings: Finding[] = [];
  const received = new Map<PackageDocumentKind, IsoDate>();
  for (const d of pkg.documents) {
    if (d.receivedOn === null) continue;
    if (d.receivedOn > today) {
      // As compliance does: the future is never believed (assess-compliance.ts, rule 2).
      findings.push({
        code: 'package.receivedInFuture',
        severity: 'warning',
        message: `${PACKAGE_DOCUMENT_LABELS[d.kind]} er registreret modtaget ${danishDate(d.receivedOn)}, efter i dag, og tæller ikke med`,
        ref,
      });
      continue;
    }
    received.set(d.kind, d.receivedOn);
  }
  const missing = REQUIRED_PACKAGE_DOCUMENTS.filter((k) => !received.has(k));
  const receivedLate = PACKAGE_DOCUMENT_KINDS.filter((k) => {
    const on = received.get(k);
    return on !== undefined && on > dueBy;
  });
  const overdue = today > dueBy;
  for (const k of missing) {
    findings.push({
      code: overdue ? 'package.documentOverdue' : 'package.documentMissing',
      severity: overdue ? 'error' : 'info',
      message: overdue
        ? `${PACKAGE_DOCUMENT_LABELS[k]} mangler; fristen var ${danishDate(dueBy)}`
        : `${PACKAGE_DOCUMENT_LABELS[k]} mangler (frist ${danishDate(dueBy)})`,
      ref,
    });
  }
  for (const k of receivedLate) {
    findings.push({
      code: 'package.documentLate',
      severity: 'warning',
      message: `${PACKAGE_DOCUMENT_LABELS[k]} blev modtaget ${danishDate(received.get(k) as IsoDate)}, efter fristen ${danishDate(dueBy)}`,
      ref,
    });
  }
  const completedOn =
    missing.length === 0
      ? REQUIRED_PACKAGE_DOCUMENTS.map((k) => received.get(k) as IsoDate).reduce((a, b) => (a > b ? a : b))
      : null;
  const status: PackageState =
    missing.length > 0
      ? overdue
        ? 'late'
        : 'incomplete'
      : completedOn !== null && completedOn > dueBy
        ? 'late'
        : 'complete';

  let portalMarking: PortalMarkingState = 'notDue';
  if (pkg.markedHeldInPortal) portalMarking = 'done';
  else if (meetingHeldOn !== null && meetingHeldOn <= today) {
    portalMarking = 'due';
    // domain.md §2 [practice]: the municipality marks in the portal that the meeting was held.
    findings.push({
      code: 'package.portalNotMarked',
      severity: 'warning',
      message: `Mødet er ikke markeret som afholdt i ${PORTAL_NAME}`,
      ref,
    });
  }
  return { status, dueBy, completedOn, missing, receivedLate, portalMarking, findings };
}

/**
 * The `packageReceived` fact for the package's obligation, once every required document has
 * arrived (dated the last arrival); none before.
 */
export function factsForPackage(pkg: DocumentationPackage, obligationId: string, today: IsoDate): Fact[] {
  const { completedOn } = packageStatus({ pkg, today, meetingHeldOn: null });
  return completedOn === null
    ? []
    : [{ obligationId, kind: 'packageReceived', date: completedOn, ref: null, note: null }];
}
