/**
 * The obligation engine: from a municipality's governance model versions, its registry of housing
 * organisations and a calendar year, every obligation whose period contains that year — the
 * steering year, the calendar year and the election period it lies in.
 *
 * Sources, in order:
 * - the model rules (model-selection.ts decides which version governs which period);
 * - the legal floor (almenboligloven § 164, stk. 2): if the governing version has no statutory
 *   yearly dialogue meeting with each organisation, or no version governs the year, the engine
 *   adds it anyway from steering year 2010 on — the law applies whatever the model says;
 * - the documentation package (almenboligloven § 164, stk. 3; domain.md §2): one per organisation
 *   per steering year, when the organisation existed in the accounting year the package covers.
 *
 * Who is included (domain.md §1): organisations seated in the municipality (seatMunicipality),
 * administration organisations too, and only when their active span overlaps the period.
 * Organisations seated elsewhere never get an obligation here, even with local departments.
 *
 * Pure: no clock, no I/O. The same input gives the same obligations with the same ids, ordered.
 */
import { electionPeriodForYear } from '../election-period/election-period.ts';
import {
  isStatutoryDialogueMeetingRule,
  LEGAL_FLOOR_DIALOGUE_MEETING_RULE,
  LEGAL_FLOOR_FIRST_STEERING_YEAR,
} from '../governance-model/legal-floor.ts';
import type { GovernanceModel, MeetingRule } from '../governance-model/types.ts';
import type { HousingOrganisation, MunicipalityCode } from '../registry/types.ts';
import { compareDanish } from '../shared/danish-order.ts';
import { type IsoDate, intervalsOverlap, isoDate } from '../shared/iso-date.ts';
import { lastDateOfMonth } from '../steering-year/calendar-month.ts';
import {
  accountingYearFor,
  type DateRange,
  documentationPackageDueDate,
} from '../steering-year/steering-year.ts';
import { electionPeriodRules, modelForYear } from './model-selection.ts';
import { LEGAL_FLOOR_RULE_KEY, obligationId } from './obligation-id.ts';
import type { Obligation, PeriodKind } from './types.ts';

export interface DeriveObligationsInput {
  municipality: MunicipalityCode;
  /** Any versions; other municipalities' are ignored. */
  models: readonly GovernanceModel[];
  /** The registry; organisations seated elsewhere or inactive in a period are left out. */
  organisations: readonly HousingOrganisation[];
  /** Calendar year; every obligation whose period contains it is returned. */
  year: number;
}

interface Period {
  kind: PeriodKind;
  label: string;
  start: IsoDate;
  end: IsoDate;
  startYear: number;
  endYear: number;
}

const DOCUMENTATION_PACKAGE_BASIS =
  'almenboligloven § 164, stk. 3; regnskab senest 6 måneder efter regnskabsårets afslutning';

function yearPeriod(kind: PeriodKind, year: number): Period {
  return {
    kind,
    label: String(year),
    start: isoDate(year, 1, 1),
    end: isoDate(year, 12, 31),
    startYear: year,
    endYear: year,
  };
}

function participants(
  organisations: readonly HousingOrganisation[],
  municipality: MunicipalityCode,
  period: Period,
) {
  return organisations.filter(
    (o) =>
      // domain.md §1: the duty lies with the municipality where the organisation has its seat.
      o.seatMunicipality === municipality &&
      // domain.md §1: administration organisations are covered too — so no filter on `kind`.
      intervalsOverlap(o.activeFrom, o.activeTo, period.start, period.end),
  );
}

/**
 * The deadline: the end of the rule's window in the period's last year (Norddjurs: 31 December of
 * the steering year), or the end of the period when the rule has no window.
 */
function dueByFor(rule: MeetingRule, period: Period): IsoDate {
  return rule.window ? lastDateOfMonth(period.endYear, rule.window.toMonth) : period.end;
}

