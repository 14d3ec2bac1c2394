import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { electionPeriodForYear } from '../election-period/election-period.ts';
import { norddjursModels } from '../governance-model/norddjurs-models.ts';
import { aModel, aRule } from '../governance-model/test-models.ts';
import type { GovernanceModel, MeetingRule } from '../governance-model/types.ts';
import { isoDate } from '../shared/iso-date.ts';
import { accountingYearFor } from '../steering-year/steering-year.ts';
import { deriveObligations } from './derive-obligations.ts';
import { parseObligationId } from './obligation-id.ts';
import { activeIn, registryArb } from './test-registry.ts';

const yearArb = fc.integer({ min: 2010, max: 2045 });
const effectiveDateArb = fc
  .tuple(
    fc.integer({ min: 2013, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => isoDate(y, m, d));
const runs = { numRuns: 300 };

describe('deriveObligations properties (Norddjurs models, random registries)', () => {
  it('owes exactly one statutory dialogue meeting per organisation active and seated in 707 in the steering year, none for others', () => {
    fc.assert(
      fc.property(registryArb, yearArb, effectiveDateArb, (organisations, year, effectiveDate) => {
        const obligations = deriveObligations({
          municipality: '707',
          models: norddjursModels({ effectiveDate }),
          organisations,
          year,
        });
        const statutory = obligations.filter((o) => o.kind === 'dialogueMeeting' && o.statutory);
        for (const org of organisations) {
          const expected =
            org.seatMunicipality === '707' && activeIn(org, isoDate(year, 1, 1), isoDate(year, 12, 31))
              ? 1
              : 0;
          expect(statutory.filter((o) => o.organisation?.id === org.id)).toHaveLength(expected);
        }
        expect(statutory.every((o) => o.periodLabel === String(year) && o.publishAccount.required)).toBe(
          true,
        );
      }),
      runs,
    );
  });

  it('owes exactly one theme meeting per election period touched by the 2022 model, and none otherwise', () => {
    fc.assert(
      fc.property(registryArb, yearArb, effectiveDateArb, (organisations, year, effectiveDate) => {
        const obligations = deriveObligations({
          municipality: '707',
          models: norddjursModels({ effectiveDate }),
          organisations,
          year,
        });
        const period = electionPeriodForYear(year);
        const themes = obligations.filter((o) => o.kind === 'themeMeeting');
        expect(themes).toHaveLength(effectiveDate <= period.end ? 1 : 0);
        for (const t of themes)
          expect([t.periodLabel, t.organisation, t.dueBy]).toEqual([period.label, null, period.end]);
      }),
      runs,
    );
  });

  it('has the dialogue forum exactly in the years governed by the 2011 model', () => {
    fc.assert(
      fc.property(yearArb, effectiveDateArb, (year, effectiveDate) => {
        const obligations = deriveObligations({
          municipality: '707',
          models: norddjursModels({ effectiveDate }),
          organisations: [],
          year,
        });
        const governedBy2011 = year >= 2012 && isoDate(year, 1, 1) < effectiveDate;
        expect(obligations.filter((o) => o.kind === 'dialogueForum')).toHaveLength(governedBy2011 ? 1 : 0);
        expect(obligations.filter((o) => o.kind === 'coordinationGroupMeeting')).toHaveLength(
          governedBy2011 ? 1 : 0,
        );
      }),
      runs,
    );
  });

  it('never owes anything for an organisation seated elsewhere or inactive in the obligation’s period', () => {
    fc.assert(
      fc.property(registryArb, yearArb, (organisations, year) => {
        for (const o of deriveObligations({
          municipality: '707',
          models: norddjursModels(),
          organisations,
          year,
        })) {
          if (!o.organisation) continue;
          const org = organisations.find((x) => x.id === o.organisation?.id);
          expect(org?.seatMunicipality).toBe('707');
          expect(org && activeIn(org, o.periodStart, o.periodEnd)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('owes a package only for an accounting year in which the organisation existed', () => {
    fc.assert(
      fc.property(registryArb, yearArb, (organisations, year) => {
        const packages = deriveObligations({ municipality: '707', models: [], organisations, year }).filter(
          (o) => o.kind === 'documentationPackage',
        );
        for (const org of organisations) {
          const ay = accountingYearFor(year, org.accountingYearEnd);
          const expected =
            org.seatMunicipality === '707' &&
            activeIn(org, isoDate(year, 1, 1), isoDate(year, 12, 31)) &&
            activeIn(org, ay.start, ay.end);
          expect(packages.filter((p) => p.organisation?.id === org.id)).toHaveLength(expected ? 1 : 0);
        }
      }),
      runs,
    );
  });

  it('gives deterministic, unique ids that parse back and contain the year', () => {
    fc.assert(
      fc.property(registryArb, yearArb, effectiveDateArb, (organisations, year, effectiveDate) => {
        const input = {
          municipality: '707',
          models: norddjursModels({ effectiveDate }),
          organisations,
          year,
        };
        const first = deriveObligations(input);
        const second = deriveObligations({
          ...input,
          organisations: [...organisations].reverse(),
          models: [...input.models].reverse(),
        });
        expect(second).toEqual(first);
        const ids = first.map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const o of first) {
          expect(parseObligationId(o.id)).toMatchObject({
            kind: o.kind,
            municipality: '707',
            periodLabel: o.periodLabel,
            sequence: o.sequence,
          });
          expect(o.periodStart <= isoDate(year, 12, 31) && isoDate(year, 1, 1) <= o.periodEnd).toBe(true);
        }
      }),
      runs,
    );
  });
});

const ruleArb: fc.Arbitrary<MeetingRule> = fc
  .record({
    id: fc.constantFrom('r1', 'r2', 'r3', 'r4'),
    kind: fc.constantFrom('dialogueMeeting', 'themeMeeting', 'dialogueForum', 'direktørforum'),
    unit: fc.constantFrom(
      'perSteeringYear' as const,
      'perElectionPeriod' as const,
      'perCalendarYear' as const,
    ),
    count: fc.integer({ min: 1, max: 3 }),
    scope: fc.constantFrom('eachOrganisation' as const, 'allOrganisations' as const),
    statutory: fc.boolean(),
    publish: fc.boolean(),
  })
  .map(({ id, kind, unit, count, scope, statutory, publish }) =>
    aRule({
      id,
      kind,
      cadence: { unit, count },
      scope,
      statutory,
      publishMinutes: { required: publish, withinDays: null },
    }),
  );

const modelArb: fc.Arbitrary<GovernanceModel[]> = fc
  .tuple(
    fc.uniqueArray(ruleArb, { selector: (r) => r.id, maxLength: 4 }),
    fc.uniqueArray(ruleArb, { selector: (r) => r.id, maxLength: 4 }),
    fc.integer({ min: 2012, max: 2040 }),
  )
  .map(([rules1, rules2, switchYear]) => [
    aModel({ validFrom: '2011-01-01', validTo: isoDate(switchYear - 1, 12, 31), meetingRules: rules1 }),
    aModel({ version: 2, validFrom: isoDate(switchYear, 1, 1), meetingRules: rules2 }),
  ]);

describe('deriveObligations properties (random models)', () => {
  it('owes the statutory meeting with each participating organisation as often as the governing rule says, at least once', () => {
    fc.assert(
      fc.property(registryArb, modelArb, yearArb, (organisations, models, year) => {
        const obligations = deriveObligations({ municipality: '707', models, organisations, year });
        const governing = models.find(
          (m) =>
            m.validFrom <= isoDate(year, 1, 1) && (m.validTo === null || isoDate(year, 1, 1) <= m.validTo),
        );
        const floorRule = governing?.meetingRules.find(
          (r) =>
            r.kind === 'dialogueMeeting' &&
            r.statutory &&
            r.cadence.unit === 'perSteeringYear' &&
            r.scope === 'eachOrganisation',
        );
        const perOrg = floorRule?.cadence.count ?? 1;
        for (const org of organisations) {
          const participates =
            org.seatMunicipality === '707' && activeIn(org, isoDate(year, 1, 1), isoDate(year, 12, 31));
          const floor = obligations.filter(
            (o) =>
              o.organisation?.id === org.id &&
              o.id.includes(`:${year}:legalFloor#`) &&
              o.kind === 'dialogueMeeting',
          );
          expect(floor).toHaveLength(participates ? perOrg : 0);
        }
      }),
      runs,
    );
  });

  it('gives unique ids whatever the model', () => {
    fc.assert(
      fc.property(registryArb, modelArb, yearArb, (organisations, models, year) => {
        const ids = deriveObligations({ municipality: '707', models, organisations, year }).map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      runs,
    );
  });
});
