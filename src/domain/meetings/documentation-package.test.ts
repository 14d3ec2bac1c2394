import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/iso-date.ts';
import {
  type DocumentationPackage,
  emptyPackage,
  factsForPackage,
  markHeldInPortal,
  PACKAGE_DOCUMENT_KINDS,
  packageStatus,
  REQUIRED_PACKAGE_DOCUMENTS,
  recordDocument,
} from './documentation-package.ts';

/** Every required document received on `on`. */
function fullPackage(on: string, yearEnd = '12-31', steeringYear = 2027): DocumentationPackage {
  return REQUIRED_PACKAGE_DOCUMENTS.reduce(
    (pkg, kind) => recordDocument(pkg, kind, on),
    emptyPackage('org-a', steeringYear, yearEnd),
  );
}

describe('packageStatus', () => {
  it('is due six months after a calendar accounting year: 30 June of the steering year', () => {
    expect(
      packageStatus({ pkg: emptyPackage('org-a', 2027), today: '2027-03-01', meetingHeldOn: null }).dueBy,
    ).toBe('2027-06-30');
  });

  it('is due 30 September 2025 for steering year 2026 with a year ending 31 March', () => {
    expect(
      packageStatus({ pkg: emptyPackage('org-b', 2026, '03-31'), today: '2025-09-01', meetingHeldOn: null })
        .dueBy,
    ).toBe('2025-09-30');
  });

  it('is incomplete before the due date, naming each missing document', () => {
    const pkg = recordDocument(emptyPackage('org-a', 2027), 'steeringReport', '2027-05-20');
    const status = packageStatus({ pkg, today: '2027-06-01', meetingHeldOn: null });
    expect(status.status).toBe('incomplete');
    expect(status.missing).toEqual([
      'departmentForms',
      'accounts',
      'accountsQuestionnaire',
      'annualReport',
      'auditBook',
    ]);
    expect(status.findings.map((f) => f.message)).toContain('Revisionsprotokol mangler (frist 30-06-2027)');
  });

  it('is late after the due date with documents missing, as errors', () => {
    const status = packageStatus({
      pkg: emptyPackage('org-a', 2027),
      today: '2027-07-01',
      meetingHeldOn: null,
    });
    expect(status.status).toBe('late');
    expect(status.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toContain(
      'Styringsrapport mangler; fristen var 30-06-2027',
    );
  });

  it('is complete when every required document arrived by the due date; analyses are optional', () => {
    const status = packageStatus({
      pkg: fullPackage('2027-06-30'),
      today: '2027-08-01',
      meetingHeldOn: null,
    });
    expect(status).toMatchObject({
      status: 'complete',
      completedOn: '2027-06-30',
      missing: [],
      receivedLate: [],
    });
    expect(PACKAGE_DOCUMENT_KINDS).toContain('analyses');
  });

  it('is late when everything arrived but something after the due date', () => {
    const pkg = recordDocument(fullPackage('2027-06-01'), 'auditBook', '2027-07-15');
    const status = packageStatus({ pkg, today: '2027-08-01', meetingHeldOn: null });
    expect(status).toMatchObject({ status: 'late', completedOn: '2027-07-15', receivedLate: ['auditBook'] });
    expect(status.findings.map((f) => f.message)).toContain(
      'Revisionsprotokol blev modtaget 15-07-2027, efter fristen 30-06-2027',
    );
  });

  it('does not believe receipts dated in the future', () => {
    const status = packageStatus({
      pkg: fullPackage('2027-06-10'),
      today: '2027-06-01',
      meetingHeldOn: null,
    });
    expect(status.status).toBe('incomplete');
    expect(status.findings.some((f) => f.code === 'package.receivedInFuture')).toBe(true);
  });

  it('asks for the tick in Almenstyringsdialog.dk once the meeting is held, until ticked', () => {
    const pkg = fullPackage('2027-06-01');
    expect(packageStatus({ pkg, today: '2027-10-01', meetingHeldOn: null }).portalMarking).toBe('notDue');
    expect(packageStatus({ pkg, today: '2027-10-01', meetingHeldOn: '2027-10-12' }).portalMarking).toBe(
      'notDue',
    );
    const due = packageStatus({ pkg, today: '2027-10-13', meetingHeldOn: '2027-10-12' });
    expect(due.portalMarking).toBe('due');
    expect(due.findings.map((f) => f.message)).toContain(
      'Mødet er ikke markeret som afholdt i Almenstyringsdialog.dk',
    );
    const ticked = markHeldInPortal(pkg, { on: '2027-10-13', by: 'Anna Jensen' }, '2027-10-12');
    expect(ticked.ok).toBe(true);
    if (ticked.ok)
      expect(
        packageStatus({ pkg: ticked.pkg, today: '2027-10-13', meetingHeldOn: '2027-10-12' }).portalMarking,
      ).toBe('done');
  });

  it('refuses the portal tick before the meeting is held', () => {
    const pkg = emptyPackage('org-a', 2027);
    expect(markHeldInPortal(pkg, { on: '2027-10-01', by: 'Anna' }, null)).toEqual({
      ok: false,
      message: 'Mødet kan ikke markeres som afholdt i Almenstyringsdialog.dk, før det er holdt',
    });
    expect(markHeldInPortal(pkg, { on: '2027-10-01', by: 'Anna' }, '2027-10-12').ok).toBe(false);
  });

  it('is complete exactly when nothing required is missing and nothing arrived late', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -200, max: 60 }), { nil: null }), {
          minLength: PACKAGE_DOCUMENT_KINDS.length,
          maxLength: PACKAGE_DOCUMENT_KINDS.length,
        }),
        fc.integer({ min: -100, max: 100 }),
        (offsets, todayOffset) => {
          const dueBy = '2027-06-30';
          const pkg = PACKAGE_DOCUMENT_KINDS.reduce(
            (p, kind, i) => recordDocument(p, kind, offsets[i] == null ? null : addDays(dueBy, offsets[i]!)),
            emptyPackage('org-a', 2027),
          );
          const today = addDays(dueBy, todayOffset);
          const s = packageStatus({ pkg, today, meetingHeldOn: null });
          const counted = (i: number) => offsets[i] != null && addDays(dueBy, offsets[i]!) <= today;
          const required = PACKAGE_DOCUMENT_KINDS.map((k, i) => [k, i] as const).filter(
            ([k]) => k !== 'analyses',
          );
          const allIn = required.every(([, i]) => counted(i));
          const anyLate = required.some(([, i]) => counted(i) && offsets[i]! > 0);
          expect(s.status === 'complete').toBe(allIn && !anyLate);
          expect(s.status === 'incomplete').toBe(!allIn && today <= dueBy);
          expect(s.completedOn !== null).toBe(allIn);
        },
      ),
    );
  });
});

describe('factsForPackage', () => {
  it('records packageReceived on the day the last required document arrived', () => {
    const pkg = recordDocument(fullPackage('2027-05-01'), 'accounts', '2027-06-15');
    expect(factsForPackage(pkg, 'documentationPackage:707:org-a:2027:legalFloor#1', '2027-07-01')).toEqual([
      {
        obligationId: 'documentationPackage:707:org-a:2027:legalFloor#1',
        kind: 'packageReceived',
        date: '2027-06-15',
        ref: null,
        note: null,
      },
    ]);
  });

  it('records nothing while a required document is missing', () => {
    expect(
      factsForPackage(recordDocument(fullPackage('2027-05-01'), 'accounts', null), 'x', '2027-07-01'),
    ).toEqual([]);
  });
});
