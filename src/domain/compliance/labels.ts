/**
 * The one Danish wording of each compliance status, for pages, the API's consumers, the CLI and
 * the council orientation. Code names stay English (domain.md); users only ever see these.
 * Deliberately no other table of these words anywhere: the architecture note calls three
 * wordings of one status in three layers a defect.
 */
import type { ComplianceStatus } from './types.ts';

export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatus, string> = {
  met: 'Opfyldt',
  due: 'Udestående',
  overdue: 'Over frist',
  missed: 'Ikke opfyldt',
  notApplicable: 'Gælder ikke',
};

/** The status as shown: a late completion still counts as met (rule 5), but says so. */
export function complianceStatusText(status: ComplianceStatus, completedLate = false): string {
  const label = COMPLIANCE_STATUS_LABELS[status];
  return completedLate && status === 'met' ? `${label} (for sent)` : label;
}
