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
import { accountingYearFor, documentationPackageDueDate } from '../steering-year/steering-year.ts';
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
  organisations: readonly HousingOrganisation[],
  ruleKey: string,
): Obligation[] {
  const targets: (HousingOrganisation | null)[] =
    rule.scope === 'eachOrganisation' ? [...participants(organisations, municipality, period)] : [null];
  const statutoryMeeting = ruleKey === LEGAL_FLOOR_RULE_KEY;
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
        dueBy: dueByFor(rule, period),
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

function documentationPackageObligations(
  municipality: MunicipalityCode,
  period: Period,
  organisations: readonly HousingOrganisation[],
): Obligation[] {
  return participants(organisations, municipality, period).flatMap((organisation): Obligation[] => {
    // domain.md §2: steering year N is based on the accounting year ending in N-1; an
    // organisation that did not exist in that accounting year has no package to send.
    const accountingYear = accountingYearFor(period.startYear, organisation.accountingYearEnd);
    if (
      !intervalsOverlap(
        organisation.activeFrom,
        organisation.activeTo,
        accountingYear.start,
        accountingYear.end,
      )
    ) {
      return [];
    }
    return [
      {
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
        // domain.md §2: final accounts within 6 months of the accounting year's end.
        dueBy: documentationPackageDueDate(period.startYear, organisation.accountingYearEnd, 'final'),
        statutory: true,
        basis: DOCUMENTATION_PACKAGE_BASIS,
        modelId: null,
        modelVersion: null,
        sequence: 1,
        count: 1,
        publishAccount: { required: false, withinDays: null },
      },
    ];
  });
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
        organisations,
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
          organisations,
          LEGAL_FLOOR_RULE_KEY,
        ),
      );
    }
    out.push(...documentationPackageObligations(municipality, period, organisations));
  }
  return out;
}

function electionPeriodObligations(input: DeriveObligationsInput): Obligation[] {
  const { municipality, models, organisations, year } = input;
  const ep = electionPeriodForYear(year);
  const period: Period = { kind: 'electionPeriod', ...ep };
  return electionPeriodRules(models, municipality, ep).flatMap(({ model, rule }) =>
    meetingObligations(municipality, period, rule, model, organisations, rule.id),
  );
}

const PERIOD_ORDER: Record<PeriodKind, number> = { electionPeriod: 0, steeringYear: 1, calendarYear: 2 };

function compareObligations(a: Obligation, b: Obligation): number {
  const keys: [string | number, string | number][] = [
    [PERIOD_ORDER[a.periodKind], PERIOD_ORDER[b.periodKind]],
    [a.kind, b.kind],
  ];
  for (const [x, y] of keys) if (x !== y) return x < y ? -1 : 1;
  // Organisations in Danish alphabetical order (Æ, Ø, Å after Z), then a stable id.
  const byName = compareDanish(a.organisation?.name ?? '', b.organisation?.name ?? '');
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
