/**
 * The public shape of an obligation and its assessment, shared by the JSON API and the CLI's
 * `--json` output so that the two cannot drift apart.
 */
import { complianceStatusText } from '../../domain/compliance/labels.ts';
import type { ObligationAssessment } from '../../domain/compliance/types.ts';
import type { Obligation } from '../../domain/obligations/types.ts';

export interface ObligationView {
  id: string;
  kind: string;
  label: string;
  organisation: { id: string; name: string } | null;
  periodKind: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  dueBy: string;
  statutory: boolean;
  basis: string;
  modelId: string | null;
  modelVersion: number | null;
}

export function obligationView(o: Obligation): ObligationView {
  return {
    id: o.id,
    kind: o.kind,
    label: o.label,
    organisation: o.organisation ? { id: o.organisation.id, name: o.organisation.name } : null,
    periodKind: o.periodKind,
    periodLabel: o.periodLabel,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    dueBy: o.dueBy,
    statutory: o.statutory,
    basis: o.basis,
    modelId: o.modelId,
    modelVersion: o.modelVersion,
  };
}

export interface AssessedObligationView extends ObligationView {
  status: ObligationAssessment['status'];
  /** The status in the one Danish wording (domain/compliance/labels.ts), "(for sent)" when late. */
  statusLabel: string;
  completedOn: string | null;
  completedLate: boolean;
  account: { dueBy: string; publishedOn: string | null; late: boolean } | null;
  findings: { code: string; severity: string; message: string }[];
  evidence: { kind: string; ref: string | null; date: string }[];
}

export function assessedObligationView(
  o: Obligation,
  a: ObligationAssessment | undefined,
): AssessedObligationView {
  return {
    ...obligationView(o),
    status: a?.status ?? 'due',
    statusLabel: complianceStatusText(a?.status ?? 'due', a?.completedLate ?? false),
    completedOn: a?.completedOn ?? null,
    completedLate: a?.completedLate ?? false,
    account: a?.account
      ? { dueBy: a.account.dueBy, publishedOn: a.account.publishedOn, late: a.account.late }
      : null,
    findings: (a?.findings ?? []).map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
    evidence: (a?.evidence ?? []).map((e) => ({ kind: e.kind, ref: e.ref, date: e.date })),
  };
}
