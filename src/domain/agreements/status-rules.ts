/**
 * The agreement status rules: which status changes are allowed, what each needs, and how a
 * change is applied to the history. Pure: callers pass `today`.
 *
 * Sources: agreements are followed up at next year's dialogue meeting until they are settled, and
 * the published account describes the agreements (domain.md §1–2) [law via the operating order,
 * practice]. A closed agreement must therefore say why it was closed: a note is required for
 * fulfilled, not fulfilled and dropped, and for reopening one. The exact vocabulary of statuses is
 * the product's choice [practice] — no statutory list exists.
 *
 * Deliberately not here: who may change a status (app/agreements/access.ts) and storage.
 */
import type { FieldError } from '../registry/field-errors.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import { danishDate } from '../shared/iso-date.ts';
import { STATUS_LABELS } from './labels.ts';
import type { Agreement, AgreementStatus, StatusChange } from './types.ts';

/** Settled agreements: not followed up any more. */
export const CLOSED_STATUSES: readonly AgreementStatus[] = ['fulfilled', 'notFulfilled', 'dropped'];

export function isClosed(status: AgreementStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/**
 * Allowed next statuses. `agreed` is only ever the first entry: an agreement cannot go back to
 * "just agreed". A closed agreement may be reopened (to `inProgress`) or its closing corrected
 * (to another closed status) — both with a note, so the history says why.
 */
const NEXT: Record<AgreementStatus, readonly AgreementStatus[]> = {
  agreed: ['inProgress', 'fulfilled', 'notFulfilled', 'dropped'],
  inProgress: ['fulfilled', 'notFulfilled', 'dropped'],
  fulfilled: ['inProgress', 'notFulfilled', 'dropped'],
  notFulfilled: ['inProgress', 'fulfilled', 'dropped'],
  dropped: ['inProgress', 'fulfilled', 'notFulfilled'],
};

export function allowedNextStatuses(status: AgreementStatus): readonly AgreementStatus[] {
  return NEXT[status];
}

export function isAllowedTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return NEXT[from].includes(to);
}

/** True when moving `from` → `to` needs a note: closing, or reopening a closed agreement. */
export function requiresNote(from: AgreementStatus, to: AgreementStatus): boolean {
  return isClosed(to) || isClosed(from);
}

export const CLOSING_NOTE_MESSAGE =
  'Skriv en note: når en aftale lukkes (opfyldt, ikke opfyldt eller bortfaldet), skal det fremgå hvorfor';
export const REOPENING_NOTE_MESSAGE = 'Skriv en note: når en lukket aftale genåbnes, skal det fremgå hvorfor';

export interface StatusChangeRequest {
  status: AgreementStatus;
  date: IsoDate;
  note: string | null;
}

/**
 * The problems with changing `agreement` as `change` asks, as field errors on `status`, `note`
 * and `date`; empty when the change is allowed. Never throws.
 */
export function checkStatusChange(
  agreement: Pick<Agreement, 'status' | 'history'>,
  change: StatusChangeRequest,
  today: IsoDate,
): FieldError[] {
  const errors: FieldError[] = [];
  const from = agreement.status;
  const to = change.status;
  if (from === to) {
    errors.push({ field: 'status', message: `Aftalen har allerede status »${STATUS_LABELS[to]}«` });
  } else if (!isAllowedTransition(from, to)) {
    errors.push({
      field: 'status',
      message: `En aftale kan ikke skifte fra »${STATUS_LABELS[from]}« til »${STATUS_LABELS[to]}«. Mulige: ${allowedNextStatuses(
        from,
      )
        .map((s) => STATUS_LABELS[s])
        .join(', ')}`,
    });
  } else if (requiresNote(from, to) && (change.note ?? '').trim() === '') {
    errors.push({ field: 'note', message: isClosed(to) ? CLOSING_NOTE_MESSAGE : REOPENING_NOTE_MESSAGE });
  }
  if (change.date > today) {
    errors.push({ field: 'date', message: `Datoen ${danishDate(change.date)} ligger efter i dag` });
  }
  const last = agreement.history.at(-1);
  if (last && change.date < last.date) {
    errors.push({
      field: 'date',
      message: `Datoen ${danishDate(change.date)} ligger før den seneste statusændring (${danishDate(last.date)})`,
    });
  }
  return errors;
}

/** The agreement with `entry` appended to its history and its status updated. Checks nothing. */
export function applyStatusChange(agreement: Agreement, entry: StatusChange): Agreement {
  return { ...agreement, status: entry.status, history: [...agreement.history, entry] };
}
