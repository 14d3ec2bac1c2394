import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obligationId, parseObligationId } from './obligation-id.ts';

describe('obligationId', () => {
  it.each([
    [
      {
        kind: 'dialogueMeeting',
        municipality: '707',
        organisationId: 'org-1',
        periodLabel: '2027',
        ruleKey: 'legalFloor',
        sequence: 1,
      },
      'dialogueMeeting:707:org-1:2027:legalFloor#1',
    ],
    [
      {
        kind: 'themeMeeting',
        municipality: '707',
        organisationId: null,
        periodLabel: '2026-2029',
        ruleKey: 'themeMeeting',
        sequence: 1,
      },
      'themeMeeting:707:all:2026-2029:themeMeeting#1',
    ],
  ])('writes %j as %s', (parts, id) => {
    expect(obligationId(parts)).toBe(id);
    expect(parseObligationId(id)).toEqual(parts);
  });

  it('round-trips, even when an organisation id contains a colon', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('dialogueMeeting', 'themeMeeting', 'direktørforum'),
        fc.constantFrom('707', '101'),
        fc.option(
          fc.string({ minLength: 1 }).filter((s) => s !== 'all'),
          { nil: null },
        ),
        fc.constantFrom('2027', '2026-2029'),
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/),
        fc.integer({ min: 1, max: 9 }),
        (kind, municipality, organisationId, periodLabel, ruleKey, sequence) => {
          const parts = { kind, municipality, organisationId, periodLabel, ruleKey, sequence };
          expect(parseObligationId(obligationId(parts))).toEqual(parts);
        },
      ),
    );
  });

  it.each(['', 'dialogueMeeting:707:org:2027:rule', 'dialogueMeeting:707:2027#1'])(
    'does not parse %j',
    (id) => {
      expect(parseObligationId(id)).toBeNull();
    },
  );
});
