import { describe, expect, it } from 'vitest';
import { checkGovernanceModel, fieldPath, parseGovernanceModel } from './schema.ts';
import { aModel, aRule } from './test-models.ts';

function withRule(rule: Record<string, unknown>): unknown {
  return { ...aModel(), meetingRules: [rule] };
}

describe('parseGovernanceModel', () => {
  it('accepts a well-formed model and defaults a missing route to none', () => {
    const { route: _route, ...legalBasis } = aModel().legalBasis;
    const result = parseGovernanceModel({ ...aModel(), legalBasis });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.legalBasis.route).toEqual([]);
  });

  it.each([
    [
      'the count is zero',
      withRule({ ...aRule(), cadence: { unit: 'perSteeringYear', count: 0 } }),
      'meetingRules[0].cadence.count',
      'Antal møder skal være mindst 1',
    ],
    [
      'the unit is unknown',
      withRule({ ...aRule(), cadence: { unit: 'perWeek', count: 1 } }),
      'meetingRules[0].cadence.unit',
      'Hyppighed skal være',
    ],
    [
      'a month is 13',
      withRule({ ...aRule(), window: { fromMonth: 9, toMonth: 13 } }),
      'meetingRules[0].window.toMonth',
      'mellem 1 og 12',
    ],
    [
      'a date does not exist',
      { ...aModel(), validFrom: '2023-02-30' },
      'validFrom',
      'Gyldig fra er ikke en gyldig dato',
    ],
    [
      'the municipality code is not three digits',
      { ...aModel(), municipality: '7070' },
      'municipality',
      'tre cifre',
    ],
    [
      'the case number is malformed',
      { ...aModel(), legalBasis: { ...aModel().legalBasis, caseNumber: '8287' } },
      'legalBasis.caseNumber',
      'åå/nnnn',
    ],
    ['the rule id contains a colon', withRule({ ...aRule(), id: 'a:b' }), 'meetingRules[0].id', 'Regel-id'],
    [
      'a party is unknown',
      withRule({ ...aRule(), requiredParties: ['mayor'] }),
      'meetingRules[0].requiredParties[0]',
      'Ukendt part',
    ],
    [
      'the label is blank',
      withRule({ ...aRule(), label: '   ' }),
      'meetingRules[0].label',
      'Betegnelsen må ikke være tom',
    ],
  ])('reports where and why when %s', (_case, input, ref, message) => {
    const result = parseGovernanceModel(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings).toContainEqual(
        expect.objectContaining({ ref, severity: 'error', message: expect.stringContaining(message) }),
      );
    }
  });

  it('reports every problem at once, in Danish even without a field-specific message', () => {
    const result = parseGovernanceModel({ ...aModel(), version: 'one', extra: true, meetingRules: 'none' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings.map((f) => f.ref).sort()).toEqual(['', 'meetingRules', 'version']);
      expect(result.findings.find((f) => f.ref === '')?.message).toContain('Ukendt nøgle');
    }
  });

  it('rejects something that is not a model at all', () => {
    const result = parseGovernanceModel(42);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]?.message).toMatch(/^Ugyldigt input/);
  });
});

describe('checkGovernanceModel', () => {
  it('runs the legal floor after the shape check', () => {
    const result = checkGovernanceModel({ ...aModel(), meetingRules: [] });
    expect(result.model).not.toBeNull();
    expect(result.findings.map((f) => f.code)).toEqual(['legalFloor.missingYearlyDialogueMeeting']);
  });

  it('stops at the shape when the shape is wrong', () => {
    expect(checkGovernanceModel({}).model).toBeNull();
  });
});

describe('fieldPath', () => {
  it('writes indexes in brackets', () => {
    expect(fieldPath(['meetingRules', 2, 'window', 'fromMonth'])).toBe('meetingRules[2].window.fromMonth');
    expect(fieldPath([])).toBe('');
  });
});
