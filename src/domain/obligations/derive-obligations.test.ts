import { describe, expect, it } from 'vitest';
import { norddjursModels } from '../governance-model/norddjurs-models.ts';
import { aModel, aRule } from '../governance-model/test-models.ts';
import { deriveObligations } from './derive-obligations.ts';
import { anOrganisation, demoRegistry } from './test-registry.ts';
import type { Obligation } from './types.ts';

const norddjurs = (year: number, effectiveDate?: string) =>
  deriveObligations({
    municipality: '707',
    models: norddjursModels(effectiveDate ? { effectiveDate } : {}),
    organisations: demoRegistry(),
    year,
  });

const ofKind = (obligations: Obligation[], kind: string) => obligations.filter((o) => o.kind === kind);
const orgIds = (obligations: Obligation[]) => obligations.map((o) => o.organisation?.id ?? null).sort();

describe('deriveObligations with the Norddjurs models', () => {
  it('owes in 2027 one dialogue meeting per active organisation seated in 707 and one theme meeting for 2026-2029', () => {
    const obligations = norddjurs(2027);
    const meetings = ofKind(obligations, 'dialogueMeeting');
    expect(orgIds(meetings)).toEqual(['org-a', 'org-b', 'org-c', 'org-f']);
    expect(meetings.every((m) => m.statutory && m.dueBy === '2027-12-31' && m.periodLabel === '2027')).toBe(
      true,
    );
    expect(meetings.every((m) => m.modelVersion === 2 && m.publishAccount.required)).toBe(true);
    const themes = ofKind(obligations, 'themeMeeting');
    expect(themes).toHaveLength(1);
    expect(themes[0]).toMatchObject({
      id: 'themeMeeting:707:all:2026-2029:themeMeeting#1',
      organisation: null,
      periodKind: 'electionPeriod',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
      dueBy: '2029-12-31',
      statutory: false,
      basis: 'Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1',
    });
    expect(ofKind(obligations, 'dialogueForum')).toEqual([]);
    expect(ofKind(obligations, 'coordinationGroupMeeting')).toEqual([]);
  });

  it('gives the statutory meeting an id that names the law, not the model', () => {
    const meeting = norddjurs(2027).find(
      (o) => o.kind === 'dialogueMeeting' && o.organisation?.id === 'org-a',
    );
    expect(meeting).toMatchObject({
      id: 'dialogueMeeting:707:org-a:2027:legalFloor#1',
      ruleId: 'dialogueMeeting',
      modelId: 'norddjurs-styringsdialog',
      organisation: { id: 'org-a', name: 'Boligselskabet Djursland' },
      window: { fromMonth: 9, toMonth: 12 },
    });
  });

  it('owes in 2021 the dialogue forum and the coordination group meeting, and no theme meeting', () => {
    const obligations = norddjurs(2021);
    expect(ofKind(obligations, 'dialogueForum')).toHaveLength(1);
    expect(ofKind(obligations, 'coordinationGroupMeeting')).toHaveLength(1);
    expect(ofKind(obligations, 'themeMeeting')).toEqual([]);
    expect(orgIds(ofKind(obligations, 'dialogueMeeting'))).toEqual(['org-a', 'org-b', 'org-c', 'org-e']);
    expect(ofKind(obligations, 'dialogueForum')[0]).toMatchObject({
      id: 'dialogueForum:707:all:2021:dialogueForum#1',
      modelVersion: 1,
      dueBy: '2021-12-31',
    });
  });

  it('keeps 2022 under the 2011 model but owes the theme meeting for 2022-2025 from the 2022 model', () => {
    const obligations = norddjurs(2022);
    expect(ofKind(obligations, 'dialogueForum')).toHaveLength(1);
    expect(ofKind(obligations, 'themeMeeting')).toEqual([
      expect.objectContaining({
        periodLabel: '2022-2025',
        modelVersion: 2,
        id: 'themeMeeting:707:all:2022-2025:themeMeeting#1',
      }),
    ]);
    expect(norddjurs(2025).find((o) => o.kind === 'themeMeeting')?.id).toBe(
      'themeMeeting:707:all:2022-2025:themeMeeting#1',
    );
  });

  it('applies a model that takes effect mid-year from the next year', () => {
    expect(ofKind(norddjurs(2023, '2023-07-01'), 'dialogueForum')).toHaveLength(1);
    expect(ofKind(norddjurs(2024, '2023-07-01'), 'dialogueForum')).toEqual([]);
  });

  it('owes no theme meeting in 2018-2021, when only the 2011 model was in force', () => {
    expect(ofKind(norddjurs(2019), 'themeMeeting')).toEqual([]);
  });

  it('owes a documentation package per organisation, due 6 months after its accounting year', () => {
    const packages = ofKind(norddjurs(2027), 'documentationPackage');
    expect(packages.map((p) => [p.organisation?.id, p.dueBy, p.id])).toEqual([
      ['org-a', '2027-06-30', 'documentationPackage:707:org-a:2027:legalFloor#1'],
      ['org-c', '2027-06-30', 'documentationPackage:707:org-c:2027:legalFloor#1'],
      // Accounting year ending 31 March 2026 belongs to steering year 2027 (domain.md §2).
      ['org-b', '2026-09-30', 'documentationPackage:707:org-b:2027:legalFloor#1'],
    ]);
  });

  it('owes no package from an organisation that did not exist in the accounting year', () => {
    const packages = ofKind(norddjurs(2027), 'documentationPackage');
    expect(packages.some((p) => p.organisation?.id === 'org-f')).toBe(false);
    expect(ofKind(norddjurs(2028), 'documentationPackage').some((p) => p.organisation?.id === 'org-f')).toBe(
      true,
    );
  });

  it('returns the same obligations in the same order when called twice', () => {
    expect(norddjurs(2027)).toEqual(norddjurs(2027));
  });
});

