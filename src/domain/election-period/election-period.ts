/**
 * Municipal election days and election periods (valgperioder).
 *
 * Source: lov om kommunale og regionale valg (kommunal- og regionalvalgloven) § 6 —
 * stk. 1: members are elected for 4 years; stk. 2: elections are held on the third Tuesday of
 * November 2009, then 2013 "og så fremdeles"; stk. 3: the period runs from 1 January and all
 * members leave on 31 December of the year of the next election. See also domain.md §4.
 * (The brief cited "kommunale valglov § 2"; the current consolidated act has the rule in § 6.)
 *
 * Deliberately not handled: extraordinary elections and the 2005–2006 structural reform
 * transition (merger committees). The governance dialogue starts in 2010 (lov nr. 490 af
 * 12. juni 2009), long after, so the regular cycle is all this product needs.
 */
import { type IsoDate, isIsoDate, isoDate } from '../shared/iso-date.ts';

/** Any regular election year works as anchor; 2021 is the one the product was specified with. */
export const ELECTION_ANCHOR_YEAR = 2021;
/** kommunal- og regionalvalgloven § 6, stk. 1: members are elected for 4 years. */
export const ELECTION_CYCLE_YEARS = 4;

export interface ElectionPeriod {
  /** e.g. "2026-2029" — the key used everywhere (BodyMembership.electionPeriod, obligation ids). */
  label: string;
  startYear: number;
  endYear: number;
  /** 1 January after the election. */
  start: IsoDate;
  /** 31 December of the year of the next election. */
  end: IsoDate;
  /** The election that elected the council for this period. */
  electionDate: IsoDate;
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/** True for regular municipal election years: …, 2017, 2021, 2025, 2029, … */
export function isElectionYear(year: number): boolean {
  return Number.isInteger(year) && mod(year - ELECTION_ANCHOR_YEAR, ELECTION_CYCLE_YEARS) === 0;
}

/** The third Tuesday of November of any year (always between 15 and 21 November). */
export function thirdTuesdayOfNovember(year: number): IsoDate {
  const firstOfNovemberWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay(); // 0 = Sunday, 2 = Tuesday
  const firstTuesday = 1 + mod(2 - firstOfNovemberWeekday, 7);
  return isoDate(year, 11, firstTuesday + 14);
}

/**
 * The regular municipal election day of an election year.
 * kommunal- og regionalvalgloven § 6, stk. 2: the third Tuesday of November, every fourth year.
 * @throws RangeError when `year` is not an election year (a programming error, not a rule outcome).
 */
export function electionDay(year: number): IsoDate {
  if (!isElectionYear(year)) {
    throw new RangeError(`${year} er ikke et år med kommunalvalg`);
  }
  return thirdTuesdayOfNovember(year);
}

/** The election period whose first year is `startYear` (which must be the year after an election). */
function periodStartingIn(startYear: number): ElectionPeriod {
  const endYear = startYear + ELECTION_CYCLE_YEARS - 1;
  return {
    label: `${startYear}-${endYear}`,
    startYear,
    endYear,
    // kommunal- og regionalvalgloven § 6, stk. 3: the period runs from 1 January after the election …
    start: isoDate(startYear, 1, 1),
    // … until 31 December of the year of the next election.
    end: isoDate(endYear, 12, 31),
    electionDate: electionDay(startYear - 1),
  };
}

/** The election period that contains the calendar year `year`. */
export function electionPeriodForYear(year: number): ElectionPeriod {
  if (!Number.isInteger(year)) throw new RangeError(`Ugyldigt år: ${year}`);
  const startYear = year - mod(year - (ELECTION_ANCHOR_YEAR + 1), ELECTION_CYCLE_YEARS);
  return periodStartingIn(startYear);
}

/**
 * The election period that contains `date`. Note that the election day itself belongs to the
 * previous period: the council elected in November 2025 takes office on 1 January 2026.
 */
export function electionPeriodContaining(date: IsoDate): ElectionPeriod {
  if (!isIsoDate(date)) throw new RangeError(`Ugyldig dato: ${date}`);
  return electionPeriodForYear(Number(date.slice(0, 4)));
}

/** Parses a label such as "2026-2029"; null when it is not a regular election period. */
export function electionPeriodByLabel(label: string): ElectionPeriod | null {
  const m = /^(\d{4})-(\d{4})$/.exec(label);
  if (!m) return null;
  const startYear = Number(m[1]);
  const period = electionPeriodForYear(startYear);
  return period.label === label ? period : null;
}

/**
 * Every election period that overlaps the calendar years `fromYear`..`toYear` (inclusive), in
 * chronological order. Empty when `fromYear > toYear`.
 */
export function electionPeriodsBetween(fromYear: number, toYear: number): ElectionPeriod[] {
  const periods: ElectionPeriod[] = [];
  if (fromYear > toYear) return periods;
  for (let p = electionPeriodForYear(fromYear); p.startYear <= toYear; ) {
    periods.push(p);
    p = periodStartingIn(p.endYear + 1);
  }
  return periods;
}
