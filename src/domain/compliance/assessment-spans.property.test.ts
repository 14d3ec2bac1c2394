import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norddjursModels } from '../governance-model/norddjurs-models.ts';
import { deriveObligations } from '../obligations/derive-obligations.ts';
import { registryArb } from '../obligations/test-registry.ts';
import { isoDate } from '../shared/iso-date.ts';
import { assessCompliance } from './assess-compliance.ts';
import { assessmentSpans, BEGINNING, END } from './assessment-spans.ts';
import type { Fact, FactKind } from './types.ts';

const dateArb = (from: number, to: number) =>
  fc
    .tuple(
      fc.integer({ min: from, max: to }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => isoDate(y, m, d));
const kindArb = fc.constantFrom<FactKind>(
  'meetingHeld',
  'accountPublished',
  'packageReceived',
  'notApplicable',
);

describe('assessmentSpans (stored compliance, issue 18)', () => {
  it('on any day gives what assessCompliance gives that day, with spans covering every day once', () => {
    fc.assert(
      fc.property(
        registryArb,
        fc.integer({ min: 2012, max: 2030 }),
        fc.array(fc.tuple(fc.nat(), kindArb, dateArb(2010, 2034), fc.option(fc.constant('note'))), {
          maxLength: 12,
        }),
        fc.array(dateArb(2009, 2036), { minLength: 1, maxLength: 8 }),
        (organisations, year, rawFacts, days) => {
          const obligations = deriveObligations({
            municipality: '707',
            models: norddjursModels({ effectiveDate: '2022-03-01' }),
            organisations,
            year,
          });
          if (obligations.length === 0) return;
          const facts: Fact[] = rawFacts.map(([i, kind, date, note]) => ({
            obligationId: obligations[i % obligations.length]!.id,
            kind,
            date,
            ref: null,
            note,
          }));
          for (const o of obligations) {
            const mine = facts.filter((f) => f.obligationId === o.id);
            const spans = assessmentSpans(o, mine);
            expect(spans[0]!.from).toBe(BEGINNING);
            expect(spans[spans.length - 1]!.to).toBe(END);
            for (let i = 1; i < spans.length; i++) expect(spans[i]!.from).toBe(spans[i - 1]!.to);
            const checkDays = [...days, ...spans.map((s) => s.from), o.dueBy, o.periodEnd];
            for (const day of checkDays) {
              const span = spans.find((s) => s.from <= day && day < s.to)!;
              expect(span.assessment).toEqual(
                assessCompliance({ obligations: [o], facts: mine, today: day })[0],
              );
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('after a not-applicable decision no deadline changes the assessment: two spans, not four', () => {
    const [o] = deriveObligations({
      municipality: '707',
      models: norddjursModels({ effectiveDate: '2022-03-01' }),
      organisations: [],
      year: 2024,
    });
    const spans = assessmentSpans(o!, [
      { obligationId: o!.id, kind: 'notApplicable', date: '2001-01-01', ref: null, note: 'ikke relevant' },
    ]);
    expect(spans.map((s) => [s.from, s.to, s.assessment.status])).toEqual([
      [BEGINNING, '2001-01-01', 'due'],
      ['2001-01-01', END, 'notApplicable'],
    ]);
  });
});
