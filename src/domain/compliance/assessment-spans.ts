/**
 * An obligation's assessment over time. assessCompliance depends on `today` only through a few
 * comparisons (rules 2–4 in assess-compliance.ts): a fact counts from its date on; an open
 * obligation turns overdue the day after dueBy and missed the day after periodEnd; an account
 * not published turns overdue the day after its deadline. So between those days the assessment is
 * constant, and it can be computed once per span and stored (issue 18: compliance as stored
 * state) instead of once per read. Spans are [from, to): `from` inclusive, `to` exclusive.
 */
import type { Obligation } from '../obligations/types.ts';
import { addDays, type IsoDate } from '../shared/iso-date.ts';
import { accountDueBy, assessCompliance } from './assess-compliance.ts';
import type { Fact, ObligationAssessment } from './types.ts';

/** Before any date the product handles, and after. */
export const BEGINNING: IsoDate = '0001-01-01';
export const END: IsoDate = '9999-12-31';

export interface AssessmentSpan {
  from: IsoDate;
  to: IsoDate;
  assessment: ObligationAssessment;
}

/** The days on which the assessment may differ from the day before (a superset is harmless). */
export function assessmentChangeDates(o: Obligation, facts: readonly Fact[]): IsoDate[] {
  const dates = new Set<IsoDate>([addDays(o.dueBy, 1), addDays(o.periodEnd, 1)]);
  for (const f of facts) {
    dates.add(f.date);
    if (f.kind === 'meetingHeld') dates.add(addDays(accountDueBy(o, f.date), 1));
  }
  return [...dates].sort();
}

/**
 * Consecutive spans covering every day, each with the assessment assessCompliance gives on any
 * day inside it; neighbours with the same assessment are merged. `facts` are this obligation's.
 */
export function assessmentSpans(o: Obligation, facts: readonly Fact[]): AssessmentSpan[] {
  const starts = [BEGINNING, ...assessmentChangeDates(o, facts).filter((d) => d > BEGINNING)];
  const spans: AssessmentSpan[] = [];
  let previous = '';
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const assessment = assessCompliance({ obligations: [o], facts, today: from })[0]!;
    const key = JSON.stringify(assessment);
    const last = spans[spans.length - 1];
    if (last && key === previous) last.to = starts[i + 1] ?? END;
    else spans.push({ from, to: starts[i + 1] ?? END, assessment });
    previous = key;
  }
  return spans;
}
