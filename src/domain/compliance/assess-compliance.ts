/**
 * Compliance: each obligation against the facts recorded for it, on a given `today`.
 *
 * Rules (the status names are defined in types.ts):
 * 1. A `notApplicable` fact decides: status notApplicable, whatever else is recorded.
 * 2. The obligation is completed by its earliest `meetingHeld` fact (meetings) or
 *    `packageReceived` fact (documentation package). Facts dated after `today` are ignored (and
 *    reported): the engine never believes the future.
 * 3. Not completed: due while today <= dueBy; overdue while dueBy < today <= periodEnd; missed
 *    after periodEnd. For yearly meetings with a window ending in December dueBy == periodEnd,
 *    so they go straight from due to missed; a window ending earlier (or the documentation
 *    package, due months before the steering year ends) makes overdue reachable.
 * 4. A meeting whose account must be published (almenboligloven § 164, stk. 2, or the model's
 *    publishMinutes) is met only when held AND published. The account is due `withinDays` after
 *    the meeting when the model sets it, otherwise by the end of the period (or the meeting day,
 *    if the meeting was held after the period). Held but unpublished: due until that date, then
 *    overdue — never missed, because publishing late is still possible and still required.
 *    The finding `account.notPublished` ("Redegørelse ikke offentliggjort") says so.
 * 5. Late completion and late publication still count as met, with a warning finding, so the
 *    summary can count "on time" and "late" apart.
 */
import type { Obligation } from '../obligations/types.ts';
import type { Finding } from '../shared/finding.ts';
import { addDays, danishDate, type IsoDate } from '../shared/iso-date.ts';
import type {
  AccountAssessment,
  ComplianceStatus,
  Evidence,
  Fact,
  FactKind,
  ObligationAssessment,
} from './types.ts';

export interface AssessComplianceInput {
  obligations: readonly Obligation[];
  facts: readonly Fact[];
  today: IsoDate;
}

const FACT_NAMES: Record<FactKind, string> = {
  meetingHeld: 'Møde afholdt',
  accountPublished: 'Redegørelse offentliggjort',
  packageReceived: 'Dokumentationspakke modtaget',
  notApplicable: 'Ikke relevant',
};

function completionKind(obligation: Obligation): FactKind {
  return obligation.kind === 'documentationPackage' ? 'packageReceived' : 'meetingHeld';
}

function relevantKinds(obligation: Obligation): FactKind[] {
  return obligation.kind === 'documentationPackage'
    ? ['packageReceived', 'notApplicable']
    : ['meetingHeld', 'accountPublished', 'notApplicable'];
}

function earliest(facts: readonly Fact[], kind: FactKind): Fact | null {
  return (
    facts
      .filter((f) => f.kind === kind)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0] ?? null
  );
}

function what(obligation: Obligation): string {
  return obligation.organisation
    ? `${obligation.label} med ${obligation.organisation.name}`
    : obligation.label;
}

function notCompletedStatus(o: Obligation, today: IsoDate): ComplianceStatus {
  if (today <= o.dueBy) return 'due';
  if (today <= o.periodEnd) return 'overdue';
  return 'missed';
}

/** The last day to publish the account of a meeting held on `heldOn` (rule 4). */
export function accountDueBy(o: Obligation, heldOn: IsoDate): IsoDate {
  if (o.publishAccount.withinDays !== null) return addDays(heldOn, o.publishAccount.withinDays);
  // No deadline in the model [open in law]: by the end of the period, or the meeting day if later.
  return heldOn > o.periodEnd ? heldOn : o.periodEnd;
}

