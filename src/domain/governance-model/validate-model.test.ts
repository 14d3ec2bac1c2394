import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norddjursModels } from './norddjurs-models.ts';
import { aModel, aRule } from './test-models.ts';
import { validateModel, validateModelHistory } from './validate-model.ts';

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('validateModel: the legal floor (almenboligloven § 164, stk. 2-3)', () => {
  it('accepts a model with a yearly statutory dialogue meeting per organisation', () => {
    expect(validateModel(aModel())).toEqual([]);
  });

  it.each([
    ['no rules at all', []],
    [
      'a dialogue meeting only every election period',
      [aRule({ cadence: { unit: 'perElectionPeriod', count: 1 } })],
    ],
    ['a joint dialogue meeting instead of one per organisation', [aRule({ scope: 'allOrganisations' })]],
    ['a dialogue meeting not marked statutory', [aRule({ statutory: false })]],
    ['only a theme meeting', [aRule({ id: 'theme', kind: 'themeMeeting', statutory: false })]],
  ])('rejects %s, naming almenboligloven § 164', (_case, rules) => {
    const findings = validateModel(aModel({ meetingRules: rules }));
    const floor = findings.find((f) => f.code === 'legalFloor.missingYearlyDialogueMeeting');
    expect(floor?.severity).toBe('error');
    expect(floor?.message).toContain('almenboligloven § 164');
  });

  it('requires the account of the meeting to be published', () => {
    const findings = validateModel(
      aModel({ meetingRules: [aRule({ publishMinutes: { required: false, withinDays: null } })] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'legalFloor.minutesNotPublished',
        severity: 'error',
        ref: 'meetingRules[0].publishMinutes.required',
      }),
    ]);
  });

  it('requires both the administration and the organisation as parties', () => {
    const findings = validateModel(
      aModel({ meetingRules: [aRule({ requiredParties: ['organisation', 'councilMembers'] })] }),
    );
    expect(codes(findings)).toEqual(['legalFloor.missingParty']);
  });

  it('requires the documentation package as the basis of the meeting', () => {
    const findings = validateModel(aModel({ meetingRules: [aRule({ basedOnDocumentationPackage: false })] }));
    expect(codes(findings)).toEqual(['legalFloor.missingDocumentationPackageBasis']);
    expect(findings[0]?.message).toContain('stk. 3');
  });

  it('is satisfied when one of several statutory meeting rules meets the floor, with a warning about the duplication', () => {
    const findings = validateModel(
      aModel({ meetingRules: [aRule({ id: 'a', basedOnDocumentationPackage: false }), aRule({ id: 'b' })] }),
    );
    expect(findings).toEqual([
      expect.objectContaining({ code: 'legalFloor.multipleStatutoryMeetings', severity: 'warning' }),
    ]);
  });
});

