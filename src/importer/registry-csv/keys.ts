/**
 * Idempotency keys for upserting imported rows: importing the same file twice must change
 * nothing. Organisations by CVR, departments by (organisation CVR, LBF department number),
 * people by e-mail, or by name when there is no e-mail.
 */
import { normaliseDepartmentNumber } from '../../domain/registry/validate-department.ts';

export function organisationKey(cvr: string): string {
  return `organisation:${cvr}`;
}

export function departmentKey(organisationCvr: string, lbfNumber: string): string {
  return `department:${organisationCvr}:${normaliseDepartmentNumber(lbfNumber)}`;
}

/** Names compare without case and with runs of spaces collapsed: "Anne  Holm" = "anne holm". */
export function normalisePersonName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export function personKey(person: { email: string | null; name: string }): string {
  return person.email !== null && person.email.trim() !== ''
    ? `person:email:${person.email.trim().toLowerCase()}`
    : `person:name:${normalisePersonName(person.name)}`;
}
