import { describe, expect, it } from 'vitest';
import { electionPeriodForYear } from '../election-period/election-period.ts';
import { norddjursModels } from '../governance-model/norddjurs-models.ts';
import { aModel, aRule } from '../governance-model/test-models.ts';
import { electionPeriodRules, modelForYear, modelInForceOn } from './model-selection.ts';

describe('modelForYear', () => {
  const models = norddjursModels({ effectiveDate: '2022-11-16' });

  it.each([
    [2011, null],
    [2012, 1],
    [2022, 1],
    [2023, 2],
    [2040, 2],
  ])('lets the version in force on 1 January govern %i (version %s)', (year, version) => {
    expect(modelForYear(models, '707', year)?.version ?? null).toBe(version);
  });

  it('knows nothing of another municipality', () => {
    expect(modelForYear(models, '101', 2027)).toBeNull();
  });

  it('picks the latest-starting version when versions overlap', () => {
    const a = aModel({ validFrom: '2020-01-01' });
    const b = aModel({ version: 2, validFrom: '2021-01-01' });
    expect(modelInForceOn([b, a], '707', '2022-01-01')?.version).toBe(2);
    expect(modelInForceOn([b, a], '707', '2020-06-01')?.version).toBe(1);
  });
});

describe('electionPeriodRules', () => {
  it('takes each per-period rule from the earliest version in the period that has it', () => {
    const theme = (label: string) =>
      aRule({
        id: 'theme',
        kind: 'themeMeeting',
        label,
        statutory: false,
        cadence: { unit: 'perElectionPeriod', count: 1 },
      });
    const v1 = aModel({ validFrom: '2020-01-01', validTo: '2022-12-31', meetingRules: [aRule()] });
    const v2 = aModel({
      version: 2,
      validFrom: '2023-01-01',
      validTo: '2024-12-31',
      meetingRules: [aRule(), theme('v2')],
    });
    const v3 = aModel({ version: 3, validFrom: '2025-01-01', meetingRules: [aRule(), theme('v3')] });
    const rules = electionPeriodRules([v3, v1, v2], '707', electionPeriodForYear(2023));
    expect(rules.map((r) => [r.rule.label, r.model.version])).toEqual([['v2', 2]]);
    expect(
      electionPeriodRules([v1, v2, v3], '707', electionPeriodForYear(2027)).map((r) => r.rule.label),
    ).toEqual(['v3']);
    expect(electionPeriodRules([v1, v2, v3], '707', electionPeriodForYear(2019))).toEqual([]);
  });
});
