/**
 * The agreement form's fields ⇄ the agreement use cases' input: stored agreement → form values,
 * posted fields → input, and the use case's error field names → the form's field names.
 */
import type { StoredAgreement } from '../../app/agreements/agreement-store.ts';

/** A use case's field name as the form field that shows its error. */
export function agreementFieldOf(field: string): string {
  const name = field.startsWith('agreement.') ? field.slice('agreement.'.length) : field;
  if (name.startsWith('departmentIds')) return 'departmentIds';
  if (name === 'responsible') return 'responsible.kind';
  if (name === 'councilApproval') return 'councilApproval.body';
  return name;
}

/** The agreement as form values (flat names as in the form). */
export function agreementValues(a: StoredAgreement): Record<string, string> {
  return {
    text: a.text,
    steeringYear: String(a.steeringYear),
    agreedOn: a.agreedOn,
    objectiveArea: a.objectiveArea,
    target: a.target ?? '',
    'responsible.kind': a.responsible.kind,
    'responsible.name': a.responsible.kind === 'namedUnit' ? a.responsible.name : '',
    deadline: a.deadline ?? '',
    'councilApproval.body': a.councilApproval?.body ?? '',
    'councilApproval.date': a.councilApproval?.date ?? '',
    'councilApproval.caseNumber': a.councilApproval?.caseNumber ?? '',
    meetingId: a.meetingId ?? '',
  };
}

/** Ticked checkboxes arrive as one string or several. */
export function postedDepartmentIds(body: unknown): string[] {
  const raw = (body as Record<string, unknown> | null)?.departmentIds;
  if (Array.isArray(raw)) return raw.map(String);
  return typeof raw === 'string' && raw !== '' ? [raw] : [];
}

/** Form values → the use case's agreement input. The council approval is null when all its fields are blank. */
export function agreementInput(flat: Record<string, string>, departmentIds: string[]) {
  const council = {
    body: flat['councilApproval.body'] ?? '',
    date: flat['councilApproval.date'] ?? '',
    caseNumber: flat['councilApproval.caseNumber'] ?? '',
  };
  const kind = flat['responsible.kind'] ?? '';
  return {
    organisationId: flat.organisationId,
    meetingId: flat.meetingId,
    steeringYear: flat.steeringYear,
    agreedOn: flat.agreedOn,
    objectiveArea: flat.objectiveArea,
    departmentIds,
    text: flat.text,
    target: flat.target,
    responsible: kind === 'namedUnit' ? { kind, name: flat['responsible.name'] } : { kind },
    deadline: flat.deadline,
    councilApproval: Object.values(council).every((v) => v.trim() === '') ? null : council,
  };
}