function assessOne(o: Obligation, allFacts: readonly Fact[], today: IsoDate): ObligationAssessment {
  const findings: Finding[] = [];
  const ref = o.id;
  const relevant = relevantKinds(o);
  const facts: Fact[] = [];
  for (const f of allFacts) {
    if (f.date > today) {
      findings.push({
        code: 'fact.dateInFuture',
        severity: 'warning',
        message: `Registreringen "${FACT_NAMES[f.kind]}" er dateret ${danishDate(f.date)}, efter i dag, og tæller ikke med`,
        ref,
      });
    } else if (!relevant.includes(f.kind)) {
      findings.push({
        code: 'fact.irrelevantKind',
        severity: 'info',
        message: `Registreringen "${FACT_NAMES[f.kind]}" hører ikke til denne forpligtelse og tæller ikke med`,
        ref,
      });
    } else {
      facts.push(f);
    }
  }
  const evidence: Evidence[] = [...facts]
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0,
    )
    .map((f) => ({ kind: f.kind, ref: f.ref, date: f.date }));
  const result = (
    status: ComplianceStatus,
    extra: Partial<ObligationAssessment> = {},
  ): ObligationAssessment => ({
    obligationId: o.id,
    status,
    evidence,
    findings,
    completedOn: null,
    completedLate: false,
    account: null,
    ...extra,
  });

  const notApplicable = earliest(facts, 'notApplicable');
  if (notApplicable) {
    findings.push({
      code: 'obligation.notApplicable',
      severity: 'info',
      message: `Markeret som ikke relevant${notApplicable.note ? `: ${notApplicable.note}` : ''}`,
      ref,
    });
    return result('notApplicable');
  }

  const completion = earliest(facts, completionKind(o));
  const published = earliest(facts, 'accountPublished');
  if (!completion) {
    if (published) {
      findings.push({
        code: 'account.withoutMeeting',
        severity: 'warning',
        message:
          'Der er registreret en offentliggjort redegørelse, men mødet er ikke registreret som afholdt',
        ref,
      });
    }
    const status = notCompletedStatus(o, today);
    const law = o.statutory ? ` (${o.basis})` : '';
    if (status === 'overdue') {
      findings.push({
        code: 'obligation.overdue',
        severity: 'warning',
        message: `${what(o)} skulle have været gennemført senest ${danishDate(o.dueBy)}${law}`,
        ref,
      });
    } else if (status === 'missed') {
      findings.push({
        code: 'obligation.missed',
        severity: 'error',
        message: `${what(o)} blev ikke gennemført i ${o.periodKind === 'electionPeriod' ? 'valgperioden' : 'perioden'} ${o.periodLabel}${law}`,
        ref,
      });
    }
    return result(status);
  }

  const completedOn = completion.date;
  const completedLate = completedOn > o.dueBy;
  if (completedLate) {
    findings.push({
      code: o.kind === 'documentationPackage' ? 'package.receivedLate' : 'meeting.heldLate',
      severity: 'warning',
      message: `${what(o)} blev gennemført ${danishDate(completedOn)}, efter fristen ${danishDate(o.dueBy)}`,
      ref,
    });
  }
  if (o.kind !== 'documentationPackage' && completedOn < o.periodStart) {
    findings.push({
      code: 'meeting.heldBeforePeriod',
      severity: 'warning',
      message: `Mødet er dateret ${danishDate(completedOn)}, før perioden ${o.periodLabel} begyndte – er det registreret på den rigtige forpligtelse?`,
      ref,
    });
  }
  if (!o.publishAccount.required || o.kind === 'documentationPackage') {
    return result('met', { completedOn, completedLate });
  }

  const dueBy = accountDueBy(o, completedOn);
  const account: AccountAssessment = {
    dueBy,
    publishedOn: published?.date ?? null,
    late: published ? published.date > dueBy : today > dueBy,
  };
  if (published) {
    if (published.date < completedOn) {
      findings.push({
        code: 'account.publishedBeforeMeeting',
        severity: 'warning',
        message: `Redegørelsen er dateret ${danishDate(published.date)}, før mødet blev holdt ${danishDate(completedOn)}`,
        ref,
      });
    }
    if (account.late) {
      findings.push({
        code: 'account.publishedLate',
        severity: 'warning',
        message: `Redegørelsen blev offentliggjort ${danishDate(published.date)}, efter fristen ${danishDate(dueBy)}`,
        ref,
      });
    }
    return result('met', { completedOn, completedLate, account });
  }
  // almenboligloven § 164, stk. 2: the council publishes an account of the dialogue.
  const overdue = today > dueBy;
  findings.push({
    code: 'account.notPublished',
    severity: overdue ? 'error' : 'warning',
    message: overdue
      ? `Redegørelse ikke offentliggjort; fristen var ${danishDate(dueBy)} (almenboligloven § 164, stk. 2)`
      : `Redegørelse ikke offentliggjort endnu; frist ${danishDate(dueBy)} (almenboligloven § 164, stk. 2)`,
    ref,
  });
  return result(overdue ? 'overdue' : 'due', { completedOn, completedLate, account });
}

/** One assessment per obligation, in the obligations' order. Facts for other ids are ignored. */
export function assessCompliance(input: AssessComplianceInput): ObligationAssessment[] {
  const byObligation = new Map<string, Fact[]>();
  for (const f of input.facts) {
    const list = byObligation.get(f.obligationId);
    if (list) list.push(f);
    else byObligation.set(f.obligationId, [f]);
  }
  return input.obligations.map((o) => assessOne(o, byObligation.get(o.id) ?? [], input.today));
}

/**
 * Facts whose obligation id is not among `obligations` — e.g. recorded under an id a model change
 * no longer produces. Pass the obligations of every period the facts can belong to.
 */
export function unmatchedFacts(obligations: readonly Obligation[], facts: readonly Fact[]): Finding[] {
  const ids = new Set(obligations.map((o) => o.id));
  return facts
    .filter((f) => !ids.has(f.obligationId))
    .map((f) => ({
      code: 'fact.unknownObligation',
      severity: 'warning' as const,
      message: `Registreringen "${FACT_NAMES[f.kind]}" (${danishDate(f.date)}) hører til en forpligtelse, der ikke længere findes`,
      ref: f.obligationId,
    }));
}
