/**
 * The yearly compliance summary per steering year, with Danish sentences for the overview page
 * and reports: statutory meetings held, accounts published (on time / late), documentation
 * packages received, and the joint and political meetings (e.g. the theme meeting of the
 * election period containing the year). Counting only: statuses come from assessCompliance.
 */
import type { Obligation, ObligationOrganisation } from '../obligations/types.ts';
import type { HousingOrganisation } from '../registry/types.ts';
import type { ComplianceStatus, ObligationAssessment } from './types.ts';

export interface JointMeetingSummary {
  obligationId: string;
  label: string;
  periodLabel: string;
  held: boolean;
  status: ComplianceStatus;
}

export interface ComplianceSummary {
  steeringYear: number;
  dialogueMeetings: {
    /** Organisations owing a statutory meeting this year (not marked not applicable). */
    organisations: number;
    heldWith: number;
    notHeldWith: ObligationOrganisation[];
    notApplicable: number;
  };
  accounts: { required: number; published: number; onTime: number; late: number; outstanding: number };
  packages: { required: number; received: number; late: number; missingFrom: ObligationOrganisation[] };
  /** Joint and political meetings of the year and of the election period containing it. */
  jointMeetings: JointMeetingSummary[];
  /** The theme meeting(s) of the election period containing the year; null when none is owed. */
  themeMeeting: { periodLabel: string; required: number; held: number } | null;
  sentences: string[];
}

function organisationsWord(n: number): string {
  return n === 1 ? 'boligorganisation' : 'boligorganisationer';
}

function isStatutoryMeeting(o: Obligation): boolean {
  return (
    o.kind === 'dialogueMeeting' && o.statutory && o.organisation !== null && o.periodKind === 'steeringYear'
  );
}

function summariseYear(
  year: number,
  obligations: readonly Obligation[],
  byId: ReadonlyMap<string, ObligationAssessment>,
  names: ReadonlyMap<string, string>,
): ComplianceSummary {
  const label = String(year);
  const inYear = obligations.filter(
    (o) => o.periodStart <= `${label}-12-31` && `${label}-01-01` <= o.periodEnd,
  );
  const assessment = (o: Obligation) => byId.get(o.id);
  const isNotApplicable = (o: Obligation) => assessment(o)?.status === 'notApplicable';
  const held = (o: Obligation) => assessment(o)?.completedOn != null;
  const org = (o: Obligation): ObligationOrganisation => {
    const id = o.organisation?.id ?? '';
    return { id, name: names.get(id) ?? o.organisation?.name ?? id };
  };

  // almenboligloven § 164, stk. 2: a meeting every year with each organisation. An organisation
  // counts as met when every statutory meeting owed with it this year was held.
  const statutory = inYear.filter((o) => isStatutoryMeeting(o) && o.periodLabel === label);
  const perOrganisation = new Map<string, Obligation[]>();
  for (const o of statutory) {
    const list = perOrganisation.get(o.organisation!.id);
    if (list) list.push(o);
    else perOrganisation.set(o.organisation!.id, [o]);
  }
  let notApplicable = 0;
  let heldWith = 0;
  const notHeldWith: ObligationOrganisation[] = [];
  for (const list of perOrganisation.values()) {
    const owed = list.filter((o) => !isNotApplicable(o));
    if (owed.length === 0) notApplicable++;
    else if (owed.every(held)) heldWith++;
    else notHeldWith.push(org(owed[0]!));
  }

  const heldMeetings = statutory.filter((o) => !isNotApplicable(o) && held(o));
  const accountsOf = heldMeetings.map((o) => assessment(o)?.account).filter((a) => a != null);
  const published = accountsOf.filter((a) => a.publishedOn !== null);
  const accounts = {
    required: accountsOf.length,
    published: published.length,
    onTime: published.filter((a) => !a.late).length,
    late: published.filter((a) => a.late).length,
    outstanding: accountsOf.length - published.length,
  };

  const packageObligations = inYear.filter(
    (o) => o.kind === 'documentationPackage' && o.periodLabel === label && !isNotApplicable(o),
  );
  const packages = {
    required: packageObligations.length,
    received: packageObligations.filter(held).length,
    late: packageObligations.filter((o) => held(o) && assessment(o)?.completedLate).length,
    missingFrom: packageObligations.filter((o) => !held(o)).map(org),
  };

  const jointMeetings: JointMeetingSummary[] = inYear
    .filter((o) => o.organisation === null && !isNotApplicable(o))
    .map((o) => ({
      obligationId: o.id,
      label: o.label,
      periodLabel: o.periodLabel,
      held: held(o),
      status: assessment(o)?.status ?? 'due',
    }));

  const themes = inYear.filter(
    (o) => o.kind === 'themeMeeting' && o.periodKind === 'electionPeriod' && !isNotApplicable(o),
  );
  const themeMeeting =
    themes.length > 0
      ? { periodLabel: themes[0]!.periodLabel, required: themes.length, held: themes.filter(held).length }
      : null;

  const sentences: string[] = [];
  const y = perOrganisation.size - notApplicable;
  sentences.push(
    `Styringsdialogmøde afholdt med ${heldWith} af ${y} ${organisationsWord(y)} i styringsår ${label}.`,
  );
  if (notHeldWith.length > 0) {
    sentences.push(`Ikke afholdt med: ${notHeldWith.map((o) => o.name).join(', ')}.`);
  }
  if (accounts.required > 0) {
    sentences.push(
      `Redegørelse offentliggjort for ${accounts.published} af ${accounts.required} afholdte møder ` +
        `(${accounts.onTime} rettidigt, ${accounts.late} for sent).`,
    );
  }
  if (packages.required > 0) {
    sentences.push(
      `Dokumentationspakke modtaget fra ${packages.received} af ${packages.required} ${organisationsWord(packages.required)}` +
        (packages.late > 0 ? ` (${packages.late} for sent).` : '.'),
    );
  }
  for (const m of jointMeetings) {
    const period = m.periodLabel === label ? label : `valgperioden ${m.periodLabel}`;
    sentences.push(`${m.label} (${period}): ${m.held ? 'afholdt' : 'ikke afholdt'}.`);
  }
  if (notApplicable > 0) {
    sentences.push(
      `${notApplicable} ${organisationsWord(notApplicable)} er markeret som ikke omfattet i ${label}.`,
    );
  }

  return {
    steeringYear: year,
    dialogueMeetings: { organisations: y, heldWith, notHeldWith, notApplicable },
    accounts,
    packages,
    jointMeetings,
    themeMeeting,
    sentences,
  };
}

/**
 * One summary per steering year present among `obligations` (oldest first) — typically one, for
 * the obligations deriveObligations gave for a year. `organisations` supplies current names.
 */
export function summariseCompliance(
  obligations: readonly Obligation[],
  statuses: readonly ObligationAssessment[],
  organisations: readonly Pick<HousingOrganisation, 'id' | 'name'>[],
): ComplianceSummary[] {
  const byId = new Map(statuses.map((s) => [s.obligationId, s]));
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const years = [
    ...new Set(obligations.filter((o) => o.periodKind === 'steeringYear').map((o) => Number(o.periodLabel))),
  ].sort((a, b) => a - b);
  return years.map((year) => summariseYear(year, obligations, byId, names));
}