function meetingObligations(
  municipality: MunicipalityCode,
  period: Period,
  rule: MeetingRule,
  model: GovernanceModel | null,
  participating: () => readonly HousingOrganisation[],
  ruleKey: string,
): Obligation[] {
  const targets: readonly (HousingOrganisation | null)[] =
    rule.scope === 'eachOrganisation' ? participating() : [null];
  const statutoryMeeting = ruleKey === LEGAL_FLOOR_RULE_KEY;
  // The same for every organisation: computed once per rule and period, not per obligation.
  const dueBy = dueByFor(rule, period);
  const out: Obligation[] = [];
  for (const organisation of targets) {
    for (let n = 1; n <= rule.cadence.count; n++) {
      out.push({
        id: obligationId({
          kind: rule.kind,
          municipality,
          organisationId: organisation?.id ?? null,
          periodLabel: period.label,
          ruleKey,
          sequence: n,
        }),
        kind: rule.kind,
        ruleId: rule.id,
        label: rule.label,
        municipality,
        organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
        periodKind: period.kind,
        periodLabel: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        window: rule.window,
        dueBy,
        statutory: rule.statutory,
        basis: rule.basis,
        modelId: model?.id ?? null,
        modelVersion: model?.version ?? null,
        sequence: n,
        count: rule.cadence.count,
        publishAccount: {
          // almenboligloven § 164, stk. 2: the account of the statutory dialogue is always
          // published, even if the model forgot to say so (validateModel reports that model).
          required: statutoryMeeting || rule.publishMinutes.required,
          withinDays: rule.publishMinutes.withinDays,
        },
      });
    }
  }
  return out;
}

interface PackageDates {
  accountingYear: DateRange;
  dueBy: IsoDate;
}

/**
 * The accounting year and due date of a steering year's package depend only on the steering year
 * and the organisation's accounting year end — a handful of distinct pairs in a whole registry —
 * so each pair is computed once (a memo of a pure function: same answer, no date arithmetic per
 * organisation), not once per organisation and municipality.
 */
const packageDatesMemo = new Map<number, Map<string, PackageDates>>();

function packageDatesOf(steeringYear: number): Map<string, PackageDates> {
  let ofYear = packageDatesMemo.get(steeringYear);
  if (!ofYear) {
    ofYear = new Map();
    packageDatesMemo.set(steeringYear, ofYear);
  }
  return ofYear;
}

function packageDates(ofYear: Map<string, PackageDates>, steeringYear: number, accountingYearEnd: string) {
  let dates = ofYear.get(accountingYearEnd);
  if (!dates) {
    dates = {
      // domain.md §2: steering year N is based on the accounting year ending in N-1.
      accountingYear: accountingYearFor(steeringYear, accountingYearEnd),
      // domain.md §2: final accounts within 6 months of the accounting year's end.
      dueBy: documentationPackageDueDate(steeringYear, accountingYearEnd, 'final'),
    };
    ofYear.set(accountingYearEnd, dates);
  }
  return dates;
}

function documentationPackageObligations(
  municipality: MunicipalityCode,
  period: Period,
  participating: readonly HousingOrganisation[],
): Obligation[] {
  const ofYear = packageDatesOf(period.startYear);
  const out: Obligation[] = [];
  for (const organisation of participating) {
    const { accountingYear, dueBy } = packageDates(ofYear, period.startYear, organisation.accountingYearEnd);
    // domain.md §2: an organisation that did not exist in the accounting year the package
    // covers has no package to send.
    if (
      !intervalsOverlap(
        organisation.activeFrom,
        organisation.activeTo,
        accountingYear.start,
        accountingYear.end,
      )
    ) {
      continue;
    }
    out.push({
      id: obligationId({
        kind: 'documentationPackage',
        municipality,
        organisationId: organisation.id,
        periodLabel: period.label,
        ruleKey: LEGAL_FLOOR_RULE_KEY,
        sequence: 1,
      }),
      kind: 'documentationPackage',
      ruleId: LEGAL_FLOOR_RULE_KEY,
      label: 'Dokumentationspakke (styringsrapport, regnskab m.m.)',
      municipality,
      organisation: { id: organisation.id, name: organisation.name },
      periodKind: 'steeringYear',
      periodLabel: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      window: null,
      dueBy,
      statutory: true,
      basis: DOCUMENTATION_PACKAGE_BASIS,
      modelId: null,
      modelVersion: null,
      sequence: 1,
      count: 1,
      publishAccount: { required: false, withinDays: null },
    });
  }
  return out;
}

