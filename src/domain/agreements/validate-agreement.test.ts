import { describe, expect, it } from 'vitest';
import { validateWith } from '../registry/field-errors.ts';
import {
  progressProposalInputSchema,
  statusChangeInputSchema,
  validateAgreementInput,
} from './validate-agreement.ts';

const valid = {
  organisationId: 'org-a',
  steeringYear: '2025',
  agreedOn: '2025-10-14',
  objectiveArea: 'letting',
  departmentIds: 'dep-1',
  text: '  Tomgangen nedbringes. ',
  target: '',
  responsible: { kind: 'namedUnit', name: 'Boligsocial enhed' },
  deadline: '2026-06-30',
};

describe('validateAgreementInput', () => {
  it('accepts form-shaped input and normalises blanks, numbers and single ids', () => {
    const result = validateAgreementInput(valid);
    expect(result).toEqual({
      ok: true,
      value: {
        organisationId: 'org-a',
        meetingId: null,
        steeringYear: 2025,
        agreedOn: '2025-10-14',
        objectiveArea: 'letting',
        departmentIds: ['dep-1'],
        text: 'Tomgangen nedbringes.',
        target: null,
        responsible: { kind: 'namedUnit', name: 'Boligsocial enhed' },
        deadline: '2026-06-30',
        councilApproval: null,
      },
    });
  });

  it.each([
    [{ text: '' }, 'text', 'Aftalens tekst skal udfyldes'],
    [{ steeringYear: '25' }, 'steeringYear', 'Styringsår kan tidligst være 2010'],
    [{ steeringYear: 'næste år' }, 'steeringYear', 'Styringsår »næste år« skal være et årstal'],
    [
      { objectiveArea: 'sport' },
      'objectiveArea',
      'Målområde skal være et af: Økonomi og drift, Ledelse og beboerdemokrati, Udlejning, Boligafdelinger, Nybyggeri og renovering, Andet',
    ],
    [
      { deadline: '2025-10-01' },
      'deadline',
      'Deadline (01-10-2025) ligger før aftalen blev indgået (14-10-2025)',
    ],
    [
      { deadline: '31-02-2026' },
      'deadline',
      'Deadline »31-02-2026« findes ikke: februar 2026 har 28 dage. Skriv datoen som dd-mm-åååå, fx 30-11-2026',
    ],
    [
      { responsible: { kind: 'namedUnit', name: ' ' } },
      'responsible.name',
      'Den ansvarlige enheds navn skal udfyldes',
    ],
    [
      { responsible: { kind: 'mayor' } },
      'responsible.kind',
      'Ansvarlig skal være boligorganisationen, forvaltningen, begge parter eller en navngiven enhed',
    ],
    [
      { councilApproval: { body: 'KB', date: 'i går' } },
      'councilApproval.date',
      'Godkendelsesdato »i går« kan ikke læses som en dato. Skriv datoen som dd-mm-åååå, fx 30-11-2026',
    ],
  ])('refuses %j on %s with a Danish message', (change, field, message) => {
    const result = validateAgreementInput({ ...valid, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, message });
  });
});

describe('status change and progress report input', () => {
  it('refuses evidence links that are not http(s)', () => {
    const result = validateWith(statusChangeInputSchema, {
      status: 'fulfilled',
      date: '2026-01-01',
      note: 'ok',
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'evidenceUrl',
          message:
            'Link til dokumentation »javascript:alert(1)« skal være en webadresse, der begynder med https://',
        },
      ],
    });
  });

  it('requires a note on every progress report', () => {
    const result = validateWith(progressProposalInputSchema, { status: 'inProgress', note: '' });
    expect(result).toEqual({ ok: false, errors: [{ field: 'note', message: 'Note skal udfyldes' }] });
  });

  it('names the statuses in Danish when the status is unknown', () => {
    const result = validateWith(progressProposalInputSchema, { status: 'done', note: 'x' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'status',
          message: 'Status skal være en af: Aftalt, I gang, Opfyldt, Ikke opfyldt, Bortfaldet',
        },
      ],
    });
  });
});
