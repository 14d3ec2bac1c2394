/**
 * Following agreements up: which are overdue, which go on next year's agenda, and the counts the
 * overview shows ("aftaler: X opfyldt, Y i gang, Z over deadline"). Pure: callers pass `today`.
 *
 * Source: after the meeting, agreements are followed up at next year's meeting; minutes often
 * open with "follow-up on last year's agreements" (domain.md §2) [practice].
 */
import { compareDanish } from '../shared/danish-order.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import { isClosed } from './status-rules.ts';
import {
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementStatus,
  OBJECTIVE_AREAS,
  type ObjectiveArea,
} from './types.ts';

/**
 * True when the agreement is still open and its deadline has passed. The deadline day itself
 * is not overdue. An agreement without a deadline is never overdue.
 */
export function isOverdue(agreement: Pick<Agreement, 'status' | 'deadline'>, today: IsoDate): boolean {
  return !isClosed(agreement.status) && agreement.deadline !== null && agreement.deadline < today;
}

/** Oldest steering year first, then earliest deadline (none last), then text. */
export function compareForFollowUp(a: Agreement, b: Agreement): number {
  return (
    a.steeringYear - b.steeringYear ||
    (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
    compareDanish(a.text, b.text)
  );
}

/**
 * The organisation's agreements made before `steeringYear` that are not closed: the follow-up
 * items of that year's dialogue meeting ("when next year's dialogue meeting is planned, every
 * agreement that is not closed appears on its agenda"). Agreements made in `steeringYear` itself
 * are that meeting's own outcome, not follow-up.
 */
export function openAgreementsForFollowUp<A extends Agreement>(
  agreements: readonly A[],
  organisationId: string,
  steeringYear: number,
): A[] {
  return agreements
    .filter(
      (a) => a.organisationId === organisationId && a.steeringYear < steeringYear && !isClosed(a.status),
    )
    .sort(compareForFollowUp);
}

export interface AgreementSummary {
  total: number;
  byStatus: Record<AgreementStatus, number>;
  /** Open agreements past their deadline (a subset of agreed + inProgress). */
  overdue: number;
  /** "Aftaler: 3 opfyldt, 5 i gang, 2 over deadline." */
  sentence: string;
}

export function summariseAgreements(
  agreements: readonly Pick<Agreement, 'status' | 'deadline'>[],
  today: IsoDate,
): AgreementSummary {
  const counts = new Map<AgreementStatus, StatusCount>();
  for (const a of agreements) {
    const c = counts.get(a.status) ?? { status: a.status, count: 0, pastDeadline: 0 };
    c.count += 1;
    if (a.deadline !== null && a.deadline < today) c.pastDeadline += 1;
    counts.set(a.status, c);
  }
  return summaryFromCounts([...counts.values()]);
}

/** How many agreements have a status, and how many of them have a deadline before today. */
export interface StatusCount {
  status: AgreementStatus;
  count: number;
  pastDeadline: number;
}

/**
 * The summary from per-status counts (what a database can count without reading the rows):
 * overdue is the open statuses' agreements past their deadline, as `isOverdue` says.
 */
export function summaryFromCounts(counts: readonly StatusCount[]): AgreementSummary {
  const byStatus: Record<AgreementStatus, number> = {
    agreed: 0,
    inProgress: 0,
    fulfilled: 0,
    notFulfilled: 0,
    dropped: 0,
  };
  let overdue = 0;
  let total = 0;
  for (const c of counts) {
    byStatus[c.status] += c.count;
    total += c.count;
    if (!isClosed(c.status)) overdue += c.pastDeadline;
  }
  const sentence = `Aftaler: ${byStatus.fulfilled} opfyldt, ${byStatus.inProgress} i gang, ${overdue} over deadline.`;
  return { total, byStatus, overdue, sentence };
}

/** The statuses still followed up: those that can be overdue. */
export const OPEN_STATUSES: readonly AgreementStatus[] = AGREEMENT_STATUSES.filter((s) => !isClosed(s));

/** The agreements per objective area, in the order of OBJECTIVE_AREAS; every area is present. */
export function groupByObjectiveArea<A extends Agreement>(agreements: readonly A[]): Map<ObjectiveArea, A[]> {
  const groups = new Map<ObjectiveArea, A[]>(OBJECTIVE_AREAS.map((area) => [area, []]));
  for (const a of agreements) groups.get(a.objectiveArea)?.push(a);
  return groups;
}

/** The agreements per steering year, newest year first: an organisation's timeline. */
export function groupBySteeringYear<A extends Agreement>(
  agreements: readonly A[],
): { steeringYear: number; agreements: A[] }[] {
  const years = [...new Set(agreements.map((a) => a.steeringYear))].sort((a, b) => b - a);
  return years.map((steeringYear) => ({
    steeringYear,
    agreements: agreements.filter((a) => a.steeringYear === steeringYear).sort(compareForFollowUp),
  }));
}
