import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateArb } from '../registry/registry-arbitraries.ts';
import { anAgreement, historyEntry, statusArb } from './agreement-arbitraries.ts';
import {
  allowedNextStatuses,
  applyStatusChange,
  CLOSING_NOTE_MESSAGE,
  checkStatusChange,
  isAllowedTransition,
  isClosed,
  REOPENING_NOTE_MESSAGE,
  requiresNote,
} from './status-rules.ts';
import { AGREEMENT_STATUSES, type AgreementStatus } from './types.ts';

const today = '2026-11-22';

describe('checkStatusChange', () => {
  it.each<[AgreementStatus, AgreementStatus, string | null, string[]]>([
    ['agreed', 'inProgress', null, []],
    ['agreed', 'fulfilled', 'Tomgangen er under 1 %', []],
    ['inProgress', 'notFulfilled', 'Målet blev ikke nået', []],
    ['inProgress', 'dropped', 'Erstattet af ny aftale', []],
    ['fulfilled', 'inProgress', 'Tomgangen steg igen', []],
    ['notFulfilled', 'fulfilled', 'Rettelse: målet blev nået i december', []],
    ['inProgress', 'agreed', 'tilbage', ['status']],
    ['dropped', 'agreed', 'tilbage', ['status']],
    ['inProgress', 'inProgress', 'samme', ['status']],
  ])('%s → %s with note %j gives errors on %j', (from, to, note, fields) => {
    const errors = checkStatusChange(anAgreement({ status: from }), { status: to, date: today, note }, today);
    expect(errors.map((e) => e.field)).toEqual(fields);
  });

  it('refuses closing without a note, with a clear Danish message on the note field', () => {
    for (const to of ['fulfilled', 'notFulfilled', 'dropped'] as const) {
      for (const note of [null, '', '   ']) {
        const errors = checkStatusChange(
          anAgreement({ status: 'inProgress' }),
          { status: to, date: today, note },
          today,
        );
        expect(errors).toEqual([{ field: 'note', message: CLOSING_NOTE_MESSAGE }]);
      }
    }
    expect(CLOSING_NOTE_MESSAGE).toMatch(/^Skriv en note: når en aftale lukkes/);
  });

  it('refuses reopening a closed agreement without a note', () => {
    const errors = checkStatusChange(
      anAgreement({ status: 'fulfilled' }),
      { status: 'inProgress', date: today, note: null },
      today,
    );
    expect(errors).toEqual([{ field: 'note', message: REOPENING_NOTE_MESSAGE }]);
  });

  it('names the allowed statuses when a transition is refused', () => {
    const [error] = checkStatusChange(
      anAgreement({ status: 'inProgress' }),
      { status: 'agreed', date: today, note: 'x' },
      today,
    );
    expect(error?.message).toBe(
      'En aftale kan ikke skifte fra »I gang« til »Aftalt«. Mulige: Opfyldt, Ikke opfyldt, Bortfaldet',
    );
  });

  it('refuses a date after today and a date before the last status change', () => {
    const agreement = anAgreement({ history: [historyEntry('agreed', '2025-10-14')], status: 'agreed' });
    expect(
      checkStatusChange(agreement, { status: 'inProgress', date: '2026-11-23', note: null }, today),
    ).toEqual([{ field: 'date', message: 'Datoen 23-11-2026 ligger efter i dag' }]);
    expect(
      checkStatusChange(agreement, { status: 'inProgress', date: '2025-10-13', note: null }, today),
    ).toEqual([
      { field: 'date', message: 'Datoen 13-10-2025 ligger før den seneste statusændring (14-10-2025)' },
    ]);
    expect(
      checkStatusChange(agreement, { status: 'inProgress', date: '2025-10-14', note: null }, today),
    ).toEqual([]);
  });
});

describe('status rules properties', () => {
  it('never allows going back to agreed or staying put, and always offers a way out of every status', () => {
    fc.assert(
      fc.property(statusArb, (from) => {
        expect(isAllowedTransition(from, 'agreed')).toBe(false);
        expect(isAllowedTransition(from, from)).toBe(false);
        expect(allowedNextStatuses(from).length).toBeGreaterThan(0);
      }),
    );
  });

  it('accepts an allowed change with a note on a valid date, and a closing change never without one', () => {
    fc.assert(
      fc.property(
        statusArb,
        statusArb,
        isoDateArb,
        fc.option(fc.string(), { nil: null }),
        (from, to, date, note) => {
          const agreement = anAgreement({ status: from, history: [historyEntry(from, '2000-01-01')] });
          const errors = checkStatusChange(agreement, { status: to, date, note }, '2040-12-31');
          if (!isAllowedTransition(from, to)) {
            expect(errors.map((e) => e.field)).toContain('status');
          } else if (requiresNote(from, to) && (note ?? '').trim() === '') {
            expect(errors.map((e) => e.field)).toEqual(['note']);
          } else {
            expect(errors).toEqual([]);
          }
          if (isClosed(to) && (note ?? '').trim() === '') expect(errors).not.toEqual([]);
        },
      ),
    );
  });

  it('keeps the current status equal to the last history entry after any sequence of allowed changes', () => {
    fc.assert(
      fc.property(fc.array(statusArb, { maxLength: 10 }), (targets) => {
        let agreement = anAgreement({ status: 'agreed', history: [historyEntry('agreed', '2020-01-01')] });
        let day = 1;
        for (const to of targets) {
          const change = { status: to, date: `2020-02-${String(day).padStart(2, '0')}`, note: 'begrundelse' };
          if (checkStatusChange(agreement, change, '2026-01-01').length === 0) {
            agreement = applyStatusChange(agreement, historyEntry(to, change.date, change.note));
            day += 1;
          }
        }
        expect(agreement.status).toBe(agreement.history.at(-1)?.status);
        expect(agreement.history[0]?.status).toBe('agreed');
        expect(agreement.history.slice(1).every((h) => h.status !== 'agreed')).toBe(true);
        const dates = agreement.history.map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
      }),
    );
  });

  it('treats exactly fulfilled, notFulfilled and dropped as closed', () => {
    expect(AGREEMENT_STATUSES.filter(isClosed)).toEqual(['fulfilled', 'notFulfilled', 'dropped']);
  });
});
