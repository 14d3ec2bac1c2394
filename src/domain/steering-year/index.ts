/** Public API of steering years (styringsår) and accounting years. */
export { addMonths, lastDateOfMonth, lastDayOfMonth } from './calendar-month.ts';
export {
  type AccountsKind,
  accountingYearFor,
  type DateRange,
  DEFAULT_ACCOUNTING_YEAR_END,
  documentationPackageDueDate,
  FINAL_ACCOUNTS_MONTHS,
  isValidAccountingYearEnd,
  PRELIMINARY_ACCOUNTS_MONTHS,
  type SteeringYearPeriod,
  steeringYearOfAccountingYearEnding,
  steeringYearPeriod,
} from './steering-year.ts';
