/**
 * Steering years (styringsår) and the accounting years they are based on.
 *
 * domain.md §2: steering year N is based on accounting year N-1; with a shifted accounting year
 * the package belongs to the steering year after the calendar year in which the accounting year
 * ENDS (an accounting year ending 31 March 2025 belongs to steering year 2026).
 * Accounts are due within 6 months of the accounting year's end (final accounts, to the
 * municipality and Landsbyggefonden), preliminary accounts to Landsbyggefonden within 5 months.
 *
 * Not here: which organisations owe a package (obligations/), whether it arrived (compliance/).
 */
import { addDays, type IsoDate, isIsoDate, isoDate } from '../shared/iso-date.ts';
import { addMonths } from './calendar-month.ts';

export const DEFAULT_ACCOUNTING_YEAR_END = '12-31';

/** Final accounts: within 6 months of the accounting year's end (domain.md §2). */
export const FINAL_ACCOUNTS_MONTHS = 6;
/** Preliminary accounts to Landsbyggefonden: within 5 months (domain.md §2). */
export const PRELIMINARY_ACCOUNTS_MONTHS = 5;

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export interface SteeringYearPeriod extends DateRange {
  year: number;
  /** e.g. "2027" — used in obligation ids. */
  label: string;
}

/**
 * True for an accounting year end "MM-DD" that exists in every year. "02-29" is rejected: an
 * accounting year cannot end on a day that most years lack.
 */
export function isValidAccountingYearEnd(value: string): boolean {
  if (!/^\d{2}-\d{2}$/.test(value) || value === '02-29') return false;
  return isIsoDate(`2023-${value}`);
}

function assertAccountingYearEnd(value: string): void {
  if (!isValidAccountingYearEnd(value)) {
    throw new RangeError(`Ugyldig afslutning af regnskabsår: "${value}" (forventet MM-DD, fx 12-31)`);
  }
}

/** Steering year N is the calendar year N: meetings are held in it (domain.md §2). */
export function steeringYearPeriod(year: number): SteeringYearPeriod {
  return { year, label: String(year), start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/**
 * The accounting year that steering year `steeringYear` is based on: the one ending on
 * `accountingYearEnd` in calendar year `steeringYear - 1` (domain.md §2).
 * @throws RangeError on a malformed `accountingYearEnd` (validate registry input first).
 */
export function accountingYearFor(
  steeringYear: number,
  accountingYearEnd: string = DEFAULT_ACCOUNTING_YEAR_END,
): DateRange {
  assertAccountingYearEnd(accountingYearEnd);
  const end = `${String(steeringYear - 1).padStart(4, '0')}-${accountingYearEnd}`;
  const start = addDays(`${String(steeringYear - 2).padStart(4, '0')}-${accountingYearEnd}`, 1);
  return { start, end };
}

/** The steering year an accounting year belongs to: the year after the calendar year it ends in. */
export function steeringYearOfAccountingYearEnding(accountingYearEndDate: IsoDate): number {
  if (!isIsoDate(accountingYearEndDate)) throw new RangeError(`Ugyldig dato: ${accountingYearEndDate}`);
  return Number(accountingYearEndDate.slice(0, 4)) + 1;
}

export type AccountsKind = 'final' | 'preliminary';

/**
 * When the accounts in the documentation package for `steeringYear` are due:
 * final accounts 6 months, preliminary accounts (to Landsbyggefonden) 5 months after the end of
 * the accounting year (domain.md §2). With a shifted year the date can precede the steering year
 * (year ending 31 March 2025 → steering year 2026, final accounts due 30 September 2025).
 */
export function documentationPackageDueDate(
  steeringYear: number,
  accountingYearEnd: string = DEFAULT_ACCOUNTING_YEAR_END,
  accounts: AccountsKind = 'final',
): IsoDate {
  const { end } = accountingYearFor(steeringYear, accountingYearEnd);
  return addMonths(end, accounts === 'final' ? FINAL_ACCOUNTS_MONTHS : PRELIMINARY_ACCOUNTS_MONTHS);
}