describe('deriveObligations: the legal floor (almenboligloven § 164, stk. 2)', () => {
  const registry = [anOrganisation({ id: 'o1' }), anOrganisation({ id: 'o2' })];

  it('owes the statutory meeting even when no model is in force', () => {
    const obligations = deriveObligations({
      municipality: '707',
      models: [],
      organisations: registry,
      year: 2015,
    });
    expect(ofKind(obligations, 'dialogueMeeting').map((o) => [o.id, o.modelId, o.basis, o.dueBy])).toEqual([
      ['dialogueMeeting:707:o1:2015:legalFloor#1', null, 'almenboligloven § 164, stk. 2-3', '2015-12-31'],
      ['dialogueMeeting:707:o2:2015:legalFloor#1', null, 'almenboligloven § 164, stk. 2-3', '2015-12-31'],
    ]);
  });

  it('owes nothing before the 2009 reform took effect', () => {
    expect(
      deriveObligations({ municipality: '707', models: [], organisations: registry, year: 2009 }),
    ).toEqual([]);
  });

  it('keeps the statutory meeting id when a model is entered later, so recorded facts are not orphaned', () => {
    const ids = (models: ReturnType<typeof norddjursModels>) =>
      ofKind(
        deriveObligations({ municipality: '707', models, organisations: registry, year: 2027 }),
        'dialogueMeeting',
      ).map((o) => o.id);
    expect(ids(norddjursModels())).toEqual(ids([]));
  });

  it('adds the statutory meeting beside a model whose dialogue meeting is not statutory', () => {
    const model = aModel({ meetingRules: [aRule({ statutory: false })] });
    const meetings = ofKind(
      deriveObligations({ municipality: '707', models: [model], organisations: registry, year: 2027 }),
      'dialogueMeeting',
    );
    expect(meetings.map((m) => m.id).sort()).toEqual([
      'dialogueMeeting:707:o1:2027:dialogueMeeting#1',
      'dialogueMeeting:707:o1:2027:legalFloor#1',
      'dialogueMeeting:707:o2:2027:dialogueMeeting#1',
      'dialogueMeeting:707:o2:2027:legalFloor#1',
    ]);
  });

  it('requires the account to be published for the statutory meeting even if the model says not', () => {
    const model = aModel({
      meetingRules: [aRule({ publishMinutes: { required: false, withinDays: null } })],
    });
    const [meeting] = ofKind(
      deriveObligations({ municipality: '707', models: [model], organisations: registry, year: 2027 }),
      'dialogueMeeting',
    );
    expect(meeting?.publishAccount).toEqual({ required: true, withinDays: null });
  });
});

