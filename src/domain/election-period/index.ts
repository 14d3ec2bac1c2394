/** Public API of election periods (valgperioder). */
export {
  ELECTION_ANCHOR_YEAR,
  ELECTION_CYCLE_YEARS,
  type ElectionPeriod,
  electionDay,
  electionPeriodByLabel,
  electionPeriodContaining,
  electionPeriodForYear,
  electionPeriodsBetween,
  isElectionYear,
  thirdTuesdayOfNovember,
} from './election-period.ts';