/** The period's participants, filtered once however many rules ask for them. */
function participantsOnce(
  organisations: readonly HousingOrganisation[],
  municipality: MunicipalityCode,
  period: Period,
): () => readonly HousingOrganisation[] {
  let found: readonly HousingOrganisation[] | null = null;
  return () => {
    found ??= participants(organisations, municipality, period);
    return found;
  };
}

function yearlyObligations(
  input: DeriveObligationsInput,
  kind: 'steeringYear' | 'calendarYear',
): Obligation[] {
  const { municipality, models, organisations, year } = input;
  const period = yearPeriod(kind, year);
  const model = modelForYear(models, municipality, year);
  const unit = kind === 'steeringYear' ? 'perSteeringYear' : 'perCalendarYear';
  const rules = (model?.meetingRules ?? []).filter((r) => r.cadence.unit === unit);
  const participating = participantsOnce(organisations, municipality, period);
  const out: Obligation[] = [];
  let floorCarried = false;
  for (const rule of rules) {
    // The first rule that is the statutory yearly meeting carries the legal floor and gets the
    // model-independent key (obligation-id.ts); any further one keeps its own rule id.
    const carriesFloor: boolean = !floorCarried && isStatutoryDialogueMeetingRule(rule);
    floorCarried ||= carriesFloor;
    out.push(
      ...meetingObligations(
        municipality,
        period,
        rule,
        model,
        participating,
        carriesFloor ? LEGAL_FLOOR_RULE_KEY : rule.id,
      ),
    );
  }
  if (kind === 'steeringYear' && year >= LEGAL_FLOOR_FIRST_STEERING_YEAR) {
    if (!floorCarried) {
      // almenboligloven § 164, stk. 2: a dialogue meeting every year with each organisation, whatever the model.
      out.push(
        ...meetingObligations(
          municipality,
          period,
          LEGAL_FLOOR_DIALOGUE_MEETING_RULE,
          null,
          participating,
          LEGAL_FLOOR_RULE_KEY,
        ),
      );
    }
    out.push(...documentationPackageObligations(municipality, period, participating()));
  }
  return out;
}

function electionPeriodObligations(input: DeriveObligationsInput): Obligation[] {
  const { municipality, models, organisations, year } = input;
  const ep = electionPeriodForYear(year);
  const period: Period = { kind: 'electionPeriod', ...ep };
  const participating = participantsOnce(organisations, municipality, period);
  return electionPeriodRules(models, municipality, ep).flatMap(({ model, rule }) =>
    meetingObligations(municipality, period, rule, model, participating, rule.id),
  );
}

const PERIOD_ORDER: Record<PeriodKind, number> = { electionPeriod: 0, steeringYear: 1, calendarYear: 2 };

function compareValues(x: string | number, y: string | number): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Period kind, kind, organisation name, id — without building key lists per comparison. */
function compareObligations(a: Obligation, b: Obligation): number {
  // Organisations in Danish alphabetical order (Æ, Ø, Å after Z), then a stable id.
  return (
    compareValues(PERIOD_ORDER[a.periodKind], PERIOD_ORDER[b.periodKind]) ||
    compareValues(a.kind, b.kind) ||
    compareDanish(a.organisation?.name ?? '', b.organisation?.name ?? '') ||
    compareValues(a.id, b.id)
  );
}

/** Every obligation whose period contains the calendar year `input.year`, in a stable order. */
export function deriveObligations(input: DeriveObligationsInput): Obligation[] {
  if (!Number.isInteger(input.year)) throw new RangeError(`Ugyldigt år: ${input.year}`);
  return [
    ...electionPeriodObligations(input),
    ...yearlyObligations(input, 'steeringYear'),
    ...yearlyObligations(input, 'calendarYear'),
  ].sort(compareObligations);
}