describe('validateModel: consistency', () => {
  it('rejects a validity that ends before it starts', () => {
    expect(codes(validateModel(aModel({ validFrom: '2023-01-01', validTo: '2022-12-31' })))).toEqual([
      'model.validToBeforeValidFrom',
    ]);
    expect(validateModel(aModel({ validFrom: '2023-01-01', validTo: '2023-01-01' }))).toEqual([]);
  });

  it('warns when a model takes effect before it was decided', () => {
    const m = aModel({
      validFrom: '2022-01-01',
      legalBasis: { ...aModel().legalBasis, decisionDate: '2022-11-15' },
    });
    expect(validateModel(m)).toEqual([
      expect.objectContaining({ code: 'model.decidedAfterValidFrom', severity: 'warning' }),
    ]);
  });

  it('rejects duplicate rule ids, pointing at the second', () => {
    const m = aModel({
      meetingRules: [aRule(), aRule({ id: 'dialogueMeeting', kind: 'themeMeeting', statutory: false })],
    });
    expect(validateModel(m)).toContainEqual(
      expect.objectContaining({ code: 'rule.duplicateId', ref: 'meetingRules[1].id' }),
    );
  });

  it.each([0, -1, 1.5])('rejects a count of %d', (count) => {
    const m = aModel({
      meetingRules: [
        aRule(),
        aRule({
          id: 'x',
          kind: 'themeMeeting',
          statutory: false,
          cadence: { unit: 'perElectionPeriod', count },
        }),
      ],
    });
    expect(validateModel(m)).toContainEqual(
      expect.objectContaining({ code: 'rule.countBelowOne', ref: 'meetingRules[1].cadence.count' }),
    );
  });

  it.each([
    [{ fromMonth: 0, toMonth: 12 }, 'rule.windowMonthOutOfRange'],
    [{ fromMonth: 9, toMonth: 13 }, 'rule.windowMonthOutOfRange'],
    [{ fromMonth: 11, toMonth: 2 }, 'rule.windowReversed'],
  ])('rejects the window %j', (window, code) => {
    expect(codes(validateModel(aModel({ meetingRules: [aRule({ window })] })))).toContain(code);
  });

  it('accepts every window within one year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (a, b) => {
        const window = { fromMonth: Math.min(a, b), toMonth: Math.max(a, b) };
        expect(validateModel(aModel({ meetingRules: [aRule({ window })] }))).toEqual([]);
      }),
    );
  });

  it.each(['legalFloor', 'legalFloorX', 'a:b', 'a#1', ''])('rejects the rule id %j', (id) => {
    const findings = validateModel(aModel({ meetingRules: [aRule(), aRule({ id, statutory: false })] }));
    expect(findings.some((f) => f.code === 'rule.reservedId' || f.code === 'rule.invalidId')).toBe(true);
  });

  it('warns when a meeting other than the dialogue meeting is marked statutory', () => {
    const m = aModel({
      meetingRules: [aRule(), aRule({ id: 'forum', kind: 'dialogueForum', scope: 'allOrganisations' })],
    });
    expect(validateModel(m)).toEqual([
      expect.objectContaining({ code: 'rule.statutoryWithoutLegalBasis', severity: 'warning' }),
    ]);
  });
});

describe('validateModelHistory', () => {
  it('accepts the Norddjurs versions, which meet without gap or overlap', () => {
    expect(validateModelHistory(norddjursModels())).toEqual([]);
    expect(validateModelHistory(norddjursModels({ effectiveDate: '2022-11-16' }))).toEqual([]);
  });

  it('rejects versions in force at the same time', () => {
    const a = aModel({ validFrom: '2020-01-01', validTo: '2023-06-30' });
    const b = aModel({ version: 2, validFrom: '2023-01-01' });
    expect(codes(validateModelHistory([a, b]))).toEqual(['history.overlap']);
  });

  it('rejects an open-ended version followed by another', () => {
    const a = aModel({ validFrom: '2020-01-01', validTo: null });
    const b = aModel({ version: 2, validFrom: '2024-01-01' });
    expect(codes(validateModelHistory([b, a]))).toEqual(['history.overlap']);
  });

  it('warns about a gap between versions', () => {
    const a = aModel({ validFrom: '2020-01-01', validTo: '2021-12-31' });
    const b = aModel({ version: 2, validFrom: '2023-01-01' });
    const findings = validateModelHistory([a, b]);
    expect(findings).toEqual([expect.objectContaining({ code: 'history.gap', severity: 'warning' })]);
    expect(findings[0]?.message).toContain('2022-01-01');
    expect(findings[0]?.message).toContain('2022-12-31');
  });

  it('rejects a version number used twice', () => {
    const a = aModel({ validFrom: '2020-01-01', validTo: '2021-12-31' });
    const b = aModel({ validFrom: '2022-01-01' });
    expect(codes(validateModelHistory([a, b]))).toEqual(['history.duplicateVersion']);
  });

  it('keeps municipalities apart', () => {
    expect(validateModelHistory([aModel(), aModel({ municipality: '101', id: 'other' })])).toEqual([]);
  });
});
