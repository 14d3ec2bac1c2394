/**
 * Which model version governs which period — the transition rules between versions.
 *
 * Yearly periods (steering year, calendar year): the version in force on 1 January of the year
 * governs the whole year; if none was, the first version that takes effect during the year. A
 * version that takes effect mid-year therefore applies from the next year, and a yearly meeting
 * already owed under the old version does not vanish when a new version drops it
 * (Norddjurs: with the 2022 model in force from 2023-01-01, 2022 is still a 2011-model year).
 *
 * Election periods: per-election-period rules are collected rule by rule (by rule id) from every
 * version in force at any time in the period; for each rule id the earliest such version (by
 * validFrom) supplies its details. So the Norddjurs theme meeting is owed for 2022–2025 although
 * the period began under the 2011 model, and it stays owed if a later version drops it mid-period.
 *
 * If versions overlap (validateModelHistory reports that as an error), the choice is still
 * deterministic: the latest validFrom, then the highest version, then the id.
 */
import type { ElectionPeriod } from '../election-period/election-period.ts';
import type { GovernanceModel, MeetingRule } from '../governance-model/types.ts';
import type { MunicipalityCode } from '../registry/types.ts';
import { type IsoDate, intervalsOverlap, isoDate, withinInterval } from '../shared/iso-date.ts';

export interface RuleInModel {
  model: GovernanceModel;
  rule: MeetingRule;
}

function byValidFrom(a: GovernanceModel, b: GovernanceModel): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? -1 : 1;
  if (a.version !== b.version) return a.version - b.version;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The municipality's versions, oldest first. */
export function versionsOf(
  models: readonly GovernanceModel[],
  municipality: MunicipalityCode,
): GovernanceModel[] {
  return models.filter((m) => m.municipality === municipality).sort(byValidFrom);
}

/** The version in force on `date`, or null. */
export function modelInForceOn(
  models: readonly GovernanceModel[],
  municipality: MunicipalityCode,
  date: IsoDate,
): GovernanceModel | null {
  const inForce = versionsOf(models, municipality).filter((m) =>
    withinInterval(date, m.validFrom, m.validTo),
  );
  return inForce.at(-1) ?? null;
}

/** The version that governs the calendar year `year` (see the header for the rule). */
export function modelForYear(
  models: readonly GovernanceModel[],
  municipality: MunicipalityCode,
  year: number,
): GovernanceModel | null {
  const start = isoDate(year, 1, 1);
  const onFirstOfJanuary = modelInForceOn(models, municipality, start);
  if (onFirstOfJanuary) return onFirstOfJanuary;
  const end = isoDate(year, 12, 31);
  return versionsOf(models, municipality).find((m) => start < m.validFrom && m.validFrom <= end) ?? null;
}

/** The per-election-period rules owed in `period`, each from the earliest version that has it. */
export function electionPeriodRules(
  models: readonly GovernanceModel[],
  municipality: MunicipalityCode,
  period: ElectionPeriod,
): RuleInModel[] {
  const out: RuleInModel[] = [];
  for (const model of versionsOf(models, municipality)) {
    if (!intervalsOverlap(model.validFrom, model.validTo, period.start, period.end)) continue;
    for (const rule of model.meetingRules) {
      if (rule.cadence.unit !== 'perElectionPeriod') continue;
      if (out.some((r) => r.rule.id === rule.id)) continue;
      out.push({ model, rule });
    }
  }
  return out;
}