describe('deriveObligations: rules and periods', () => {
  const registry = [anOrganisation({ id: 'o1' })];
  const derive = (
    rules: ReturnType<typeof aRule>[],
    year = 2027,
    models = [aModel({ meetingRules: rules })],
  ) => deriveObligations({ municipality: '707', models, organisations: registry, year });

  it('numbers several meetings of one rule in a period', () => {
    const obligations = derive([aRule({ cadence: { unit: 'perSteeringYear', count: 2 } })]);
    expect(ofKind(obligations, 'dialogueMeeting').map((o) => [o.id, o.sequence, o.count])).toEqual([
      ['dialogueMeeting:707:o1:2027:legalFloor#1', 1, 2],
      ['dialogueMeeting:707:o1:2027:legalFloor#2', 2, 2],
    ]);
  });

  it('sets the deadline at the end of the window', () => {
    const [meeting] = ofKind(derive([aRule({ window: { fromMonth: 9, toMonth: 11 } })]), 'dialogueMeeting');
    expect(meeting?.dueBy).toBe('2027-11-30');
    const [open] = ofKind(derive([aRule({ window: null })]), 'dialogueMeeting');
    expect(open?.dueBy).toBe('2027-12-31');
  });

  it('derives calendar-year rules as calendar-year obligations', () => {
    const rule = aRule({
      id: 'forum',
      kind: 'politicalForum',
      statutory: false,
      scope: 'allOrganisations',
      cadence: { unit: 'perCalendarYear', count: 2 },
    });
    const forums = ofKind(derive([aRule(), rule]), 'politicalForum');
    expect(forums.map((o) => [o.id, o.periodKind])).toEqual([
      ['politicalForum:707:all:2027:forum#1', 'calendarYear'],
      ['politicalForum:707:all:2027:forum#2', 'calendarYear'],
    ]);
  });

  it('owes a per-election-period meeting with each organisation active in the period', () => {
    const rule = aRule({
      id: 'visit',
      kind: 'boardVisit',
      statutory: false,
      cadence: { unit: 'perElectionPeriod', count: 1 },
      window: null,
    });
    const models = [aModel({ meetingRules: [aRule(), rule] })];
    const orgs = [
      anOrganisation({ id: 'o1' }),
      anOrganisation({ id: 'o2', activeTo: '2026-03-31' }),
      anOrganisation({ id: 'o3', activeTo: '2025-12-31' }),
    ];
    const visits = ofKind(
      deriveObligations({ municipality: '707', models, organisations: orgs, year: 2028 }),
      'boardVisit',
    );
    expect(visits.map((v) => v.id)).toEqual([
      'boardVisit:707:o1:2026-2029:visit#1',
      'boardVisit:707:o2:2026-2029:visit#1',
    ]);
  });

  it('keeps a per-election-period meeting when a later version drops it mid-period', () => {
    const theme = aRule({
      id: 'theme',
      kind: 'themeMeeting',
      statutory: false,
      scope: 'allOrganisations',
      cadence: { unit: 'perElectionPeriod', count: 1 },
      window: null,
    });
    const v1 = aModel({ validFrom: '2026-01-01', validTo: '2027-06-30', meetingRules: [aRule(), theme] });
    const v2 = aModel({ version: 2, validFrom: '2027-07-01', meetingRules: [aRule()] });
    const themes = ofKind(
      deriveObligations({ municipality: '707', models: [v1, v2], organisations: registry, year: 2028 }),
      'themeMeeting',
    );
    expect(themes.map((t) => [t.id, t.modelVersion])).toEqual([
      ['themeMeeting:707:all:2026-2029:theme#1', 1],
    ]);
    const next = deriveObligations({
      municipality: '707',
      models: [v1, v2],
      organisations: registry,
      year: 2030,
    });
    expect(ofKind(next, 'themeMeeting')).toEqual([]);
  });

  it('ignores other municipalities’ models', () => {
    const other = aModel({
      municipality: '101',
      meetingRules: [
        aRule(),
        aRule({ id: 'forum', kind: 'dialogueForum', statutory: false, scope: 'allOrganisations' }),
      ],
    });
    expect(ofKind(derive([], 2027, [other]), 'dialogueForum')).toEqual([]);
  });

  it('falls back to a version taking effect during the year when none was in force on 1 January', () => {
    const model = aModel({
      validFrom: '2027-03-01',
      meetingRules: [
        aRule(),
        aRule({ id: 'forum', kind: 'dialogueForum', statutory: false, scope: 'allOrganisations' }),
      ],
    });
    expect(ofKind(derive([], 2027, [model]), 'dialogueForum')).toHaveLength(1);
    expect(ofKind(derive([], 2026, [model]), 'dialogueForum')).toEqual([]);
  });
});
